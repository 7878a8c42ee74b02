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
        Object slice = source.slice(z);
        return switch (source.type()) {
            case BIT -> {
                long[] s = (long[]) slice;
                long[] out = new long[s.length];
                for (int i = 0; i < s.length; i++) {
                    out[i] = ~s[i];
                }
                int rest = sliceSize() & 63;
                if (rest != 0) {
                    out[out.length - 1] &= (1L << rest) - 1;
                }
                yield out;
            }
            case UINT8 -> {
                byte[] s = (byte[]) slice;
                byte[] out = new byte[s.length];
                for (int i = 0; i < s.length; i++) {
                    out[i] = (byte) ~s[i];
                }
                yield out;
            }
            case UINT16 -> {
                short[] s = (short[]) slice;
                short[] out = new short[s.length];
                for (int i = 0; i < s.length; i++) {
                    out[i] = (short) ~s[i];
                }
                yield out;
            }
            case INT32 -> {
                int[] s = (int[]) slice;
                int[] out = new int[s.length];
                for (int i = 0; i < s.length; i++) {
                    out[i] = ~s[i];
                }
                yield out;
            }
            case FLOAT32 -> {
                float[] s = (float[]) slice;
                float[] out = new float[s.length];
                for (int i = 0; i < s.length; i++) {
                    out[i] = -s[i];
                }
                yield out;
            }
        };
    }
}
