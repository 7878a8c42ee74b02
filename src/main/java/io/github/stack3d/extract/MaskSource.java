package io.github.stack3d.extract;

import io.github.stack3d.Mask;
import io.github.stack3d.SampleType;
import io.github.stack3d.SliceSource;
import io.github.stack3d.Spacing;

/** A mask seen as an 8-bit stack of 0 (background) and 1 (foreground), for marching cubes at level 0.5. */
final class MaskSource implements SliceSource {

    private final Mask mask;

    MaskSource(Mask mask) {
        this.mask = mask;
    }

    @Override
    public int width() {
        return mask.width();
    }

    @Override
    public int height() {
        return mask.height();
    }

    @Override
    public int depth() {
        return mask.depth();
    }

    @Override
    public SampleType type() {
        return SampleType.UINT8;
    }

    @Override
    public Spacing spacing() {
        return mask.spacing();
    }

    @Override
    public byte[] bytes(int z) {
        boolean[] slice = mask.slice(z);
        byte[] out = new byte[slice.length];
        for (int i = 0; i < slice.length; i++) {
            out[i] = (byte) (slice[i] ? 1 : 0);
        }
        return out;
    }

    @Override
    public short[] shorts(int z) {
        throw new IllegalStateException("a mask reads as 8-bit slices");
    }

    @Override
    public float[] floats(int z) {
        throw new IllegalStateException("a mask reads as 8-bit slices");
    }
}
