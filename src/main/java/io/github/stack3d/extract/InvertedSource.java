package io.github.stack3d.extract;

import io.github.stack3d.SampleType;
import io.github.stack3d.SliceSource;
import io.github.stack3d.Spacing;

/**
 * A stack seen in negative: {@code 255 - v} for 8-bit, {@code 65535 - v} for 16-bit, {@code -v} for float, so
 * that the voxels at or below a level become the voxels at or above its mirror ({@link #mirror}). Slices are
 * inverted as they are read.
 */
final class InvertedSource implements SliceSource {

    private final SliceSource source;

    InvertedSource(SliceSource source) {
        this.source = source;
    }

    /** The level that, in the negative, has the same voxels at or above it as {@code level} has at or below. */
    double mirror(double level) {
        return source.type() == SampleType.FLOAT32 ? -level : source.type().max() - level;
    }

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
        return source.spacing();
    }

    @Override
    public byte[] bytes(int z) {
        byte[] s = source.bytes(z);
        byte[] out = new byte[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = (byte) ~s[i];
        }
        return out;
    }

    @Override
    public short[] shorts(int z) {
        short[] s = source.shorts(z);
        short[] out = new short[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = (short) ~s[i];
        }
        return out;
    }

    @Override
    public float[] floats(int z) {
        float[] s = source.floats(z);
        float[] out = new float[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = -s[i];
        }
        return out;
    }
}
