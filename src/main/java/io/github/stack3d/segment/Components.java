package io.github.stack3d.segment;

import io.github.stack3d.Checks;
import io.github.stack3d.Labels;
import io.github.stack3d.Mask;
import io.github.stack3d.Memory;
import io.github.stack3d.SampleType;

/**
 * 3D connected components of a mask: voxels are connected through shared faces (connectivity 6), also edges (18),
 * or also corners (26, the default, as {@code skimage.measure.label}), and a component is a maximal connected set
 * of foreground voxels. The components are found in one pass over the slices on the runs of set bits
 * ({@link RunLabels}); the component count and sizes are {@code scipy.ndimage.label}'s with the matching
 * structure ({@code generate_binary_structure(3, 1)}, {@code (3, 2)}, {@code (3, 3)}).
 *
 * <p>Components are numbered 1, 2, ... by decreasing size; components of equal size keep the order of their first
 * voxel in (z, y, x) scan order (which is scipy's numbering). The masks returned are in memory, with the input's
 * grid; the input may be computed slice by slice (each slice is read once).
 */
public final class Components {

    /** The connectivity when none is given: 26, face, edge and corner neighbours, as scikit-image's default. */
    public static final int DEFAULT_CONNECTIVITY = 26;

    private Components() {
    }

    /**
     * Each component under its own label, 1 the largest.
     *
     * @throws IllegalArgumentException when the connectivity is not 6, 18 or 26, the mask is null or empty
     * @throws IllegalStateException    when the labels (4 bytes a voxel) do not fit in the Java heap
     */
    public static Labels labels(Mask mask, int connectivity) {
        RunLabels c = of(mask, connectivity);
        int[] label = c.ranksBySize();
        for (int i = 0; i < label.length; i++) {
            label[i]++;
        }
        return c.labels(label, mask.grid());
    }

    /**
     * The largest component.
     *
     * @throws IllegalArgumentException when the connectivity is not 6, 18 or 26, the mask is null or empty
     */
    public static Mask largest(Mask mask, int connectivity) {
        return keep(mask, 1, connectivity);
    }

    /**
     * The {@code n} largest components (all of them when there are fewer).
     *
     * @throws IllegalArgumentException when {@code n} is below 1, the connectivity is not 6, 18 or 26, or the mask
     *                                  is null or empty
     */
    public static Mask keep(Mask mask, int n, int connectivity) {
        if (n < 1) {
            throw new IllegalArgumentException("n is " + n + "; expected 1 or more components to keep");
        }
        RunLabels c = of(mask, connectivity);
        int[] rank = c.ranksBySize();
        boolean[] kept = new boolean[rank.length];
        for (int i = 0; i < rank.length; i++) {
            kept[i] = rank[i] < n;
        }
        return paint(mask, c, kept);
    }

    /**
     * The components of {@code minVoxels} voxels or more, as {@code skimage.morphology.remove_small_objects(mask,
     * min_size=minVoxels)} keeps them.
     *
     * @throws IllegalArgumentException when {@code minVoxels} is negative, no component is that large (the message
     *                                  gives the largest), the connectivity is not 6, 18 or 26, or the mask is null
     *                                  or empty
     */
    public static Mask removeSmall(Mask mask, long minVoxels, int connectivity) {
        if (minVoxels < 0) {
            throw new IllegalArgumentException("minVoxels is " + minVoxels + "; expected 0 or more");
        }
        RunLabels c = of(mask, connectivity);
        long[] sizes = c.sizes();
        boolean[] kept = new boolean[sizes.length];
        long largest = 0;
        for (int i = 0; i < sizes.length; i++) {
            kept[i] = sizes[i] >= minVoxels;
            largest = Math.max(largest, sizes[i]);
        }
        if (largest < minVoxels) {
            throw new IllegalArgumentException("no component has " + Checks.count(minVoxels)
                    + " voxels or more; the largest of " + Checks.count(sizes.length) + " has "
                    + Checks.count(largest) + "; lower minVoxels");
        }
        return paint(mask, c, kept);
    }

    /** Requires 6, 18 or 26. */
    static int requireConnectivity(int connectivity) {
        if (connectivity != 6 && connectivity != 18 && connectivity != 26) {
            throw new IllegalArgumentException("connectivity is " + connectivity
                    + "; expected 6 (faces), 18 (faces and edges) or 26 (faces, edges and corners)");
        }
        return connectivity;
    }

    private static RunLabels of(Mask mask, int connectivity) {
        Checks.requireNonNull(mask, "mask");
        requireConnectivity(connectivity);
        RunLabels c = RunLabels.of(mask, connectivity, false, false);
        if (c.components() == 0) {
            throw new IllegalArgumentException("the mask " + mask + " is empty: no component to find");
        }
        return c;
    }

    private static Mask paint(Mask mask, RunLabels c, boolean[] kept) {
        long[][] bits = newBits(mask, "the kept components");
        c.paint(kept, bits);
        return Mask.of(mask.width(), mask.height(), bits, mask.grid());
    }

    /** Empty slices for a mask the size of {@code mask}, after checking that they fit in memory. */
    static long[][] newBits(Mask mask, String what) {
        int words = SampleType.words(mask.sliceSize());
        Memory.require(8L * words * mask.depth(), what);
        return new long[mask.depth()][words];
    }
}
