package io.github.stack3d.web;

import java.io.ByteArrayOutputStream;

/**
 * Compact binary geometry for the viewer page, decoded by its script ({@code viewer.js}).
 *
 * <p><b>Positions</b> are quantised to 16 bits per axis over their bounding box: {@code q = round((p − min) /
 * (max − min) · 65535)} (0 on an axis without extent), so a position comes back as {@code min + q / 65535 ·
 * (max − min)}, off by at most half a step, {@code (max − min) / 131070}. Each vertex is stored as the difference
 * to the previous one, modulo 2<sup>16</sup> (neighbouring vertices of a marching-cubes mesh lie close together,
 * so most differences are small), and the low bytes of all differences come before the high bytes: the mostly
 * zero high bytes then compress to almost nothing.
 *
 * <p><b>Triangle indices</b> are stored as the difference to the previous index of the flat index list,
 * zigzag-mapped to unsigned ({@code 0, −1, 1, −2 → 0, 1, 2, 3}) and written as LEB128 varints (7 bits a byte, low
 * group first, high bit set on all but the last byte): a mesh whose triangles follow its vertex order needs one
 * or two bytes an index instead of four.
 */
public final class GeometryCode {

    /** Largest quantised coordinate. */
    public static final int STEPS = 65535;

    private GeometryCode() {
    }

    /**
     * The bounding box of {@code xyz} ({@code x0, y0, z0, x1, ...}): {@code {minX, minY, minZ, maxX, maxY, maxZ}}.
     *
     * @throws IllegalArgumentException when there is no point or a coordinate is not finite
     */
    public static double[] bounds(float[] xyz) {
        if (xyz.length < 3) {
            throw new IllegalArgumentException("no points to show");
        }
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE,
            -Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < xyz.length; i++) {
            float v = xyz[i];
            if (!Float.isFinite(v)) {
                throw new IllegalArgumentException("coordinate " + (i % 3) + " of point " + i / 3 + " is " + v
                        + "; expected a finite number");
            }
            int a = i % 3;
            b[a] = Math.min(b[a], v);
            b[a + 3] = Math.max(b[a + 3], v);
        }
        return b;
    }

    /** Coordinate {@code v} on axis {@code a} quantised over {@code bounds} (as {@link #bounds} returns): 0..65535. */
    public static int quantise(double v, double[] bounds, int a) {
        double extent = bounds[a + 3] - bounds[a];
        return extent > 0 ? (int) Math.round((v - bounds[a]) / extent * STEPS) : 0;
    }

    /**
     * The positions encoded as the class comment describes: {@code 6 · n} bytes for {@code n} points, the low
     * bytes of the {@code 3n} differences, then their high bytes.
     */
    public static byte[] positions(float[] xyz, double[] bounds) {
        int m = xyz.length;
        byte[] out = new byte[2 * m];
        int[] previous = new int[3];
        for (int i = 0; i < m; i++) {
            int a = i % 3;
            int q = quantise(xyz[i], bounds, a);
            int d = (q - previous[a]) & 0xFFFF;
            previous[a] = q;
            out[i] = (byte) d;
            out[m + i] = (byte) (d >>> 8);
        }
        return out;
    }

    /** The triangle indices encoded as the class comment describes. */
    public static byte[] indices(int[] triangles) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(triangles.length * 2);
        byte[] buffer = new byte[1 << 16];
        int used = 0;
        int previous = 0;
        for (int index : triangles) {
            long d = (long) index - previous;
            previous = index;
            long z = (d << 1) ^ (d >> 63);
            while (z >= 0x80) {
                buffer[used++] = (byte) (z | 0x80);
                z >>>= 7;
            }
            buffer[used++] = (byte) z;
            if (used > buffer.length - 8) {
                out.write(buffer, 0, used);
                used = 0;
            }
        }
        out.write(buffer, 0, used);
        return out.toByteArray();
    }
}
