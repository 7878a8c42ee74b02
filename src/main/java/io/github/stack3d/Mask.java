package io.github.stack3d;

import java.util.Locale;
import java.util.stream.IntStream;

/**
 * A binary 3D image: which voxels belong to the object. Same layout as {@link Volume}: one {@code boolean[]}
 * per slice, index {@code y * width + x}, with the spacing of the volume it was made from.
 *
 * <p>Immutable; {@link #of} wraps the arrays it is given (the caller must not change them afterwards).
 */
public final class Mask {

    private final int width;
    private final int height;
    private final boolean[][] slices;
    private final Spacing spacing;

    private Mask(int width, int height, boolean[][] slices, Spacing spacing) {
        this.width = Checks.requirePositive(width, "width");
        this.height = Checks.requirePositive(height, "height");
        this.slices = Checks.requireNonNull(slices, "slices");
        this.spacing = Checks.requireNonNull(spacing, "spacing");
        Checks.requirePositive(slices.length, "depth");
        for (int z = 0; z < slices.length; z++) {
            if (slices[z] == null || slices[z].length != width * height) {
                throw new IllegalArgumentException("mask slice " + z + " has "
                        + (slices[z] == null ? "no" : String.valueOf(slices[z].length)) + " voxels; expected "
                        + width * height);
            }
        }
    }

    /** A mask wrapping {@code slices} ({@code slices[z][y * width + x]}). */
    public static Mask of(int width, int height, boolean[][] slices, Spacing spacing) {
        return new Mask(width, height, slices, spacing);
    }

    /** Slice width in voxels. */
    public int width() {
        return width;
    }

    /** Slice height in voxels. */
    public int height() {
        return height;
    }

    /** Number of slices. */
    public int depth() {
        return slices.length;
    }

    /** Voxel size and unit. */
    public Spacing spacing() {
        return spacing;
    }

    /** Slice {@code z}, row-major; the mask's own array: read it, do not change it. */
    public boolean[] slice(int z) {
        return slices[Checks.requireSlice(z, slices.length)];
    }

    /** True when voxel (x, y, z) is foreground. */
    public boolean get(int x, int y, int z) {
        Checks.requireInRange(x, 0, width - 1, "x");
        Checks.requireInRange(y, 0, height - 1, "y");
        return slice(z)[y * width + x];
    }

    /** The same voxels with another spacing. */
    public Mask withSpacing(Spacing spacing) {
        return new Mask(width, height, slices, spacing);
    }

    /** Number of foreground voxels. */
    public long count() {
        return IntStream.range(0, slices.length).parallel().mapToLong(this::count).sum();
    }

    /** Number of foreground voxels in slice {@code z}. */
    public int count(int z) {
        int n = 0;
        for (boolean b : slice(z)) {
            if (b) {
                n++;
            }
        }
        return n;
    }

    /** Voxels in the whole mask. */
    public long voxelCount() {
        return (long) width * height * slices.length;
    }

    /** For example {@code Mask[121×154×114, 96,650 voxels (4.55 %), 1.0×1.0×1.0 px]}. */
    @Override
    public String toString() {
        long n = count();
        return String.format(Locale.ROOT, "Mask[%d×%d×%d, %s voxels (%.2f %%), %s]", width, height, depth(),
                Checks.count(n), 100.0 * n / voxelCount(), spacing);
    }
}
