package io.github.stack3d.extract;

import io.github.stack3d.SampleType;
import io.github.stack3d.SliceSource;

/**
 * A stack seen in negative: {@code 255 - v} for 8-bit, {@code 65535 - v} for 16-bit, {@code -1 - v} for 32-bit
 * integers, {@code -v} for float, {@code 1 - v} for bits, so that the voxels at or below a level become the voxels
 * at or above its mirror ({@link #mirror}). Slices are inverted as they are read.
 */
final class InvertedSource extends ForwardingSource {

    InvertedSource(SliceSource source) {
        super(source);
    }

    /** The level that, in the negative, has the same voxels at or above it as {@code level} has at or below. */
    double mirror(double level) {
        return switch (source.type()) {
            case BIT -> 1 - level;
            case UINT8, UINT16 -> source.type().max() - level;
            case INT32 -> -1 - level;
            case FLOAT32 -> -level;
        };
    }

    @Override
    public boolean inMemory() {
        return false;
    }

    @Override
    public Object slice(int z) {
        return slice(z, null);
    }

    /**
     * Slice {@code z} inverted: in place where the source wrote it into {@code reuse}, else into {@code reuse} (a slice
     * this view gave before) where it fits, else into a new array; never into the source's own.
     */
    @Override
    public Object slice(int z, Object reuse) {
        Object slice = source.slice(z, reuse);
        SampleType type = source.type();
        int n = sliceSize();
        Object out = slice == reuse || type.fits(reuse, n) ? reuse : type.newSlice(n);
        switch (type) {
            case BIT -> {
                long[] s = (long[]) slice;
                long[] o = (long[]) out;
                for (int i = 0; i < s.length; i++) {
                    o[i] = ~s[i];
                }
                if ((n & 63) != 0) {
                    o[o.length - 1] &= (1L << (n & 63)) - 1;
                }
            }
            case UINT8 -> {
                byte[] s = (byte[]) slice;
                byte[] o = (byte[]) out;
                for (int i = 0; i < s.length; i++) {
                    o[i] = (byte) ~s[i];
                }
            }
            case UINT16 -> {
                short[] s = (short[]) slice;
                short[] o = (short[]) out;
                for (int i = 0; i < s.length; i++) {
                    o[i] = (short) ~s[i];
                }
            }
            case INT32 -> {
                int[] s = (int[]) slice;
                int[] o = (int[]) out;
                for (int i = 0; i < s.length; i++) {
                    o[i] = ~s[i];
                }
            }
            case FLOAT32 -> {
                float[] s = (float[]) slice;
                float[] o = (float[]) out;
                for (int i = 0; i < s.length; i++) {
                    o[i] = -s[i];
                }
            }
        }
        return out;
    }
}
