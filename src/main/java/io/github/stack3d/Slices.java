package io.github.stack3d;

import java.util.function.IntFunction;

/**
 * The slices behind a {@link Volume}, {@link Mask} or {@link Labels}: either held in memory (one array per slice)
 * or made when asked for, by a function that reads them from disk or computes them from another stack. Made slices
 * are not cached: the algorithms that stream keep their own window of a few slices.
 */
final class Slices {

    private final SampleType type;
    private final int voxels;
    private final int depth;
    private final Object[] stored;
    private final Volume.SliceReader maker;

    private Slices(SampleType type, int voxels, int depth, Object[] stored, Volume.SliceReader maker) {
        this.type = type;
        this.voxels = voxels;
        this.depth = Checks.requirePositive(depth, "depth");
        this.stored = stored;
        this.maker = maker;
    }

    /** Slices held in memory; each is checked for type and size. */
    static Slices stored(SampleType type, int width, int height, Object[] slices, String what) {
        Checks.requireNonNull(slices, what);
        int voxels = Math.multiplyExact(Checks.requirePositive(width, "width"), Checks.requirePositive(height, "height"));
        for (int z = 0; z < slices.length; z++) {
            type.requireSlice(slices[z], voxels, what + "[" + z + "]");
        }
        return new Slices(type, voxels, slices.length, slices, null);
    }

    /** Slices made when asked for by {@code maker}, which must return a new or unchanging array of this type. */
    static Slices made(SampleType type, int width, int height, int depth, IntFunction<?> maker) {
        Checks.requireNonNull(maker, "slice maker");
        return made(type, width, height, depth, (z, reuse) -> maker.apply(z));
    }

    /** Slices made when asked for by {@code reader}, which may write them into an array given back for reuse. */
    static Slices made(SampleType type, int width, int height, int depth, Volume.SliceReader reader) {
        Checks.requireNonNull(reader, "slice reader");
        int voxels = Math.multiplyExact(Checks.requirePositive(width, "width"), Checks.requirePositive(height, "height"));
        return new Slices(type, voxels, depth, null, reader);
    }

    Object get(int z) {
        return get(z, null);
    }

    /** Slice {@code z}; a made slice is written into {@code reuse} where the maker can (see {@link SliceSource}). */
    Object get(int z, Object reuse) {
        Checks.requireSlice(z, depth);
        if (stored != null) {
            return stored[z];
        }
        Object s = maker.read(z, reuse);
        type.requireSlice(s, voxels, "slice " + z);
        return s;
    }

    int depth() {
        return depth;
    }

    boolean inMemory() {
        return stored != null;
    }

    /** Every slice in memory, made in parallel: this when it already is. */
    Slices load(String what) {
        if (stored != null) {
            return this;
        }
        Memory.require(type.bytes(voxels) * depth, what);
        Object[] all = new Object[depth];
        Parallel.forEach(depth, z -> all[z] = get(z));
        return new Slices(type, voxels, depth, all, null);
    }
}
