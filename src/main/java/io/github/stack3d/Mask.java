package io.github.stack3d;

import java.util.Locale;
import java.util.function.IntFunction;

/**
 * A binary 3D image: which voxels belong to the object. One bit per voxel, packed 64 to a {@code long}, one
 * {@code long[]} per slice (voxel {@code i = y * width + x} is bit {@code i & 63} of word {@code i >>> 6}; see
 * {@link Bits}), placed in space by the {@link Grid} of the stack it was made from: 8 times less memory than a
 * byte per voxel.
 *
 * <p>A mask is a {@link SliceSource} of {@link SampleType#BIT}: in memory ({@link #inMemory()}), or computed slice
 * by slice when asked for, as a threshold of a stack on disk is, so that it streams. Immutable; {@link #of} wraps
 * the arrays it is given (the caller must not change them afterwards).
 */
public final class Mask implements SliceSource {

    private final int width;
    private final int height;
    private final Grid grid;
    private final Slices slices;

    private Mask(int width, int height, Grid grid, Slices slices) {
        this.width = width;
        this.height = height;
        this.grid = Checks.requireNonNull(grid, "grid");
        this.slices = slices;
    }

    /**
     * A mask wrapping {@code bits}: {@code bits[z]} holds slice z, {@code ceil(width·height / 64)} words.
     *
     * @throws IllegalArgumentException naming the slice that is null or of another length
     */
    public static Mask of(int width, int height, long[][] bits, Grid grid) {
        return new Mask(width, height, grid, Slices.stored(SampleType.BIT, width, height, bits, "bits"));
    }

    /** A mask with the foreground given as booleans, {@code slices[z][y * width + x]} (copied into bits). */
    public static Mask ofBooleans(int width, int height, boolean[][] slices, Grid grid) {
        Checks.requireNonNull(slices, "slices");
        long[][] bits = new long[slices.length][];
        for (int z = 0; z < slices.length; z++) {
            if (slices[z] == null || slices[z].length != width * height) {
                throw new IllegalArgumentException("slices[" + z + "] has " + (slices[z] == null ? "no"
                        : String.valueOf(slices[z].length)) + " voxels; expected " + width + "×" + height);
            }
            bits[z] = Bits.pack(slices[z]);
        }
        return of(width, height, bits, grid);
    }

    /**
     * A mask whose slices are computed when asked for by {@code maker} (a new {@code long[]} each time), never all
     * held at once: what thresholding a stack on disk gives.
     */
    public static Mask onDemand(int width, int height, int depth, Grid grid, IntFunction<long[]> maker) {
        return new Mask(width, height, grid, Slices.made(SampleType.BIT, width, height, depth, maker));
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
        return SampleType.BIT;
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

    /** This mask with every slice computed and kept in memory; the mask itself when it already is. */
    public Mask load() {
        return slices.inMemory() ? this : new Mask(width, height, grid, slices.load("the mask " + this));
    }

    /** The same voxels placed by another grid. */
    public Mask withGrid(Grid grid) {
        return new Mask(width, height, grid, slices);
    }

    /** True when voxel (x, y, z) is foreground. */
    public boolean get(int x, int y, int z) {
        Checks.requireInRange(x, 0, width - 1, "x");
        Checks.requireInRange(y, 0, height - 1, "y");
        return Bits.get(bits(z), y * width + x);
    }

    /** Number of foreground voxels (one pass over the slices). */
    public long count() {
        long[] counts = new long[depth()];
        Parallel.forEach(depth(), z -> counts[z] = count(z));
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        return n;
    }

    /** Number of foreground voxels in slice {@code z}. */
    public int count(int z) {
        return (int) Bits.count(bits(z), sliceSize());
    }

    /** The volume of the foreground in {@code unit³}: its voxel count times one voxel's volume. */
    public double physicalVolume() {
        return count() * grid.voxelVolume();
    }

    /**
     * For example {@code Mask[121×154×114, 96,650 voxels (4.55 %), 1.0×1.0×1.0 px]}; a mask computed on demand
     * says so instead of counting.
     */
    @Override
    public String toString() {
        if (!inMemory()) {
            return "Mask[" + width + "×" + height + "×" + depth() + ", computed slice by slice, " + grid + "]";
        }
        long n = count();
        return String.format(Locale.ROOT, "Mask[%d×%d×%d, %s voxels (%.2f %%), %s]", width, height, depth(),
                Checks.count(n), 100.0 * n / voxelCount(), grid);
    }
}
