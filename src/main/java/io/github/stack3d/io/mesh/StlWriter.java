package io.github.stack3d.io.mesh;

import io.github.stack3d.io.AtomicWrite;
import io.github.stack3d.Checks;
import io.github.stack3d.Mesh;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes a mesh's triangles as STL, binary or ASCII; every write is atomic (the file is complete or absent).
 *
 * <p>Binary (little-endian): an 80-byte header holding the text {@code stack3d: coordinates in µm} (UTF-8,
 * padded with spaces; it never starts with {@code solid}, so no reader takes it for ASCII), the triangle count
 * as uint32, then 50 bytes per triangle: the facet normal (unit length, from the corners by the right-hand rule;
 * 0 0 0 for a degenerate triangle), the three corners as float32 x y z, and a uint16 0. The file has
 * {@code 84 + 50·F} bytes. ASCII: {@code solid}/{@code facet normal}/{@code outer loop}/{@code vertex}/...
 * with the shortest round-tripping decimals.
 *
 * <p>STL has no shared vertices, per-vertex normals or colors; those are not written.
 */
public final class StlWriter {

    /** Header size of a binary STL. */
    static final int HEADER_BYTES = 80;
    /** Bytes per triangle in a binary STL. */
    static final int FACET_BYTES = 50;

    private static final byte[] FACET = ascii("  facet normal ");
    private static final byte[] LOOP = ascii("\n    outer loop\n");
    private static final byte[] VERTEX = ascii("      vertex ");
    private static final byte[] END_FACET = ascii("    endloop\n  endfacet\n");

    private StlWriter() {
    }

    /**
     * Writes a binary STL: {@code StlWriter.writeBinary(mesh, Path.of("mesh.stl"))}.
     *
     * @param mesh at least one triangle
     * @param file the file to write or replace; its folder must exist
     * @return {@code file}
     * @throws IllegalArgumentException when the mesh has no triangles (nothing is written)
     * @throws IOException              naming the file when its folder does not exist or writing fails
     */
    public static Path writeBinary(Mesh mesh, Path file) throws IOException {
        requireTriangles(mesh, file);
        float[] v = mesh.vertices();
        int[] t = mesh.triangles();
        return AtomicWrite.writeChannel(file, 84L + (long) FACET_BYTES * mesh.triangleCount(), channel -> {
            ByteBuffer buf = ByteBuffer.allocateDirect(1 << 22).order(ByteOrder.LITTLE_ENDIAN);
            buf.put(header(mesh.unit())).putInt(mesh.triangleCount());
            float[] normal = new float[3];
            for (int i = 0; i < t.length; i += 3) {
                if (buf.remaining() < FACET_BYTES) {
                    AtomicWrite.drain(buf, channel);
                }
                int a = 3 * t[i];
                int b = 3 * t[i + 1];
                int c = 3 * t[i + 2];
                facetNormal(v, a, b, c, normal);
                buf.putFloat(normal[0]).putFloat(normal[1]).putFloat(normal[2]);
                buf.putFloat(v[a]).putFloat(v[a + 1]).putFloat(v[a + 2]);
                buf.putFloat(v[b]).putFloat(v[b + 1]).putFloat(v[b + 2]);
                buf.putFloat(v[c]).putFloat(v[c + 1]).putFloat(v[c + 2]);
                buf.putShort((short) 0);
            }
            AtomicWrite.drain(buf, channel);
        });
    }

    /**
     * Writes an ASCII STL, named after the unit note ({@code solid stack3d: coordinates in µm}).
     *
     * @param mesh at least one triangle
     * @param file the file to write or replace; its folder must exist
     * @return {@code file}
     * @throws IllegalArgumentException when the mesh has no triangles (nothing is written)
     * @throws IOException              naming the file when its folder does not exist or writing fails
     */
    public static Path writeAscii(Mesh mesh, Path file) throws IOException {
        requireTriangles(mesh, file);
        float[] v = mesh.vertices();
        int[] t = mesh.triangles();
        String name = UnitNote.of(mesh.unit());
        // about 10 characters a number, for progress only
        return AtomicWrite.write(file, 250L * mesh.triangleCount(), out -> {
            out.write(("solid " + name + "\n").getBytes(StandardCharsets.UTF_8));
            TextBlocks.write(out, mesh.triangleCount(), (text, from, to) -> {
                float[] n = new float[3];
                for (int i = 3 * from; i < 3 * to; i += 3) {
                    facetNormal(v, 3 * t[i], 3 * t[i + 1], 3 * t[i + 2], n);
                    text.bytes(FACET).numbers(n[0], n[1], n[2]).bytes(LOOP);
                    for (int k = 0; k < 3; k++) {
                        int a = 3 * t[i + k];
                        text.bytes(VERTEX).numbers(v[a], v[a + 1], v[a + 2]).newline();
                    }
                    text.bytes(END_FACET);
                }
            });
            out.write(("endsolid " + name + "\n").getBytes(StandardCharsets.UTF_8));
        });
    }

    /** The 80-byte header: the unit note in UTF-8 (cut at a character boundary), padded with spaces. */
    static byte[] header(String unit) {
        String cut = unit;
        byte[] text = UnitNote.of(cut).getBytes(StandardCharsets.US_ASCII);
        while (text.length > HEADER_BYTES) {
            cut = cut.substring(0, cut.length() - 1);
            text = UnitNote.of(cut).getBytes(StandardCharsets.US_ASCII);
        }
        byte[] header = Arrays.copyOf(text, HEADER_BYTES);
        Arrays.fill(header, text.length, HEADER_BYTES, (byte) ' ');
        return header;
    }

    /** The unit normal of triangle (a, b, c) (offsets into {@code v}) by the right-hand rule; 0 when degenerate. */
    static void facetNormal(float[] v, int a, int b, int c, float[] normal) {
        double ux = v[b] - (double) v[a];
        double uy = v[b + 1] - (double) v[a + 1];
        double uz = v[b + 2] - (double) v[a + 2];
        double wx = v[c] - (double) v[a];
        double wy = v[c + 1] - (double) v[a + 1];
        double wz = v[c + 2] - (double) v[a + 2];
        double nx = uy * wz - uz * wy;
        double ny = uz * wx - ux * wz;
        double nz = ux * wy - uy * wx;
        double length = Math.sqrt(nx * nx + ny * ny + nz * nz);
        double scale = length > 0 && Double.isFinite(length) ? 1 / length : 0;
        normal[0] = (float) (nx * scale);
        normal[1] = (float) (ny * scale);
        normal[2] = (float) (nz * scale);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static void requireTriangles(Mesh mesh, Path file) {
        Checks.requireNonNull(mesh, "mesh");
        Checks.requireNonNull(file, "file");
        if (mesh.triangleCount() == 0) {
            throw new IllegalArgumentException(file + ": the mesh has no triangles; nothing written (STL holds "
                    + "only triangles; write points as PLY)");
        }
    }
}
