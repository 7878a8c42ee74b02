package io.github.stack3d;

/** Masks as booleans, for tests that compare voxels one by one. */
public final class TestMasks {

    private TestMasks() {
    }

    /** Slice {@code z} of {@code mask} as one boolean per voxel, row-major. */
    public static boolean[] booleans(Mask mask, int z) {
        long[] bits = mask.bits(z);
        boolean[] out = new boolean[mask.sliceSize()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Bits.get(bits, i);
        }
        return out;
    }
}
