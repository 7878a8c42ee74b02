package io.github.stack3d.segment;

import io.github.stack3d.SliceSource;
import java.util.function.DoubleUnaryOperator;

/**
 * The isodata threshold (T. W. Ridler and S. Calvard, "Picture thresholding using an iterative selection method",
 * IEEE Trans. SMC 8, 1978) of the whole stack's histogram: the lowest bin {@code t} that is the midpoint of the
 * mean at or below it and the mean above it, {@code t <= (m_low + m_high) / 2 < t + bin width}.
 *
 * <p>As {@code skimage.filters.threshold_isodata} (scikit-image 0.19) computes it, on the same bins
 * ({@link ThresholdBins}) and in the same precision, which matters: scikit-image turns the counts into float32 and
 * sums them cumulatively in float32 (so counts above 2<sup>24</sup> round), and for float data works in float32
 * throughout; the same roundings here give the same bin.
 */
public final class IsoData {

    private IsoData() {
    }

    /**
     * The isodata level of the whole stack: {@code Threshold.atLeast(volume, threshold(volume))} selects exactly
     * the voxels that {@code skimage.filters.threshold_isodata} puts above its threshold {@code t}.
     *
     * @param volume 8-bit, 16-bit or float values, in memory or on disk, holding at least two different values
     * @return {@code t + 0.5} for integer data, the smallest float above {@code t} for float data
     * @throws IllegalArgumentException when the volume is null, holds labels or a single value, or is float data
     *                                  holding an infinite value or only NaN
     */
    public static double threshold(SliceSource volume) {
        ThresholdBins bins = ThresholdBins.of(volume, "the isodata threshold");
        long[] counts = bins.counts();
        double[] c = bins.centers();
        int n = counts.length;
        // numpy's types: float32 counts and cumulative counts; intensities in float64 for integer data (float32
        // counts times int64 centres) and in float32 for float data. A float32 operation is the double one rounded.
        DoubleUnaryOperator r = bins.type().isInteger() ? x -> x : x -> (float) x;
        float[] below = new float[n];
        double[] intensity = new double[n];
        float cumulative = 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            cumulative += (float) counts[i];
            below[i] = cumulative;
            sum = r.applyAsDouble(sum + r.applyAsDouble((float) counts[i] * c[i]));
            intensity[i] = sum;
        }
        double width = r.applyAsDouble(c[1] - c[0]);
        for (int i = 0; i < n - 1; i++) {
            double lower = r.applyAsDouble(intensity[i] / below[i]);
            double higher = r.applyAsDouble(r.applyAsDouble(intensity[n - 1] - intensity[i])
                    / (float) (below[n - 1] - below[i]));
            double distance = r.applyAsDouble(r.applyAsDouble((lower + higher) / 2) - c[i]);
            if (distance >= 0 && distance < width) {
                return bins.level(c[i]);
            }
        }
        // (m_low + m_high) / 2 − t falls from at least 0 at the first bin to below half a bin at the last by at most
        // one bin per step, so some bin qualifies; only float rounding could skip it
        throw new IllegalArgumentException("the isodata threshold found no bin t with t <= (m_low + m_high) / 2 < t + "
                + "bin width in " + volume + " (rounding); use otsu or li");
    }
}
