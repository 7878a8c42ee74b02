package io.github.stack3d;

import java.util.Locale;

/**
 * The size of one voxel: x (between columns), y (between rows), z (between slices), and their unit.
 * Every coordinate stack3d writes is a voxel index times this spacing.
 *
 * @param x    column spacing, finite and positive
 * @param y    row spacing, finite and positive
 * @param z    slice spacing, finite and positive
 * @param unit the length unit, for example {@code "µm"}, {@code "mm"} or {@code "px"} (no unit)
 */
public record Spacing(double x, double y, double z, String unit) {

    /** One pixel in every direction, no physical unit: what a stack without calibration gets. */
    public static final Spacing PIXELS = new Spacing(1, 1, 1, "px");

    public Spacing {
        Checks.requireFinitePositive(x, "spacing x");
        Checks.requireFinitePositive(y, "spacing y");
        Checks.requireFinitePositive(z, "spacing z");
        if (unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("spacing unit is empty; use \"px\" for none");
        }
    }

    /** True when x, y and z are equal. */
    public boolean isotropic() {
        return x == y && y == z;
    }

    /** This spacing with each step multiplied by the given factor, for resampled volumes. */
    public Spacing scaled(double fx, double fy, double fz) {
        return new Spacing(x * fx, y * fy, z * fz, unit);
    }

    /** The volume of one voxel in {@code unit³}. */
    public double voxelVolume() {
        return x * y * z;
    }

    /** For example {@code 0.5×0.5×2.0 µm}. */
    @Override
    public String toString() {
        return number(x) + "×" + number(y) + "×" + number(z) + " " + unit;
    }

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
