package io.github.stack3d.segment;

import io.github.stack3d.Checks;
import io.github.stack3d.SampleType;
import io.github.stack3d.SliceSource;

/**
 * Otsu's threshold (N. Otsu, "A threshold selection method from gray-level histograms", IEEE Trans. SMC 9, 1979)
 * of the whole stack's histogram: the split that maximises the between-class variance
 * {@code w1·w2·(m1 − m2)²}.
 *
 * <p>The histogram and the arithmetic follow {@code skimage.filters.threshold_otsu} (scikit-image 0.19, numpy
 * 1.24), so the split is the same voxel for voxel: integer volumes get one bin per value from the smallest to the
 * largest voxel (for 8-bit data the 256 grey values, for 16-bit the 65536, minus the empty ends); float volumes
 * get 256 equal bins over the data range with numpy's float32 bin edges and centres; ties go to the lowest
 * threshold. NaN voxels are skipped.
 *
 * <p>scikit-image returns a bin centre {@code t} and calls {@code image > t} the foreground. {@link #threshold}
 * returns instead the level {@code atLeast} needs to select exactly that foreground: {@code t + 0.5} for 8- and
 * 16-bit data (a level between two grey values, which is also a good marching-cubes iso level), and the
 * smallest float above {@code t} for float data.
 */
public final class Otsu {

    private Otsu() {
    }

    /**
     * The Otsu level of the whole stack: {@code Threshold.atLeast(volume, threshold(volume))} selects exactly the
     * voxels that {@code skimage.filters.threshold_otsu} puts above its threshold. For the ImageJ "MRI Stack"
     * sample scikit-image gives 35, and this gives 35.5. Integer stacks are read once (the histogram of every
     * value, whose ends are the data range); float stacks twice (the range, then 256 bins over it).
     *
     * @param volume 8-bit, 16-bit or float values (or a mask), in memory or on disk, holding at least two
     *               different values
     * @return {@code t + 0.5} for integer data, the next float above {@code t} for float data, where {@code t} is
     *         scikit-image's threshold
     * @throws IllegalArgumentException when every voxel has the same value (there is nothing to split), a float
     *                                  volume holds an infinite value or only NaN, or the stack holds labels
     */
    public static double threshold(SliceSource volume) {
        ThresholdBins bins = ThresholdBins.of(volume, "Otsu");
        return bins.level(bins.centers()[bestSplit(bins.counts(), bins.centers())]);
    }

    /**
     * The Otsu level of an integer stack from the counts of each of its values, {@code counts[v]} voxels of value
     * {@code v} ({@link Histogram#values}): the same level as {@link #threshold(SliceSource)}, for a job that
     * counts the values of parts of a stack apart (one task per slab) and sums them.
     *
     * @param counts voxels per value {@code 0 .. type max}, of at least two different values
     * @param type   {@link SampleType#BIT}, {@link SampleType#UINT8} or {@link SampleType#UINT16}
     * @param what   the stack, as error messages name it
     * @throws IllegalArgumentException when every voxel has the same value, or the counts do not fit the type
     */
    public static double threshold(long[] counts, SampleType type, String what) {
        Checks.requireNonNull(counts, "counts");
        Checks.requireNonNull(type, "type");
        if (!type.isInteger() || type == SampleType.INT32 || counts.length != (int) type.max() + 1) {
            throw new IllegalArgumentException("counts has " + counts.length + " values for " + type
                    + "; expected one per value of bit, 8- or 16-bit data (2, 256 or 65536)");
        }
        ThresholdBins bins = ThresholdBins.ofValues(counts, type, what, "Otsu");
        return bins.level(bins.centers()[bestSplit(bins.counts(), bins.centers())]);
    }

    /**
     * The bin {@code i} that maximises {@code w1[i]·w2[i+1]·(m1[i] − m2[i+1])²}, with the class weights and means
     * summed in the order scikit-image sums them (cumulative sums from the left for class 1, from the right for
     * class 2), so that near-ties resolve as there; the first maximum wins.
     */
    static int bestSplit(long[] counts, double[] centers) {
        int n = counts.length;
        double[] weight2 = new double[n];
        double[] mean2 = new double[n];
        double w = 0;
        double s = 0;
        for (int i = n - 1; i >= 0; i--) {
            w += counts[i];
            s += counts[i] * centers[i];
            weight2[i] = w;
            mean2[i] = s / w;
        }
        int best = 0;
        double bestVariance = Double.NEGATIVE_INFINITY;
        double weight1 = 0;
        double sum1 = 0;
        for (int i = 0; i < n - 1; i++) {
            weight1 += counts[i];
            sum1 += counts[i] * centers[i];
            double d = sum1 / weight1 - mean2[i + 1];
            double variance = weight1 * weight2[i + 1] * (d * d);
            if (variance > bestVariance) {
                bestVariance = variance;
                best = i;
            }
        }
        return best;
    }
}
