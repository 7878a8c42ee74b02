package io.github.stack3d.segment;

import io.github.stack3d.Checks;
import io.github.stack3d.SampleType;
import io.github.stack3d.ValueRange;
import io.github.stack3d.Volume;
import java.util.stream.IntStream;

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

    private static final int FLOAT_BINS = 256;

    private Otsu() {
    }

    /**
     * The Otsu level of the whole stack: {@code Threshold.atLeast(volume, threshold(volume))} selects exactly the
     * voxels that {@code skimage.filters.threshold_otsu} puts above its threshold. For the ImageJ "MRI Stack"
     * sample scikit-image gives 35, and this gives 35.5.
     *
     * @param volume any sample type, holding at least two different values
     * @return {@code t + 0.5} for integer data, the next float above {@code t} for float data, where {@code t} is
     *         scikit-image's threshold
     * @throws IllegalArgumentException when every voxel has the same value (there is nothing to split), or a float
     *                                  volume holds an infinite value or only NaN
     */
    public static double threshold(Volume volume) {
        Checks.requireNonNull(volume, "volume");
        ValueRange range = volume.range();
        if (Double.isInfinite(range.min()) || Double.isInfinite(range.max())) {
            throw new IllegalArgumentException("Otsu needs finite values; " + volume + " holds values in " + range
                    + (range.min() > range.max() ? " (every voxel is NaN)" : ""));
        }
        if (range.min() == range.max()) {
            throw new IllegalArgumentException("Otsu needs at least two different values; every voxel of " + volume
                    + " is " + Threshold.number(range.min()));
        }
        if (volume.type().isInteger()) {
            int min = (int) range.min();
            long[] counts = integerHistogram(volume, min, (int) range.max());
            double[] centers = new double[counts.length];
            for (int i = 0; i < centers.length; i++) {
                centers[i] = min + i;
            }
            return centers[bestSplit(counts, centers)] + 0.5;
        }
        float[] edges = floatEdges((float) range.min(), (float) range.max());
        long[] counts = floatHistogram(volume, edges);
        double[] centers = new double[FLOAT_BINS];
        for (int i = 0; i < FLOAT_BINS; i++) {
            centers[i] = (edges[i] + edges[i + 1]) / 2f;
        }
        return Math.nextUp((float) centers[bestSplit(counts, centers)]);
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

    /** Counts of each value {@code min..max} of an 8- or 16-bit volume, summed over slices in parallel. */
    private static long[] integerHistogram(Volume volume, int min, int max) {
        boolean bytes = volume.type() == SampleType.UINT8;
        long[] all = IntStream.range(0, volume.depth()).parallel().collect(() -> new long[bytes ? 256 : 65536],
                (h, z) -> {
                    if (bytes) {
                        for (byte b : volume.bytes(z)) {
                            h[b & 0xFF]++;
                        }
                    } else {
                        for (short v : volume.shorts(z)) {
                            h[v & 0xFFFF]++;
                        }
                    }
                }, Otsu::add);
        long[] counts = new long[max - min + 1];
        System.arraycopy(all, min, counts, 0, counts.length);
        return counts;
    }

    /**
     * numpy's 256 bin edges over {@code [min, max]}: {@code linspace(min, max, 257)} computed in double
     * ({@code i·step + min}, the last edge exactly {@code max}) and rounded to float, as {@code np.histogram} makes
     * them for float32 data.
     */
    static float[] floatEdges(float min, float max) {
        double step = ((double) max - min) / FLOAT_BINS;
        float[] edges = new float[FLOAT_BINS + 1];
        for (int i = 0; i < FLOAT_BINS; i++) {
            edges[i] = (float) (i * step + min);
        }
        edges[FLOAT_BINS] = max;
        return edges;
    }

    /** Bin {@code i} holds {@code edges[i] <= v < edges[i + 1]}, the last bin also {@code max}; NaN is skipped. */
    private static long[] floatHistogram(Volume volume, float[] edges) {
        float min = edges[0];
        double scale = FLOAT_BINS / ((double) edges[FLOAT_BINS] - min);
        return IntStream.range(0, volume.depth()).parallel().collect(() -> new long[FLOAT_BINS], (h, z) -> {
            for (float v : volume.floats(z)) {
                if (v == v) {
                    h[bin(v, min, scale, edges)]++;
                }
            }
        }, Otsu::add);
    }

    private static int bin(float v, float min, double scale, float[] edges) {
        int i = Math.min(FLOAT_BINS - 1, Math.max(0, (int) ((v - (double) min) * scale)));
        while (i > 0 && v < edges[i]) {
            i--;
        }
        while (i < FLOAT_BINS - 1 && v >= edges[i + 1]) {
            i++;
        }
        return i;
    }

    private static void add(long[] into, long[] other) {
        for (int i = 0; i < into.length; i++) {
            into[i] += other[i];
        }
    }
}
