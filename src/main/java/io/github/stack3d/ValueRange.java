package io.github.stack3d;

/**
 * The smallest and largest value in a volume.
 *
 * @param min smallest voxel value
 * @param max largest voxel value
 */
public record ValueRange(double min, double max) {

    /** True when {@code v} lies in {@code [min, max]}. */
    public boolean contains(double v) {
        return v >= min && v <= max;
    }

    /** For example {@code [0, 255]}. */
    @Override
    public String toString() {
        return "[" + Spacing.number(min).replaceAll("\\.0$", "") + ", "
                + Spacing.number(max).replaceAll("\\.0$", "") + "]";
    }
}
