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
 * ({@link SliceBlocks}), so a stack on disk streams. The middle value is found by a selection network for the
 * 7-voxel ball of integer samples, by a histogram sliding along each row for larger balls of 8-bit values, and
 * otherwise by selection (Hoare's quickselect) among the ball's values, the same value each way; the result is
 * the same for any number of threads.
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
        // the ball's voxels, row by row: the row j each lies in and its offset dy·w + dx within that slice
        int[] voxelRow = new int[size];
        int[] voxelOffset = new int[size];
        for (int j = 0, c = 0; j < ball.rows(); j++) {
            for (int dx = -ball.k[j]; dx <= ball.k[j]; dx++, c++) {
                voxelRow[c] = j;
                voxelOffset[c] = ball.dy[j] * w + dx;
            }
        }
        boolean network = size == 7 && type != SampleType.FLOAT32;
        boolean histogram = size > 7 && type == SampleType.UINT8;
        SliceBlocks.<float[]>run(depth, ball.rz, z -> source.floatSlice(z, new float[n]), (z, window) -> {
            float[] values = new float[size];
            float[] median = new float[n];
            int[] bins = histogram ? new int[256] : null;
            float[][] rows = new float[ball.rows()][];
            for (int j = 0; j < rows.length; j++) {
                rows[j] = window.apply(Gaussian.clamp(z + ball.dz[j], depth));
            }
            // the interior (every row and column of the ball inside the slice) needs no clamping
            int x0 = Math.min(ball.rx, w);
            int x1 = Math.max(x0, w - ball.rx);
            for (int y = 0; y < h; y++) {
                boolean inner = y >= ball.ry && y < h - ball.ry;
                if (inner && network) {
                    edge(ball, rows, w, h, y, 0, x0, values, median);
                    median7(rows, voxelRow, voxelOffset, y * w + x0, y * w + x1, median);
                    edge(ball, rows, w, h, y, x1, w, values, median);
                } else if (inner && histogram) {
                    edge(ball, rows, w, h, y, 0, x0, values, median);
                    sliding(ball, rows, w, y, x0, x1, bins, median);
                    edge(ball, rows, w, h, y, x1, w, values, median);
                } else if (inner) {
                    edge(ball, rows, w, h, y, 0, x0, values, median);
                    for (int x = x0; x < x1; x++) {
                        int p = y * w + x;
                        for (int c = 0; c < size; c++) {
                            values[c] = rows[voxelRow[c]][p + voxelOffset[c]];
                        }
                        median[p] = select(values, size / 2);
                    }
                    edge(ball, rows, w, h, y, x1, w, values, median);
                } else {
                    edge(ball, rows, w, h, y, 0, w, values, median);
                }
            }
            out[z] = typed(type, median);
        });
        return Volume.of(type, w, h, out, g);
    }

    /** Row {@code y}'s medians at {@code x0..x1−1}, each line continuing with its end value outside the slice. */
    private static void edge(Ball ball, float[][] rows, int w, int h, int y, int x0, int x1, float[] values,
                             float[] median) {
        for (int x = x0; x < x1; x++) {
            int c = 0;
            for (int j = 0; j < rows.length; j++) {
                float[] s = rows[j];
                int row = Gaussian.clamp(y + ball.dy[j], h) * w;
                int k = ball.k[j];
                for (int dx = -k; dx <= k; dx++) {
                    values[c++] = s[row + Gaussian.clamp(x + dx, w)];
                }
            }
            median[y * w + x] = select(values, values.length / 2);
        }
    }

    /**
     * Row {@code y}'s medians at {@code x0..x1−1} (every ball inside) of 8-bit values, from a histogram of the ball
     * that slides along the row (each ball row's end voxels leave and enter) with the median bin kept up to date:
     * the {@code (n/2)}-th smallest value, as {@link #select} finds it.
     */
    private static void sliding(Ball ball, float[][] rows, int w, int y, int x0, int x1, int[] bins,
                                float[] median) {
        if (x0 >= x1) {
            return;
        }
        java.util.Arrays.fill(bins, 0);
        int rowCount = rows.length;
        int[] start = new int[rowCount];
        int half = 0;
        for (int j = 0; j < rowCount; j++) {
            start[j] = (y + ball.dy[j]) * w;
            int k = ball.k[j];
            for (int x = x0 - k; x <= x0 + k; x++) {
                bins[(int) rows[j][start[j] + x]]++;
            }
            half += 2 * k + 1;
        }
        half /= 2;
        // m is the median bin, below the number of values under it: below <= half < below + bins[m]
        int m = 0;
        int below = 0;
        while (below + bins[m] <= half) {
            below += bins[m++];
        }
        median[y * w + x0] = m;
        for (int x = x0 + 1; x < x1; x++) {
            for (int j = 0; j < rowCount; j++) {
                float[] s = rows[j];
                int k = ball.k[j];
                int out = (int) s[start[j] + x - 1 - k];
                int in = (int) s[start[j] + x + k];
                bins[out]--;
                bins[in]++;
                below += (in < m ? 1 : 0) - (out < m ? 1 : 0);
            }
            while (below > half) {
                below -= bins[--m];
            }
            while (below + bins[m] <= half) {
                below += bins[m++];
            }
            median[y * w + x] = m;
        }
    }

    /**
     * The medians of a 7-voxel ball at {@code p0..p1−1} (all inside), by a selection network of 13 compare-exchanges
     * on the values' bits, which order as the values do for the integer samples (all {@code +0} or above: no NaN
     * and no {@code −0}, so that the result is the one {@link #select} finds).
     */
    private static void median7(float[][] rows, int[] voxelRow, int[] voxelOffset, int p0, int p1, float[] median) {
        float[] s0 = rows[voxelRow[0]];
        float[] s1 = rows[voxelRow[1]];
        float[] s2 = rows[voxelRow[2]];
        float[] s3 = rows[voxelRow[3]];
        float[] s4 = rows[voxelRow[4]];
        float[] s5 = rows[voxelRow[5]];
        float[] s6 = rows[voxelRow[6]];
        int o0 = voxelOffset[0];
        int o1 = voxelOffset[1];
        int o2 = voxelOffset[2];
        int o3 = voxelOffset[3];
        int o4 = voxelOffset[4];
        int o5 = voxelOffset[5];
        int o6 = voxelOffset[6];
        for (int p = p0; p < p1; p++) {
            int a = Float.floatToRawIntBits(s0[p + o0]);
            int b = Float.floatToRawIntBits(s1[p + o1]);
            int c = Float.floatToRawIntBits(s2[p + o2]);
            int d = Float.floatToRawIntBits(s3[p + o3]);
            int e = Float.floatToRawIntBits(s4[p + o4]);
            int f = Float.floatToRawIntBits(s5[p + o5]);
            int g = Float.floatToRawIntBits(s6[p + o6]);
            int t;
            t = Math.min(a, f); f = Math.max(a, f); a = t;
            t = Math.min(a, d); d = Math.max(a, d); a = t;
            t = Math.min(b, g); g = Math.max(b, g); b = t;
            t = Math.min(c, e); e = Math.max(c, e); c = t;
            b = Math.max(a, b);
            t = Math.min(d, f); f = Math.max(d, f); d = t;
            t = Math.min(c, g); g = Math.max(c, g); c = t;
            d = Math.max(c, d);
            d = Math.min(d, g);
            e = Math.min(e, f);
            t = Math.min(b, e); e = Math.max(b, e); b = t;
            d = Math.max(b, d);
            median[p] = Float.intBitsToFloat(Math.min(d, e));
        }
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
