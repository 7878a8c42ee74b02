package io.github.stack3d;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An integer label per voxel: connected components and segmentations. Label 0 is background; objects are
 * numbered 1, 2, ... One {@code int[]} per slice, index {@code y * width + x}, placed by a {@link Grid}; a
 * {@link SliceSource} of {@link SampleType#INT32}. {@link #mask(int)} selects one label, which
 * {@code marchingCubes(labels, label)} turns into that object's surface.
 *
 * <p>Immutable; {@link #of} wraps the arrays it is given (the caller must not change them afterwards).
 */
public final class Labels implements SliceSource {

    private final int width;
    private final int height;
    private final Grid grid;
    private final Slices slices;
    /** Voxels per label, index 0 the background; counted on first use. */
    private volatile long[] sizes;
    /** Per label its region (null when it has no voxel, and for 0); measured on first use. */
    private volatile Region[] regions;

    private Labels(int width, int height, Grid grid, Slices slices) {
        this.width = width;
        this.height = height;
        this.grid = Checks.requireNonNull(grid, "grid");
        this.slices = slices;
    }

    /**
     * Labels wrapping {@code slices} ({@code slices[z][y * width + x]}, 0 for background, objects from 1).
     *
     * @throws IllegalArgumentException naming the slice that is null or of another size, or a negative label
     */
    public static Labels of(int width, int height, int[][] slices, Grid grid) {
        Labels labels = new Labels(width, height, grid, Slices.stored(SampleType.INT32, width, height, slices,
                "slices"));
        labels.sizes();
        return labels;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public int depth() {
        return slices.depth();
    }

    @Override
    public SampleType type() {
        return SampleType.INT32;
    }

    @Override
    public Grid grid() {
        return grid;
    }

    @Override
    public Object slice(int z) {
        return slices.get(z);
    }

    @Override
    public boolean inMemory() {
        return slices.inMemory();
    }

    /** The same labels placed by another grid. */
    public Labels withGrid(Grid grid) {
        Labels l = new Labels(width, height, grid, slices);
        l.sizes = sizes;
        return l;
    }

    /** The label of voxel (x, y, z). */
    public int get(int x, int y, int z) {
        Checks.requireInRange(x, 0, width - 1, "x");
        Checks.requireInRange(y, 0, height - 1, "y");
        return ints(z)[y * width + x];
    }

    /** The number of labels: the largest label (labels 1..count; some may have no voxel). */
    public int count() {
        return sizes().length - 1;
    }

    /**
     * The number of voxels with {@code label}; 0 for a label that is not used.
     *
     * @throws IllegalArgumentException when {@code label} is negative
     */
    public long voxels(int label) {
        if (label < 0) {
            throw new IllegalArgumentException("label is " + label + "; expected 0 (background) or more");
        }
        long[] s = sizes();
        return label < s.length ? s[label] : 0;
    }

    /**
     * The voxels with {@code label}, as a mask computed slice by slice from these labels.
     *
     * @throws IllegalArgumentException when {@code label} is negative or has no voxel (the message gives the count)
     */
    public Mask mask(int label) {
        if (voxels(label) == 0) {
            throw new IllegalArgumentException("label " + label + " has no voxel; these labels have 1.." + count());
        }
        int n = sliceSize();
        return Mask.onDemand(width, height, depth(), grid, z -> {
            int[] s = ints(z);
            long[] bits = new long[SampleType.words(n)];
            for (int i = 0; i < n; i++) {
                if (s[i] == label) {
                    bits[i >>> 6] |= 1L << i;
                }
            }
            return bits;
        });
    }

    /**
     * Each label's voxel count, bounding box, centroid and volume, for the labels that have voxels, in label
     * order; measured in one pass on first use. Of {@code labels(mask)} (numbered by decreasing size) the first
     * region is the largest object.
     */
    public List<Region> regions() {
        List<Region> list = new ArrayList<>();
        for (Region r : measured()) {
            if (r != null) {
                list.add(r);
            }
        }
        return Collections.unmodifiableList(list);
    }

    /**
     * The region of {@code label}.
     *
     * @throws IllegalArgumentException when {@code label} has no voxel (the message gives the labels there are)
     */
    public Region region(int label) {
        if (label < 1 || voxels(label) == 0) {
            throw new IllegalArgumentException("label " + label + " has no voxel; these labels have 1.." + count());
        }
        return measured()[label];
    }

    private Region[] measured() {
        Region[] r = regions;
        if (r == null) {
            r = RegionMeasures.of(this, sizes());
            regions = r;
        }
        return r;
    }

    /**
     * Counts per label, in runs of consecutive slices (one histogram per run, not per slice: millions of labels
     * times hundreds of slices would not fit).
     */
    private long[] sizes() {
        long[] s = sizes;
        if (s == null) {
            int depth = depth();
            int runs = Math.min(depth, 2 * Parallel.threads());
            long[][] perRun = new long[runs][];
            Parallel.forEach(runs, r -> {
                int from = (int) ((long) r * depth / runs);
                int to = (int) ((r + 1L) * depth / runs);
                int max = 0;
                for (int z = from; z < to; z++) {
                    max = Math.max(max, largest(z));
                }
                long[] h = new long[max + 1];
                for (int z = from; z < to; z++) {
                    for (int v : ints(z)) {
                        h[v]++;
                    }
                }
                perRun[r] = h;
            });
            int labels = 0;
            for (long[] h : perRun) {
                labels = Math.max(labels, h.length);
            }
            s = new long[Math.max(labels, 1)];
            for (long[] h : perRun) {
                for (int i = 0; i < h.length; i++) {
                    s[i] += h[i];
                }
            }
            sizes = s;
        }
        return s;
    }

    /** The largest label of slice z, after checking that none is negative. */
    private int largest(int z) {
        int[] s = ints(z);
        int max = 0;
        for (int i = 0; i < s.length; i++) {
            if (s[i] < 0) {
                int x = i % width;
                throw new IllegalArgumentException("label " + s[i] + " at (" + x + ", " + i / width + ", " + z
                        + "); labels are 0 (background) or more");
            }
            max = Math.max(max, s[i]);
        }
        return max;
    }

    /** For example {@code Labels[121×154×114, 3 labels, 1.0×1.0×1.0 px]}. */
    @Override
    public String toString() {
        return "Labels[" + width + "×" + height + "×" + depth() + ", " + Checks.count(count())
                + (count() == 1 ? " label, " : " labels, ") + grid + "]";
    }
}
