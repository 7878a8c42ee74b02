package io.github.stack3d.segment;

import io.github.stack3d.SliceSource;
import io.github.stack3d.ValueRange;

/**
 * Li's minimum cross-entropy threshold (C. H. Li and C. K. Lee, "Minimum cross entropy thresholding", Pattern
 * Recognition 26, 1993; the iteration of C. H. Li and P. K. S. Tam, Pattern Recognition Letters 19, 1998) of the
 * whole stack: starting from the mean, {@code t ← (m_b − m_f) / (ln m_b − ln m_f)} with {@code m_b} and
 * {@code m_f} the means of the voxels at or below and above {@code t}, until {@code t} moves by at most half a bin.
 *
 * <p>As {@code skimage.filters.threshold_li} (scikit-image 0.19) does it: values are shifted so the smallest is 0,
 * integer data use one bin per value (so the result equals scikit-image's, to the last bit of the logarithm); float
 * data, which scikit-image iterates on every voxel, use 65,536 equal bins over the data range that
 * keep each bin's exact sum, so only the voxels in the bin holding {@code t} can fall on the other side: the level
 * lands within a 256th of the range of scikit-image's. Integer stacks are read once, float stacks twice (the range,
 * then the bins) unless the volume knows its range.
 */
public final class Li {

    /** Bins of the float histogram. */
    private static final int FLOAT_BINS = 1 << 16;

    /** A bound on the iterations: a binned iteration could, in theory, swap between two bins for ever. */
    private static final int MAX_ITERATIONS = 1000;

    private Li() {
    }

    /**
     * Li's level of the whole stack: {@code Threshold.atLeast(volume, threshold(volume))} selects the voxels that
     * {@code skimage.filters.threshold_li} puts above its threshold {@code t}.
     *
     * @param volume 8-bit, 16-bit or float values, in memory or on disk, holding at least two different values
     * @return {@code floor(t) + 0.5} for integer data, the smallest float above {@code t} for float data
     * @throws IllegalArgumentException when the volume is null, holds labels or a single value, or is float data
     *                                  holding an infinite value or only NaN
     */
    public static double threshold(SliceSource volume) {
        if (ThresholdBins.requireGrey(volume, "Li").isInteger()) {
            ThresholdBins bins = ThresholdBins.of(volume, "Li");
            long[] counts = bins.counts();
            double[] sums = new double[counts.length];
            double[] centers = new double[counts.length];
            for (int i = 0; i < counts.length; i++) {
                centers[i] = i;
                sums[i] = (double) counts[i] * i;
            }
            return bins.level(iterate(counts, sums, centers, 0.5) + bins.centers()[0]);
        }
        ValueRange range = ThresholdBins.finiteRange(volume, "Li");
        double min = range.min();
        double width = (range.max() - min) / FLOAT_BINS;
        double scale = 1 / width;
        long[] counts = new long[FLOAT_BINS];
        double[] sums = new double[FLOAT_BINS];
        for (Binned b : Histogram.fold(volume, Binned::new, (b, z) -> b.add(volume.floats(z), min, scale))) {
            for (int i = 0; i < FLOAT_BINS; i++) {
                counts[i] += b.counts[i];
                sums[i] += b.sums[i];
            }
        }
        double[] centers = new double[FLOAT_BINS];
        for (int i = 0; i < FLOAT_BINS; i++) {
            centers[i] = (i + 0.5) * width;
        }
        return ThresholdBins.level(iterate(counts, sums, centers, width / 2) + min, volume.type());
    }

    /**
     * Li's iteration on bins holding {@code counts[i]} voxels whose values (shifted, at least 0) sum to
     * {@code sums[i]}; the bins whose centre is above {@code t} are the foreground.
     */
    static double iterate(long[] counts, double[] sums, double[] centers, double tolerance) {
        double n = 0;
        double total = 0;
        for (int i = 0; i < counts.length; i++) {
            n += counts[i];
            total += sums[i];
        }
        double next = total / n;
        double current = -2 * tolerance;
        for (int k = 0; k < MAX_ITERATIONS && Math.abs(next - current) > tolerance; k++) {
            current = next;
            double foreN = 0;
            double foreSum = 0;
            for (int i = counts.length - 1; i >= 0 && centers[i] > current; i--) {
                foreN += counts[i];
                foreSum += sums[i];
            }
            double fore = foreSum / foreN;
            double back = (total - foreSum) / (n - foreN);
            next = (back - fore) / (Math.log(back) - Math.log(fore));
        }
        return next;
    }

    /** One run's counts and sums of {@code v − min} per bin. */
    private static final class Binned {
        final long[] counts = new long[FLOAT_BINS];
        final double[] sums = new double[FLOAT_BINS];

        void add(float[] slice, double min, double scale) {
            for (float v : slice) {
                if (v == v) {
                    double d = v - min;
                    int i = Math.min(FLOAT_BINS - 1, (int) (d * scale));
                    counts[i]++;
                    sums[i] += d;
                }
            }
        }
    }
}
