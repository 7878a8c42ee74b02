package io.github.stack3d.segment;

import io.github.stack3d.Bits;
import io.github.stack3d.Checks;
import io.github.stack3d.Parallel;
import io.github.stack3d.SampleType;
import io.github.stack3d.SliceSource;
import io.github.stack3d.ValueRange;
import io.github.stack3d.Volume;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * A stack's histogram: bin {@code i} counts the voxels with {@code edges[i] <= v < edges[i + 1]} (the last bin
 * also {@code edges[bins]}). {@link #of} makes the bins a chart shows: 8-bit data one bin per grey value (256),
 * 16-bit data at most 256 bins of a whole number of values over the data range, float data numpy's 256 equal bins
 * over the data range (as {@link Otsu} uses them), masks 2 bins (0 and 1). NaN voxels are not counted.
 *
 * <p>Slices are counted in parallel runs, each with its own counts, and every slice is read once (float data:
 * once more for the range, unless the volume knows it). The counting helpers are what {@link Otsu} counts with.
 */
public final class Histogram {

    /** Bins of a float histogram, as numpy's default for {@code threshold_otsu}. */
    public static final int FLOAT_BINS = 256;

    private final double[] edges;
    private final long[] counts;

    private Histogram(double[] edges, long[] counts) {
        this.edges = edges;
        this.counts = counts;
    }

    /**
     * The histogram of a stack of grey values or a mask.
     *
     * @throws IllegalArgumentException when the stack is null or holds labels, or a float stack holds an infinite
     *                                  value or only NaN
     */
    public static Histogram of(SliceSource stack) {
        Checks.requireNonNull(stack, "stack");
        return switch (stack.type()) {
            case BIT -> new Histogram(new double[] {0, 1, 2}, values(stack));
            case UINT8 -> {
                double[] edges = new double[257];
                for (int i = 0; i <= 256; i++) {
                    edges[i] = i;
                }
                yield new Histogram(edges, values(stack));
            }
            case UINT16 -> wholeValues(values(stack));
            case FLOAT32 -> {
                ValueRange r = stack instanceof Volume v ? v.range() : ValueRange.of(stack);
                if (Double.isInfinite(r.min()) || Double.isInfinite(r.max())) {
                    throw new IllegalArgumentException("a histogram needs finite values; " + stack
                            + " holds values in " + r + (r.min() > r.max() ? " (every voxel is NaN)" : ""));
                }
                float lo = (float) r.min();
                float hi = r.max() > r.min() ? (float) r.max() : lo + 1;
                float[] e = floatEdges(lo, hi);
                double[] edges = new double[e.length];
                for (int i = 0; i < e.length; i++) {
                    edges[i] = e[i];
                }
                yield new Histogram(edges, floats(stack, e));
            }
            case INT32 -> throw new IllegalArgumentException("a histogram counts grey values; " + stack
                    + " holds labels");
        };
    }

    /**
     * The first and last value whose count is not zero in counts per value ({@code {0, 0}} when all are zero).
     */
    static int[] occupied(long[] all) {
        int min = 0;
        while (min < all.length - 1 && all[min] == 0) {
            min++;
        }
        int max = all.length - 1;
        while (max > min && all[max] == 0) {
            max--;
        }
        return new int[] {min, max};
    }

    /** 16-bit counts per value regrouped into at most 256 bins of {@code ceil(span / 256)} values each. */
    private static Histogram wholeValues(long[] all) {
        int[] range = occupied(all);
        int min = range[0];
        int max = range[1];
        int span = max - min + 1;
        int width = (span + 255) / 256;
        int bins = (span + width - 1) / width;
        double[] edges = new double[bins + 1];
        long[] counts = new long[bins];
        for (int i = 0; i <= bins; i++) {
            edges[i] = min + (double) i * width;
        }
        for (int v = min; v <= max; v++) {
            counts[(v - min) / width] += all[v];
        }
        return new Histogram(edges, counts);
    }

    /** Bin edges, {@code bins() + 1} of them, increasing; a copy. */
    public double[] edges() {
        return edges.clone();
    }

    /** Voxels per bin; a copy. */
    public long[] counts() {
        return counts.clone();
    }

    /** The number of bins. */
    public int bins() {
        return counts.length;
    }

    /** Counts of each value {@code 0..type max} of a bit, 8- or 16-bit stack, in one parallel pass. */
    public static long[] values(SliceSource volume) {
        SampleType type = volume.type();
        return histogram(volume, (int) type.max() + 1, (h, z) -> {
            Object slice = volume.slice(z);
            long counted = switch (type) {
                case BIT -> {
                    long ones = Bits.count((long[]) slice, volume.sliceSize());
                    h[1] += ones;
                    h[0] += volume.sliceSize() - ones;
                    yield volume.sliceSize();
                }
                case UINT8 -> {
                    for (byte b : (byte[]) slice) {
                        h[b & 0xFF]++;
                    }
                    yield volume.sliceSize();
                }
                case UINT16 -> {
                    for (short v : (short[]) slice) {
                        h[v & 0xFFFF]++;
                    }
                    yield volume.sliceSize();
                }
                case INT32, FLOAT32 -> throw new IllegalArgumentException(type + " has no integer histogram");
            };
            assert counted == volume.sliceSize();
        });
    }

    /**
     * numpy's 256 bin edges over {@code [min, max]}: {@code linspace(min, max, 257)} computed in double
     * ({@code i·step + min}, the last edge exactly {@code max}) and rounded to float, as {@code np.histogram} makes
     * them for float32 data.
     */
    public static float[] floatEdges(float min, float max) {
        double step = ((double) max - min) / FLOAT_BINS;
        float[] edges = new float[FLOAT_BINS + 1];
        for (int i = 0; i < FLOAT_BINS; i++) {
            edges[i] = (float) (i * step + min);
        }
        edges[FLOAT_BINS] = max;
        return edges;
    }

    /**
     * Counts of a float stack in the bins {@code edges} ({@value #FLOAT_BINS} bins): bin {@code i} holds
     * {@code edges[i] <= v < edges[i + 1]}, the last bin also {@code max}; NaN is skipped.
     */
    public static long[] floats(SliceSource volume, float[] edges) {
        float min = edges[0];
        double scale = FLOAT_BINS / ((double) edges[FLOAT_BINS] - min);
        return histogram(volume, FLOAT_BINS, (h, z) -> {
            for (float v : volume.floats(z)) {
                if (v == v) {
                    h[bin(v, min, scale, edges)]++;
                }
            }
        });
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

    /**
     * The sum of {@code add(h, z)} over every slice: runs of slices on the library's threads, each with its own
     * histogram of {@code bins} counts, each slice read once.
     */
    private static long[] histogram(SliceSource volume, int bins, ObjIntConsumer<long[]> add) {
        long[] total = new long[bins];
        for (long[] h : fold(volume, () -> new long[bins], add)) {
            for (int i = 0; i < bins; i++) {
                total[i] += h[i];
            }
        }
        return total;
    }

    /**
     * One pass over the slices in parallel runs of consecutive slices: each run starts from its own
     * {@code start.get()} and calls {@code add(partial, z)} for its slices in order; the partials in slice order.
     */
    static <T> List<T> fold(SliceSource volume, Supplier<T> start, ObjIntConsumer<T> add) {
        int depth = volume.depth();
        int runs = Math.min(depth, 2 * Parallel.threads());
        List<T> partial = new ArrayList<>(Collections.nCopies(runs, null));
        Parallel.forEach(runs, r -> {
            T p = start.get();
            for (int z = (int) ((long) r * depth / runs); z < (int) ((r + 1L) * depth / runs); z++) {
                add.accept(p, z);
            }
            partial.set(r, p);
        });
        return partial;
    }
}
