package io.github.stack3d;

import java.util.Locale;

/**
 * Where a stack's voxels sit in physical space: the voxel size along x (between columns), y (between rows) and z
 * (between slices), the position of voxel (0, 0, 0), and the length unit. Voxel (i, j, k) is at
 * {@code (ox + i·sx, oy + j·sy, oz + k·sz)}; every point and vertex stack3d writes is placed so.
 *
 * <pre>{@code
 * Grid g = Grid.of(0.5, 0.5, 2.0, "µm").withOrigin(100, 0, -40);   // 0.5×0.5×2.0 µm at (100, 0, -40)
 * }</pre>
 *
 * @param sx   column spacing, finite and positive
 * @param sy   row spacing, finite and positive
 * @param sz   slice spacing, finite and positive
 * @param ox   x of voxel (0, 0, 0), finite
 * @param oy   y of voxel (0, 0, 0), finite
 * @param oz   z of voxel (0, 0, 0), finite
 * @param unit the length unit, for example {@code "µm"}, {@code "mm"} or {@code "px"} (no unit); not blank
 */
public record Grid(double sx, double sy, double sz, double ox, double oy, double oz, String unit) {

    /** One pixel in every direction, origin 0, no physical unit: what a stack without calibration gets. */
    public static final Grid PIXELS = of(1, 1, 1, "px");

    /**
     * A grid of these components, each checked.
     *
     * @throws IllegalArgumentException naming the spacing that is not finite and positive, the origin coordinate
     *                                  that is not finite, or a unit that is null or blank
     */
    public Grid {
        Checks.requireFinitePositive(sx, "spacing x");
        Checks.requireFinitePositive(sy, "spacing y");
        Checks.requireFinitePositive(sz, "spacing z");
        Checks.requireFinite(ox, "origin x");
        Checks.requireFinite(oy, "origin y");
        Checks.requireFinite(oz, "origin z");
        if (unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("unit is " + (unit == null ? "null" : "empty")
                    + "; use \"px\" for none");
        }
    }

    /** Voxels of {@code sx × sy × sz} {@code unit}, voxel (0, 0, 0) at the origin. */
    public static Grid of(double sx, double sy, double sz, String unit) {
        return new Grid(sx, sy, sz, 0, 0, 0, unit);
    }

    /** This grid with voxel (0, 0, 0) at {@code (ox, oy, oz)}. */
    public Grid withOrigin(double ox, double oy, double oz) {
        return new Grid(sx, sy, sz, ox, oy, oz, unit);
    }

    /** This grid's origin and unit with another voxel size. */
    public Grid withGrid(double sx, double sy, double sz) {
        return new Grid(sx, sy, sz, ox, oy, oz, unit);
    }

    /** The same grid seen from voxel (i, j, k): its position becomes the new origin (what a crop there keeps). */
    public Grid shiftedBy(double i, double j, double k) {
        return new Grid(sx, sy, sz, x(i), y(j), z(k), unit);
    }

    /**
     * The grid of a resampled stack whose voxels are {@code fx × fy × fz} times as large, keeping physical
     * positions: new voxel 0 is centred where the old voxels {@code 0 .. f−1} are centred on average, at old index
     * {@code (f − 1) / 2} (block averaging, and pixel-centre resizing as {@code cv2.resize} does).
     */
    public Grid resampled(double fx, double fy, double fz) {
        return new Grid(sx * fx, sy * fy, sz * fz, x((fx - 1) / 2), y((fy - 1) / 2), z((fz - 1) / 2), unit);
    }

    /** Physical x of column {@code i} (fractional indices allowed). */
    public double x(double i) {
        return ox + i * sx;
    }

    /** Physical y of row {@code j}. */
    public double y(double j) {
        return oy + j * sy;
    }

    /** Physical z of slice {@code k}. */
    public double z(double k) {
        return oz + k * sz;
    }

    /** True when the voxels are cubes. */
    public boolean isotropic() {
        return sx == sy && sy == sz;
    }

    /** True when voxel (0, 0, 0) is at (0, 0, 0). */
    public boolean atZero() {
        return ox == 0 && oy == 0 && oz == 0;
    }

    /** The volume of one voxel in {@code unit³}. */
    public double voxelVolume() {
        return sx * sy * sz;
    }

    /** For example {@code 0.5×0.5×2.0 µm}, or {@code 0.5×0.5×2.0 µm at (100.0, 0.0, -40.0)} with an origin. */
    @Override
    public String toString() {
        String size = number(sx) + "×" + number(sy) + "×" + number(sz) + " " + unit;
        return atZero() ? size : size + " at (" + number(ox) + ", " + number(oy) + ", " + number(oz) + ")";
    }

    /** A length as reports show it: {@code 1.0}, {@code 0.35}, {@code 1.00000e+07}. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e7) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        String s = String.format(Locale.ROOT, "%.6g", v);
        if (s.contains("e") || !s.contains(".")) {
            return s;
        }
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s + "0" : s;
    }
}
