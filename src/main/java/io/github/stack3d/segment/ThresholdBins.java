package io.github.stack3d.segment;

import io.github.stack3d.Checks;
import io.github.stack3d.SampleType;
import io.github.stack3d.SliceSource;
import io.github.stack3d.ValueRange;
import io.github.stack3d.Volume;

/**
 * The histogram scikit-image's thresholds work on ({@code skimage.exposure.histogram(image, 256,
 * source_range='image')}, scikit-image 0.19): integer data get one bin per value from the smallest to the largest
 * voxel (for 8-bit data at most the 256 grey values, for 16-bit at most 65,536), centred on the value; float data
 * get numpy's 256 equal bins over the data range ({@code np.histogram}, float32 edges) with float32 centres
 * {@code (edges[i] + edges[i + 1]) / 2}. NaN voxels are not counted.
 *
 * <p>scikit-image's thresholds return a value {@code t} and call {@code image > t} the foreground; {@link #level}
 * turns {@code t} into the level at or above which {@code Threshold.atLeast} selects exactly that foreground.
 *
 * @param counts  voxels per bin, the first and last bins not empty
 * @param centers the bin centres, increasing
 * @param type    the sample type the voxels had
 */
record ThresholdBins(long[] counts, double[] centers, SampleType type) {

    /**
     * The histogram of {@code volume} for the threshold called {@code method} (which error messages name).
     *
     * @throws IllegalArgumentException when the volume is null, holds labels, holds a single value (nothing to
     *                                  split), or is float data holding an infinite value or only NaN
     */
    static ThresholdBins of(SliceSource volume, String method) {
        SampleType type = requireGrey(volume, method);
        if (type.isInteger()) {
            return ofValues(Histogram.values(volume), type, volume.toString(), method);
        }
        ValueRange range = finiteRange(volume, method);
        float[] edges = Histogram.floatEdges((float) range.min(), (float) range.max());
        long[] counts = Histogram.floats(volume, edges);
        double[] centers = new double[Histogram.FLOAT_BINS];
        for (int i = 0; i < centers.length; i++) {
            centers[i] = (edges[i] + edges[i + 1]) / 2f;
        }
        return new ThresholdBins(counts, centers, type);
    }

    /**
     * The histogram of integer data from the counts of every value ({@link Histogram#values}) of the stack
     * {@code what} describes.
     */
    static ThresholdBins ofValues(long[] all, SampleType type, String what, String method) {
        int[] range = Histogram.occupied(all);
        int min = range[0];
        int max = range[1];
        requireTwoValues(what, method, min, max);
        long[] counts = java.util.Arrays.copyOfRange(all, min, max + 1);
        double[] centers = new double[counts.length];
        for (int i = 0; i < centers.length; i++) {
            centers[i] = min + i;
        }
        return new ThresholdBins(counts, centers, type);
    }

    /** The level for {@code t}, see {@link #level(double, SampleType)}. */
    double level(double t) {
        return level(t, type);
    }

    /**
     * The level at or above which exactly the voxels {@code > t} lie: {@code floor(t) + 0.5} for integer data (a
     * level between two grey values, also a good marching-cubes iso level), the smallest float above {@code t} for
     * float data.
     */
    static double level(double t, SampleType type) {
        if (type.isInteger()) {
            return Math.floor(t) + 0.5;
        }
        float f = (float) t;
        return f > t ? f : Math.nextUp(f);
    }

    /** The volume's sample type, after checking that it holds grey values (or bits) and is not null. */
    static SampleType requireGrey(SliceSource volume, String method) {
        Checks.requireNonNull(volume, "volume");
        if (volume.type() == SampleType.INT32) {
            throw new IllegalArgumentException(method + " splits grey values; " + volume + " holds labels");
        }
        return volume.type();
    }

    /** The value range of a float volume (its cached range when it has one), checked finite and not one value. */
    static ValueRange finiteRange(SliceSource volume, String method) {
        ValueRange range = volume instanceof Volume v ? v.range() : ValueRange.of(volume);
        if (Double.isInfinite(range.min()) || Double.isInfinite(range.max())) {
            throw new IllegalArgumentException(method + " needs finite values; " + volume + " holds values in "
                    + range + (range.min() > range.max() ? " (every voxel is NaN)" : ""));
        }
        requireTwoValues(volume.toString(), method, range.min(), range.max());
        return range;
    }

    private static void requireTwoValues(String volume, String method, double min, double max) {
        if (min == max) {
            throw new IllegalArgumentException(method + " needs at least two different values; every voxel of "
                    + volume + " is " + Threshold.number(min));
        }
    }
}
