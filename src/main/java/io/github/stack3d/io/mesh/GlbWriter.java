package io.github.stack3d.io.mesh;

import io.github.stack3d.Checks;
import io.github.stack3d.Mesh;
import io.github.stack3d.io.AtomicWrite;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes a mesh as binary glTF 2.0 (GLB, Khronos glTF 2.0 specification, section 4.4), which Blender, three.js,
 * PowerPoint and the Windows 3D viewer open; every write is atomic (the file is complete or absent).
 *
 * <p>The file is a 12-byte header ({@code glTF}, version 2, length), a JSON chunk (padded with spaces) and a
 * binary chunk (padded with zeros), little-endian. The binary chunk holds, each in its own buffer view: the
 * positions (float32 VEC3, with the {@code min} and {@code max} the specification requires), the normals when the
 * mesh has them (float32 VEC3, each scaled to unit length as glTF requires; a zero normal, at a vertex of no
 * proper triangle, becomes {@code +z}), the vertex colours when it has them (float32 VEC3 {@code COLOR_0}, turned
 * from sRGB bytes into the linear values glTF asks for), and the triangles (uint16 indices when every index fits
 * below 65535, the value glTF reserves, else uint32). One node holds one mesh of one triangle primitive, with a
 * grey non-metallic, double-sided material (white when there are vertex colours, which multiply it).
 *
 * <p>Units: glTF's unit is the metre. The positions are stored as they are, in the mesh's unit, and the node's
 * {@code scale} turns them into metres when the unit is a known length ({@code nm}, {@code µm} (also {@code um},
 * {@code micron}), {@code mm}, {@code cm}, {@code m}, {@code in}): a 128 µm specimen is 0.000128 m wide in Blender.
 * For {@code px} or any other unit the node has no scale (one unit shows as one metre). Either way the asset's
 * {@code extras} name the unit: {@code {"unit":"µm","metresPerUnit":1.0E-6}}.
 *
 * <p>Axes: glTF's up is {@code +y} and its front {@code +z}; stack3d's {@code y} runs down the slice image and
 * {@code z} through the slices. The node turns the mesh half a turn about {@code x} ({@code rotation [1,0,0,0]},
 * {@code (x, y, z) → (x, −y, −z)}, a rotation, so the triangles stay counter-clockwise seen from outside): a viewer
 * shows the first slice as its image file does, the top of the image up, the later slices behind it.
 */
public final class GlbWriter {

    private static final int MAGIC = 0x46546C67; // "glTF"
    private static final int JSON = 0x4E4F534A; // "JSON"
    private static final int BIN = 0x004E4942; // "BIN\0"
    private static final int BUFFER_BYTES = 1 << 22;
    /** The linear value of each sRGB byte (IEC 61966-2-1). */
    private static final float[] LINEAR = new float[256];

    static {
        for (int i = 0; i < 256; i++) {
            double c = i / 255.0;
            LINEAR[i] = (float) (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
    }

    private GlbWriter() {
    }

    /**
     * Writes {@code mesh} as a GLB file: {@code GlbWriter.write(mesh, Path.of("mesh.glb"))}.
     *
     * @param mesh at least one triangle, finite coordinates
     * @param file the file to write or replace; its folder must exist
     * @return {@code file}
     * @throws IllegalArgumentException when the mesh has no triangles or a coordinate that is not finite, or the
     *                                  file would exceed GLB's 4 GiB (nothing is written)
     * @throws IOException              naming the file when its folder does not exist or writing fails
     */
    public static Path write(Mesh mesh, Path file) throws IOException {
        Checks.requireNonNull(mesh, "mesh");
        Checks.requireNonNull(file, "file");
        if (mesh.triangleCount() == 0) {
            throw new IllegalArgumentException(file + ": the mesh has no triangles; nothing written (write points "
                    + "as PLY)");
        }
        float[] v = mesh.vertices();
        float[] min = {Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY};
        float[] max = {Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY};
        for (int i = 0; i < v.length; i++) {
            if (!Float.isFinite(v[i])) {
                throw new IllegalArgumentException(file + ": vertex " + i / 3 + " has coordinate " + v[i]
                        + "; glTF needs finite numbers; nothing written");
            }
            min[i % 3] = Math.min(min[i % 3], v[i]);
            max[i % 3] = Math.max(max[i % 3], v[i]);
        }
        Layout layout = Layout.of(mesh);
        byte[] json = pad(GlbJson.of(mesh, layout, min, max).getBytes(StandardCharsets.UTF_8), (byte) ' ');
        long total = 12L + 8 + json.length + 8 + layout.binLength();
        if (total > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException(file + ": " + Checks.count(total) + " bytes exceed GLB's 4 GiB; "
                    + "nothing written (decimate the mesh, or write a binary PLY)");
        }
        return AtomicWrite.writeChannel(file, total, channel -> {
            ByteBuffer buf = ByteBuffer.allocateDirect(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
            buf.putInt(MAGIC).putInt(2).putInt((int) total);
            buf.putInt(json.length).putInt(JSON).put(json); // a few hundred bytes: a JSON of fixed shape
            buf.putInt((int) layout.binLength()).putInt(BIN);
            writeBinary(mesh, layout, buf, channel);
        });
    }

    /** Positions, normals, colours, indices and the zero padding, in the order of {@link Layout}. */
    private static void writeBinary(Mesh mesh, Layout layout, ByteBuffer buf, FileChannel channel)
            throws IOException {
        putFloats(mesh.vertices(), buf, channel);
        if (mesh.hasNormals()) {
            float[] n = mesh.normals();
            for (int i = 0; i < n.length; i += 3) {
                double length = Math.sqrt((double) n[i] * n[i] + (double) n[i + 1] * n[i + 1]
                        + (double) n[i + 2] * n[i + 2]);
                room(buf, channel, 12);
                if (length > 0 && Double.isFinite(length)) {
                    buf.putFloat((float) (n[i] / length)).putFloat((float) (n[i + 1] / length))
                            .putFloat((float) (n[i + 2] / length));
                } else {
                    buf.putFloat(0).putFloat(0).putFloat(1);
                }
            }
        }
        if (mesh.hasColors()) {
            for (byte c : mesh.colors()) {
                room(buf, channel, 4).putFloat(LINEAR[c & 255]);
            }
        }
        int[] t = mesh.triangles();
        if (layout.shortIndices()) {
            for (int i : t) {
                room(buf, channel, 2).putShort((short) i);
            }
        } else {
            for (int from = 0; from < t.length; ) {
                int n = Math.min(room(buf, channel, 4).remaining() / 4, t.length - from);
                buf.asIntBuffer().put(t, from, n);
                buf.position(buf.position() + 4 * n);
                from += n;
            }
        }
        for (long k = layout.binUnpadded(); k < layout.binLength(); k++) {
            room(buf, channel, 1).put((byte) 0);
        }
        AtomicWrite.drain(buf, channel);
    }

    /** Puts {@code f} into the buffer in bulk, draining it to the channel whenever it is full. */
    private static void putFloats(float[] f, ByteBuffer buf, FileChannel channel) throws IOException {
        for (int from = 0; from < f.length; ) {
            int n = Math.min(room(buf, channel, 4).remaining() / 4, f.length - from);
            buf.asFloatBuffer().put(f, from, n);
            buf.position(buf.position() + 4 * n);
            from += n;
        }
    }

    /** The buffer, drained to the channel first when it has less than {@code bytes} left. */
    private static ByteBuffer room(ByteBuffer buf, FileChannel channel, int bytes) throws IOException {
        if (buf.remaining() < bytes) {
            AtomicWrite.drain(buf, channel);
        }
        return buf;
    }

    /** {@code data} padded to a multiple of 4 bytes with {@code fill}. */
    private static byte[] pad(byte[] data, byte fill) {
        int length = (data.length + 3) & ~3;
        byte[] out = java.util.Arrays.copyOf(data, length);
        java.util.Arrays.fill(out, data.length, length, fill);
        return out;
    }

    /**
     * Metres per unit for the length units glTF viewers should scale, or NaN for {@code px} and anything else.
     */
    static double metresPer(String unit) {
        return switch (unit.strip()) {
            case "nm" -> 1e-9;
            case "\u00B5m", "\u03BCm", "um", "micron", "microns" -> 1e-6;
            case "mm" -> 1e-3;
            case "cm" -> 1e-2;
            case "m" -> 1;
            case "in", "inch" -> 0.0254;
            default -> Double.NaN;
        };
    }

    /**
     * Byte offsets of the binary chunk's parts: positions, normals, colours (12 bytes a vertex each, the last two
     * absent when the mesh has none), indices (2 or 4 bytes each), and where the padding starts.
     */
    record Layout(long positions, long normals, long colors, long indices, long binUnpadded, boolean shortIndices) {

        /** The layout for {@code mesh}: every part starts at a multiple of 4, as glTF requires. */
        static Layout of(Mesh mesh) {
            long block = 12L * mesh.vertexCount();
            long normals = block;
            long colors = normals + (mesh.hasNormals() ? block : 0);
            long indices = colors + (mesh.hasColors() ? block : 0);
            boolean small = mesh.vertexCount() <= 0xFFFF; // indices up to 65534: 65535 is reserved
            return new Layout(0, normals, colors, indices, indices + (small ? 2L : 4L) * mesh.triangles().length,
                    small);
        }

        /** The binary chunk's length, padded to 4 bytes. */
        long binLength() {
            return (binUnpadded + 3) & ~3L;
        }
    }
}
