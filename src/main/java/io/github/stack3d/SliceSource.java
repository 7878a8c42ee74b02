package io.github.stack3d;

/**
 * A stack of 2D slices that algorithms read one slice at a time: a {@link Volume} (grey values, in memory or read
 * from disk on demand), a {@link Mask} (bits) or {@link Labels} (integer labels). Every operation that needs only
 * a few neighbouring slices takes a slice source, so a stack larger than memory streams through it.
 *
 * <p>A slice is one primitive array in the layout of {@link #type()} ({@link SampleType}), index
 * {@code y * width() + x}. {@link #slice} returns it untyped; the typed accessors ({@link #bits}, {@link #bytes},
 * {@link #shorts}, {@link #ints}, {@link #floats}) return it when the type matches and throw
 * {@link IllegalStateException} otherwise; {@link #floatSlice} converts any type. The array may be the source's
 * own storage: read it, do not change it. Implementations are safe to read from several threads at once.
 */
public interface SliceSource {

    /** Slice width in voxels (columns, x). */
    int width();

    /** Slice height in voxels (rows, y). */
    int height();

    /** Number of slices (z). */
    int depth();

    /** How samples are stored. */
    SampleType type();

    /** Voxel size, origin and unit. */
    Grid grid();

    /**
     * Slice {@code z} as the primitive array of {@link #type()}.
     *
     * @throws IllegalArgumentException when {@code z} is not a slice index
     * @throws java.io.UncheckedIOException naming the file when a slice on disk cannot be read
     */
    Object slice(int z);

    /**
     * Slice {@code z}, as {@link #slice(int)}, but written into {@code reuse} where this source makes its slices
     * when asked for (read from disk) and can: so that a loop streaming through a stack allocates no array per
     * slice. {@code reuse} is an array this source's slice methods returned before and the caller no longer reads
     * (or null); a source that holds its slices returns its own array and leaves {@code reuse} alone. By default,
     * {@code slice(z)}.
     *
     * @throws IllegalArgumentException when {@code z} is not a slice index
     * @throws java.io.UncheckedIOException naming the file when a slice on disk cannot be read
     */
    default Object slice(int z, Object reuse) {
        return slice(z);
    }

    /** True when every slice is held in memory; false when slices are read or computed when asked for. */
    boolean inMemory();

    /** Slice {@code z} of a {@link SampleType#BIT} source (a mask): voxel {@code i} is bit {@code i & 63} of word {@code i >>> 6}. */
    default long[] bits(int z) {
        return (long[]) typed(z, SampleType.BIT, "bits");
    }

    /** Slice {@code z} of an 8-bit source; values are unsigned ({@code b & 0xFF}). */
    default byte[] bytes(int z) {
        return (byte[]) typed(z, SampleType.UINT8, "bytes");
    }

    /** Slice {@code z} of a 16-bit source; values are unsigned ({@code s & 0xFFFF}). */
    default short[] shorts(int z) {
        return (short[]) typed(z, SampleType.UINT16, "shorts");
    }

    /** Slice {@code z} of a 32-bit integer source (labels). */
    default int[] ints(int z) {
        return (int[]) typed(z, SampleType.INT32, "ints");
    }

    /** Slice {@code z} of a 32-bit float source. */
    default float[] floats(int z) {
        return (float[]) typed(z, SampleType.FLOAT32, "floats");
    }

    /**
     * Slice {@code z} converted to float values, written into {@code into} (length {@link #sliceSize()}) and
     * returned; any sample type.
     */
    default float[] floatSlice(int z, float[] into) {
        int n = sliceSize();
        if (into.length != n) {
            throw new IllegalArgumentException("slice buffer has " + into.length + " values; expected " + n);
        }
        return type().toFloats(slice(z), into);
    }

    /** Voxels in one slice. */
    default int sliceSize() {
        return width() * height();
    }

    /** Voxels in the whole stack. */
    default long voxelCount() {
        return (long) width() * height() * depth();
    }

    /** Bytes the whole stack takes in memory (loaded or not). */
    default long sizeInBytes() {
        return type().bytes(sliceSize()) * depth();
    }

    private Object typed(int z, SampleType wanted, String accessor) {
        if (type() != wanted) {
            throw new IllegalStateException("the stack is " + type() + "; " + accessor + "(z) reads " + wanted
                    + " stacks only (slice(z) returns any type, floatSlice(z, buffer) converts it)");
        }
        return slice(z);
    }
}
