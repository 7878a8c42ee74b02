package io.github.stack3d.segment;

import io.github.stack3d.SliceSource;

/**
 * The triangle threshold (G. W. Zack, W. E. Rogers and S. A. Latt, "Automatic measurement of sister chromatid
 * exchange frequency", J. Histochem. Cytochem. 25, 1977) of the whole stack's histogram: the line from the peak to
 * the far end of the longer tail; the threshold is the bin furthest below that line. Suited to a small bright (or
 * dark) object on a large background.
 *
 * <p>As {@code skimage.filters.threshold_triangle} (scikit-image 0.19) computes it, on the same bins
 * ({@link ThresholdBins}: one per value for integer data, 256 for float data) with the same arithmetic, so the
 * result is scikit-image's bin; the first peak and the first furthest bin win ties.
 */
public final class Triangle {

    private Triangle() {
    }

    /**
     * The triangle level of the whole stack: {@code Threshold.atLeast(volume, threshold(volume))} selects exactly
     * the voxels that {@code skimage.filters.threshold_triangle} puts above its threshold {@code t}.
     *
     * @param volume 8-bit, 16-bit or float values, in memory or on disk, holding at least two different values
     * @return {@code t + 0.5} for integer data, the smallest float above {@code t} for float data
     * @throws IllegalArgumentException when the volume is null, holds labels or a single value, or is float data
     *                                  holding an infinite value or only NaN
     */
    public static double threshold(SliceSource volume) {
        ThresholdBins bins = ThresholdBins.of(volume, "the triangle threshold");
        long[] h = bins.counts();
        int n = h.length;
        int peak = 0;
        for (int i = 1; i < n; i++) {
            if (h[i] > h[peak]) {
                peak = i;
            }
        }
        int low = 0;
        while (h[low] == 0) {
            low++;
        }
        int high = n - 1;
        while (h[high] == 0) {
            high--;
        }
        boolean flip = peak - low < high - peak;
        if (flip) {
            h = reversed(h);
            low = n - high - 1;
            peak = n - peak - 1;
        }
        int width = peak - low;
        // as numpy's int64 arithmetic: peak² + width², then one rounding to double
        double norm = Math.sqrt((double) (h[peak] * h[peak] + (long) width * width));
        double height = h[peak] / norm;
        double run = width / norm;
        int best = 0;
        double longest = Double.NEGATIVE_INFINITY;
        for (int x = 0; x < width; x++) {
            double length = height * x - run * h[x + low];
            if (length > longest) {
                longest = length;
                best = x;
            }
        }
        int level = best + low;
        return bins.level(bins.centers()[flip ? n - level - 1 : level]);
    }

    private static long[] reversed(long[] h) {
        long[] r = new long[h.length];
        for (int i = 0; i < h.length; i++) {
            r[i] = h[h.length - 1 - i];
        }
        return r;
    }
}
