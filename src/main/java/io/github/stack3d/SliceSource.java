package io.github.stack3d;

/**
 * A stack of 2D slices that algorithms read one slice at a time: a {@link Volume} in memory, or a stack on
 * disk opened with {@code Stack3D.openStack} that reads each slice when asked for it.
 *
 * <p>A slice is a row-major primitive array, index {@code y * width() + x}. Only the accessor matching
 * {@link #type()} works ({@link #bytes} for 8-bit, {@link #shorts} for 16-bit, {@link #floats} for 32-bit float);
 * the others throw {@link IllegalStateException}. The returned array may be the source's own storage: read it,
 * do not change it. Implementations are safe to read from several threads at once.
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

    /** Voxel size and unit. */
    Spacing spacing();

    /** Slice {@code z} of an 8-bit source; values are unsigned ({@code b & 0xFF}). */
    byte[] bytes(int z);

    /** Slice {@code z} of a 16-bit source; values are unsigned ({@code s & 0xFFFF}). */
    short[] shorts(int z);

    /** Slice {@code z} of a 32-bit float source. */
    float[] floats(int z);

    /** The same slices with another voxel size. */
    default SliceSource withSpacing(Spacing spacing) {
        Checks.requireNonNull(spacing, "spacing");
        SliceSource source = this;
        return new SliceSource() {
            @Override
            public int width() {
                return source.width();
            }

            @Override
            public int height() {
                return source.height();
            }

            @Override
            public int depth() {
                return source.depth();
            }

            @Override
            public SampleType type() {
                return source.type();
            }

            @Override
            public Spacing spacing() {
                return spacing;
            }

            @Override
            public byte[] bytes(int z) {
                return source.bytes(z);
            }

            @Override
            public short[] shorts(int z) {
                return source.shorts(z);
            }

            @Override
            public float[] floats(int z) {
                return source.floats(z);
            }

            @Override
            public String toString() {
                return source + " with spacing " + spacing;
            }
        };
    }

    /** Voxels in one slice. */
    default int sliceSize() {
        return width() * height();
    }

    /** Voxels in the whole stack. */
    default long voxelCount() {
        return (long) width() * height() * depth();
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
        switch (type()) {
            case UINT8 -> {
                byte[] s = bytes(z);
                for (int i = 0; i < n; i++) {
                    into[i] = s[i] & 0xFF;
                }
            }
            case UINT16 -> {
                short[] s = shorts(z);
                for (int i = 0; i < n; i++) {
                    into[i] = s[i] & 0xFFFF;
                }
            }
            case FLOAT32 -> System.arraycopy(floats(z), 0, into, 0, n);
        }
        return into;
    }
}
