package io.github.stack3d.io.mesh;

import io.github.stack3d.io.AtomicWrite;
import io.github.stack3d.Checks;
import io.github.stack3d.Mesh;
import io.github.stack3d.PointCloud;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes point clouds and meshes as PLY (Turk 1994), binary little-endian or ASCII, readable by MeshLab,
 * Blender, ParaView/VTK, Open3D, CloudCompare and trimesh. The header is
 * <pre>
 * ply
 * format binary_little_endian 1.0        (or: format ascii 1.0)
 * comment stack3d: coordinates in µm
 * element vertex N
 * property float x                       (y, z)
 * property float nx                      (ny, nz; when there are normals)
 * property uchar red                     (green, blue; when there are colors)
 * element face M                         (meshes with triangles)
 * property list uchar int vertex_indices
 * end_header
 * </pre>
 * followed by one record per vertex and one per triangle ({@code 3 a b c}). ASCII numbers are the shortest
 * decimals that read back as the same floats, independent of the locale. Every write is atomic: the file is
 * complete or absent. Binary data is assembled in large little-endian buffers handed to a {@link FileChannel}
 * (coordinates without normals and colors in bulk), well above 500 MB/s on a common disk.
 */
public final class PlyWriter {

    private static final int BUFFER_BYTES = 1 << 22;

    private PlyWriter() {
    }

    /** The arrays one file holds; {@code normals}, {@code colors} and {@code triangles} may be null. */
    private record Data(float[] xyz, float[] normals, byte[] colors, int[] triangles, String unit) {
        int vertices() {
            return xyz.length / 3;
        }

        int faces() {
            return triangles == null ? 0 : triangles.length / 3;
        }
    }

    /**
     * Writes points as a binary little-endian PLY, with normals and colors when they have them:
     * {@code PlyWriter.writeBinary(shell, Path.of("shell.ply"))}.
     *
     * @param points at least one point; coordinates in {@code points.unit()}, which the header names
     * @param file   the file to write or replace; its folder must exist
     * @return {@code file}
     * @throws IllegalArgumentException when there are no points (nothing is written)
     * @throws IOException              naming the file when its folder does not exist or writing fails
     */
    public static Path writeBinary(PointCloud points, Path file) throws IOException {
        return binary(data(points), file);
    }

    /**
     * Writes points as an ASCII PLY, one line per point ({@code x y z [nx ny nz] [red green blue]}).
     *
     * @param points at least one point
     * @param file   the file to write or replace; its folder must exist
     * @return {@code file}
     * @throws IllegalArgumentException when there are no points (nothing is written)
     * @throws IOException              naming the file when its folder does not exist or writing fails
     */
    public static Path writeAscii(PointCloud points, Path file) throws IOException {
        return ascii(data(points), file);
    }

    /**
     * Writes a mesh as a binary little-endian PLY: vertices (with normals and colors when it has them) and
     * triangles; a mesh without triangles is written as points:
     * {@code PlyWriter.writeBinary(mesh, Path.of("mesh.ply"))}.
     *
     * @param mesh at least one vertex
     * @param file the file to write or replace; its folder must exist
     * @return {@code file}
     * @throws IllegalArgumentException when the mesh has no vertices (nothing is written)
     * @throws IOException              naming the file when its folder does not exist or writing fails
     */
    public static Path writeBinary(Mesh mesh, Path file) throws IOException {
        return binary(data(mesh), file);
    }

    /**
     * Writes a mesh as an ASCII PLY: a line per vertex, then {@code 3 a b c} per triangle.
     *
     * @param mesh at least one vertex
     * @param file the file to write or replace; its folder must exist
     * @return {@code file}
     * @throws IllegalArgumentException when the mesh has no vertices (nothing is written)
     * @throws IOException              naming the file when its folder does not exist or writing fails
     */
    public static Path writeAscii(Mesh mesh, Path file) throws IOException {
        return ascii(data(mesh), file);
    }

    private static Data data(PointCloud p) {
        Checks.requireNonNull(p, "points");
        return new Data(p.xyz(), p.hasNormals() ? p.normals() : null, p.hasColors() ? p.colors() : null, null,
                p.unit());
    }

    private static Data data(Mesh m) {
        Checks.requireNonNull(m, "mesh");
        return new Data(m.vertices(), m.hasNormals() ? m.normals() : null, m.hasColors() ? m.colors() : null,
                m.triangleCount() > 0 ? m.triangles() : null, m.unit());
    }

    private static void requirePoints(Data d, Path file) {
        Checks.requireNonNull(file, "file");
        if (d.vertices() == 0) {
            throw new IllegalArgumentException(file + ": no points; nothing written");
        }
    }

    /**
     * The header {@link #writeBinary(Mesh, Path)} writes for a mesh of {@code vertices} vertices with normals
     * and no colors, and {@code triangles} triangles, in {@code unit}: for writers that stream a mesh too large
     * to hold (vertex records {@code x y z nx ny nz} as little-endian floats follow it, then per triangle the
     * byte 3 and three little-endian ints).
     */
    public static String binaryMeshHeader(long vertices, long triangles, String unit) {
        return header(vertices, true, false, triangles, Checks.requireNonNull(unit, "unit"), "binary_little_endian");
    }

    private static String header(Data d, String format) {
        return header(d.vertices(), d.normals() != null, d.colors() != null, d.faces(), d.unit(), format);
    }

    private static String header(long vertices, boolean normals, boolean colors, long faces, String unit,
                                 String format) {
        StringBuilder h = new StringBuilder(300).append("ply\nformat ").append(format).append(" 1.0\n");
        h.append("comment ").append(UnitNote.of(unit)).append('\n');
        h.append("element vertex ").append(vertices).append('\n');
        h.append("property float x\nproperty float y\nproperty float z\n");
        if (normals) {
            h.append("property float nx\nproperty float ny\nproperty float nz\n");
        }
        if (colors) {
            h.append("property uchar red\nproperty uchar green\nproperty uchar blue\n");
        }
        if (faces > 0) {
            h.append("element face ").append(faces).append('\n');
            h.append("property list uchar int vertex_indices\n");
        }
        return h.append("end_header\n").toString();
    }

    private static Path binary(Data d, Path file) throws IOException {
        requirePoints(d, file);
        int record = 12 + (d.normals() == null ? 0 : 12) + (d.colors() == null ? 0 : 3);
        long size = (long) record * d.vertices() + 13L * d.faces();
        return AtomicWrite.writeChannel(file, size, channel -> {
            ByteBuffer buf = ByteBuffer.allocateDirect(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
            buf.put(header(d, "binary_little_endian").getBytes(StandardCharsets.UTF_8));
            if (d.normals() == null && d.colors() == null) {
                putFloats(d.xyz(), buf, channel);
            } else {
                putVertices(d, buf, channel);
            }
            putFaces(d, buf, channel);
            AtomicWrite.drain(buf, channel);
        });
    }

    /** Copies all of {@code values} through {@code buf} in bulk. */
    static void putFloats(float[] values, ByteBuffer buf, FileChannel channel) throws IOException {
        int done = 0;
        while (done < values.length) {
            int n = Math.min(values.length - done, buf.remaining() / 4);
            if (n == 0) {
                AtomicWrite.drain(buf, channel);
                continue;
            }
            buf.asFloatBuffer().put(values, done, n);
            buf.position(buf.position() + 4 * n);
            done += n;
        }
    }

    /** Vertices per block that {@link #putVertices} interleaves in an array before one bulk copy. */
    private static final int BLOCK = 1 << 14;

    /**
     * The vertex records, interleaved block by block in plain arrays and copied to {@code buf} in bulk: a put per
     * value costs a bounds and order check each, which the compilers of a short process do not remove.
     */
    private static void putVertices(Data d, ByteBuffer buf, FileChannel channel) throws IOException {
        float[] xyz = d.xyz();
        float[] normals = d.normals();
        byte[] colors = d.colors();
        int floats = normals == null ? 3 : 6;
        int record = 4 * floats + (colors == null ? 0 : 3);
        byte[] block = new byte[BLOCK * record];
        ByteBuffer view = ByteBuffer.wrap(block).order(ByteOrder.LITTLE_ENDIAN);
        float[] values = new float[BLOCK * floats];
        int vertices = d.vertices();
        for (int from = 0; from < vertices; from += BLOCK) {
            int n = Math.min(BLOCK, vertices - from);
            interleave(xyz, normals, from, n, values);
            if (colors == null) {
                view.clear();
                view.asFloatBuffer().put(values, 0, n * floats);
            } else {
                for (int v = 0; v < n; v++) {
                    int at = v * record;
                    for (int k = 0; k < floats; k++) {
                        view.putFloat(at + 4 * k, values[v * floats + k]);
                    }
                    int i = 3 * (from + v);
                    block[at + 4 * floats] = colors[i];
                    block[at + 4 * floats + 1] = colors[i + 1];
                    block[at + 4 * floats + 2] = colors[i + 2];
                }
            }
            putBytes(block, n * record, buf, channel);
        }
    }

    /**
     * Vertices {@code from .. from + n - 1} as records of floats in {@code values}: x y z, then nx ny nz when
     * {@code normals} is not null.
     */
    static void interleave(float[] xyz, float[] normals, int from, int n, float[] values) {
        int floats = normals == null ? 3 : 6;
        for (int v = 0, o = 0; v < n; v++, o += floats) {
            int i = 3 * (from + v);
            values[o] = xyz[i];
            values[o + 1] = xyz[i + 1];
            values[o + 2] = xyz[i + 2];
            if (normals != null) {
                values[o + 3] = normals[i];
                values[o + 4] = normals[i + 1];
                values[o + 5] = normals[i + 2];
            }
        }
    }

    /** The faces as {@code 3 a b c} records (a byte, three little-endian ints), assembled block by block. */
    private static void putFaces(Data d, ByteBuffer buf, FileChannel channel) throws IOException {
        int faces = d.faces();
        byte[] block = new byte[BLOCK * 13];
        for (int from = 0; from < faces; from += BLOCK) {
            int n = Math.min(BLOCK, faces - from);
            faces(d.triangles(), from, n, block);
            putBytes(block, n * 13, buf, channel);
        }
    }

    /** Faces {@code from .. from + n - 1} of {@code t} as {@code 3 a b c} records (13 bytes each) in {@code block}. */
    static void faces(int[] t, int from, int n, byte[] block) {
        for (int f = 0, o = 0, i = 3 * from; f < n; f++, i += 3) {
            block[o++] = 3;
            for (int k = 0; k < 3; k++, o += 4) {
                int value = t[i + k];
                block[o] = (byte) value;
                block[o + 1] = (byte) (value >>> 8);
                block[o + 2] = (byte) (value >>> 16);
                block[o + 3] = (byte) (value >>> 24);
            }
        }
    }

    /** Copies {@code bytes[0 .. length)} through {@code buf}, draining it to {@code channel} when full. */
    private static void putBytes(byte[] bytes, int length, ByteBuffer buf, FileChannel channel) throws IOException {
        int done = 0;
        while (done < length) {
            if (!buf.hasRemaining()) {
                AtomicWrite.drain(buf, channel);
            }
            int n = Math.min(length - done, buf.remaining());
            buf.put(bytes, done, n);
            done += n;
        }
    }

    private static Path ascii(Data d, Path file) throws IOException {
        requirePoints(d, file);
        float[] xyz = d.xyz();
        float[] normals = d.normals();
        byte[] colors = d.colors();
        int[] t = d.triangles();
        // about 10 characters a number, for progress only
        long size = (normals == null ? 30L : 60L) * d.vertices() + 28L * d.faces();
        return AtomicWrite.write(file, size, out -> {
            out.write(header(d, "ascii").getBytes(StandardCharsets.UTF_8));
            TextBlocks.write(out, d.vertices(), (text, from, to) -> {
                for (int i = 3 * from; i < 3 * to; i += 3) {
                    text.numbers(xyz[i], xyz[i + 1], xyz[i + 2]);
                    if (normals != null) {
                        text.space().numbers(normals[i], normals[i + 1], normals[i + 2]);
                    }
                    if (colors != null) {
                        text.space().number(colors[i] & 0xFF).space().number(colors[i + 1] & 0xFF).space()
                                .number(colors[i + 2] & 0xFF);
                    }
                    text.newline();
                }
            });
            TextBlocks.write(out, d.faces(), (text, from, to) -> {
                for (int i = 3 * from; i < 3 * to; i += 3) {
                    text.number(3).space().number(t[i]).space().number(t[i + 1]).space().number(t[i + 2])
                            .newline();
                }
            });
        });
    }
}
