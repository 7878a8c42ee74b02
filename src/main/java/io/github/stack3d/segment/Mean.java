package io.github.stack3d.segment;

import io.github.stack3d.SliceSource;

/**
 * The mean threshold (C. A. Glasbey, "An analysis of histogram-based thresholding algorithms", CVGIP 55, 1993):
 * the mean of every voxel, as {@code skimage.filters.threshold_mean}; the voxels above it are the foreground.
 * Integer data are summed exactly from the histogram of values (scikit-image's float64 sum is exact there too);
 * float data in double precision, slice by slice (scikit-image sums float32 data in float32, a few ulps away).
 * NaN voxels are skipped.
 */
public final class Mean {

    private Mean() {
    }

    /**
     * The mean level of the whole stack: {@code Threshold.atLeast(volume, threshold(volume))} selects the voxels
     * above the mean {@code m}.
     *
     * @param volume 8-bit, 16-bit or float values, in memory or on disk, holding at least two different values
     * @return {@code floor(m) + 0.5} for integer data, the smallest float above {@code m} for float data
     * @throws IllegalArgumentException when the volume is null, holds labels or a single value, or is float data
     *                                  holding an infinite value or only NaN
     */
    public static double threshold(SliceSource volume) {
        if (ThresholdBins.requireGrey(volume, "the mean threshold").isInteger()) {
            ThresholdBins bins = ThresholdBins.of(volume, "the mean threshold");
            long n = 0;
            long sum = 0;
            for (int i = 0; i < bins.counts().length; i++) {
                n += bins.counts()[i];
                sum += bins.counts()[i] * (long) bins.centers()[i];
            }
            return bins.level((double) sum / n);
        }
        ThresholdBins.finiteRange(volume, "the mean threshold");
        double n = 0;
        double sum = 0;
        for (double[] s : Histogram.fold(volume, () -> new double[2], (s, z) -> {
            for (float v : volume.floats(z)) {
                if (v == v) {
                    s[0]++;
                    s[1] += v;
                }
            }
        })) {
            n += s[0];
            sum += s[1];
        }
        return ThresholdBins.level(sum / n, volume.type());
    }
}
