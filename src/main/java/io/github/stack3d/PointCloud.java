package io.github.stack3d;

import java.util.Locale;

/**
 * Points in space: {@code xyz = [x0, y0, z0, x1, y1, z1, ...]} in the unit of the stack's spacing, with
 * optional per-point normals ({@code [nx0, ny0, nz0, ...]}) and colors ({@code [r0, g0, b0, ...]}, unsigned).
 *
 * <p>Immutable; the constructor wraps the arrays it is given (the caller must not change them afterwards), and
 * the accessors return them as they are (read them, do not change them).
 */
public final class PointCloud {

    private final float[] xyz;
    private final float[] normals;
    private final byte[] colors;
    private final String unit;

    /**
     * Points with optional normals and colors, wrapping the arrays given.
     *
     * @param xyz     coordinates, 3 per point
     * @param normals 3 per point, or {@code null} for none
     * @param colors  red, green, blue per point (unsigned bytes), or {@code null} for none
     * @param unit    length unit of the coordinates, for example {@code "µm"} or {@code "px"}
     * @throws IllegalArgumentException when {@code xyz} or {@code unit} is null, or an array does not hold 3
     *                                  values per point
     */
    public PointCloud(float[] xyz, float[] normals, byte[] colors, String unit) {
        this.xyz = Checks.requireNonNull(xyz, "xyz");
        this.normals = normals;
        this.colors = colors;
        this.unit = Checks.requireNonNull(unit, "unit");
        requireTriples(xyz, "xyz");
        if (normals != null && normals.length != xyz.length) {
            throw new IllegalArgumentException("normals has " + normals.length + " values; expected "
                    + xyz.length + " (3 per point)");
        }
        if (colors != null && colors.length != xyz.length) {
            throw new IllegalArgumentException("colors has " + colors.length + " values; expected "
                    + xyz.length + " (3 per point)");
        }
    }

    /** Points without normals or colors. */
    public PointCloud(float[] xyz, String unit) {
        this(xyz, null, null, unit);
    }

    static void requireTriples(float[] values, String name) {
        if (values.length % 3 != 0) {
            throw new IllegalArgumentException(name + " has " + values.length + " values; expected 3 per point");
        }
    }

    /** Number of points. */
    public int size() {
        return xyz.length / 3;
    }

    /** Coordinates, 3 per point. */
    public float[] xyz() {
        return xyz;
    }

    /** True when the points have normals. */
    public boolean hasNormals() {
        return normals != null;
    }

    /** Normals, 3 per point; throws when there are none. */
    public float[] normals() {
        if (normals == null) {
            throw new IllegalStateException("this point cloud has no normals");
        }
        return normals;
    }

    /** True when the points have colors. */
    public boolean hasColors() {
        return colors != null;
    }

    /** Colors, red green blue per point as unsigned bytes; throws when there are none. */
    public byte[] colors() {
        if (colors == null) {
            throw new IllegalStateException("this point cloud has no colors");
        }
        return colors;
    }

    /** Length unit of the coordinates. */
    public String unit() {
        return unit;
    }

    /** {@code {minX, minY, minZ, maxX, maxY, maxZ}} of the points; NaN for an empty cloud. */
    public double[] bounds() {
        return bounds(xyz);
    }

    static double[] bounds(float[] xyz) {
        double[] b = {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        for (int i = 0; i < xyz.length; i += 3) {
            for (int a = 0; a < 3; a++) {
                float v = xyz[i + a];
                if (i == 0 || v < b[a]) {
                    b[a] = v;
                }
                if (i == 0 || v > b[a + 3]) {
                    b[a + 3] = v;
                }
            }
        }
        return b;
    }

    static String boundsText(float[] xyz, String unit) {
        return boundsText(xyz.length / 3, xyz.length == 0 ? null : bounds(xyz), unit);
    }

    /** The bounds of {@code points} points as {@link #toString} shows them: {@code b} as {@link #bounds()} gives. */
    static String boundsText(long points, double[] b, String unit) {
        if (points == 0) {
            return "empty";
        }
        return String.format(Locale.ROOT, "x %.4g..%.4g, y %.4g..%.4g, z %.4g..%.4g %s", b[0], b[3], b[1], b[4],
                b[2], b[5], unit);
    }

    /** For example {@code PointCloud[12,345 points, x 0..120, y 3..150, z 0..113 px]}. */
    @Override
    public String toString() {
        return "PointCloud[" + Checks.count(size()) + " points" + (hasNormals() ? " with normals" : "")
                + (hasColors() ? " with colors" : "") + ", " + boundsText(xyz, unit) + "]";
    }
}
