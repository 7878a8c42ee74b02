package io.github.stack3d.segment;

import io.github.stack3d.Checks;
import io.github.stack3d.Grid;
import io.github.stack3d.Memory;
import io.github.stack3d.SampleType;
import io.github.stack3d.SliceSource;
import io.github.stack3d.Volume;

/**
 * The median filter over a ball in physical units ({@link Ball}: the offsets with
 * {@code ((dx·sx)² + (dy·sy)²) + (dz·sz)² <= r²}, an odd number of voxels), as
 * {@code scipy.ndimage.median_filter(v, footprint=ball, mode='nearest')}: each voxel becomes the middle value of
 * its ball, outside the stack each line continuing with its end value. The result keeps the sample type (the
 * median is one of the values).
 *
 * <p>Each output slice needs the slices within {@code rz = floor(r / sz)}: they are read once into a window
 * ({@link SliceBlocks}), so a stack on disk streams. The middle value is found by selection (Hoare's quickselect)
 * among the ball's values; the result is the same for any number of threads.
 */
public final class Median {

    private Median() {
    }

    /**
     * The filtered volume, with the source's sample type and grid; radius 0 (or below every spacing) copies it.
     *
     * @throws IllegalArgumentException when the source is null, a mask or labels, or the radius is negative,
     *                                  infinite or NaN
     * @throws IllegalStateException    when the result does not fit in the Java heap
     */
    public static Volume filter(SliceSource source, double radius) {
        Checks.requireNonNull(source, "volume");
        Ball.requireRadius(radius, "radius");
        SampleType type = source.type();
        if (type == SampleType.BIT || type == SampleType.INT32) {
            throw new IllegalArgumentException("the median filter takes 8-bit, 16-bit or float values; " + source
                    + " holds " + (type == SampleType.BIT ? "a mask (use open or close)" : "labels"));
        }
        Memory.require(type.bytes(source.voxelCount()), "the median filter of " + source);
        Grid g = source.grid();
        Ball ball = Ball.of(g, radius);
        int w = source.width();
        int h = source.height();
        int n = source.sliceSize();
        int depth = source.depth();
        int size = ball.voxels();
        Object[] out = new Object[depth];
        SliceBlocks.<float[]>run(depth, ball.rz, z -> source.floatSlice(z, new float[n]), (z, window) -> {
            float[] values = new float[size];
            float[] median = new float[n];
            float[][] rows = new float[ball.rows()][];
            for (int j = 0; j < rows.length; j++) {
                rows[j] = window.apply(Gaussian.clamp(z + ball.dz[j], depth));
            }
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int c = 0;
                    for (int j = 0; j < rows.length; j++) {
                        float[] s = rows[j];
                        int row = Gaussian.clamp(y + ball.dy[j], h) * w;
                        int k = ball.k[j];
                        for (int dx = -k; dx <= k; dx++) {
                            values[c++] = s[row + Gaussian.clamp(x + dx, w)];
                        }
                    }
                    median[y * w + x] = select(values, size / 2);
                }
            }
            out[z] = typed(type, median);
        });
        return Volume.of(type, w, h, out, g);
    }

    /** The {@code k}-th smallest of {@code v} (which it reorders), by quickselect with middle pivots. */
    static float select(float[] v, int k) {
        int lo = 0;
        int hi = v.length - 1;
        while (lo < hi) {
            float pivot = v[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (v[i] < pivot) {
                    i++;
                }
                while (v[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    float t = v[i];
                    v[i] = v[j];
                    v[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                break;
            }
        }
        return v[k];
    }

    private static Object typed(SampleType type, float[] v) {
        switch (type) {
            case UINT8 -> {
                byte[] b = new byte[v.length];
                for (int i = 0; i < v.length; i++) {
                    b[i] = (byte) (int) v[i];
                }
                return b;
            }
            case UINT16 -> {
                short[] s = new short[v.length];
                for (int i = 0; i < v.length; i++) {
                    s[i] = (short) (int) v[i];
                }
                return s;
            }
            default -> {
                return v;
            }
        }
    }
}
