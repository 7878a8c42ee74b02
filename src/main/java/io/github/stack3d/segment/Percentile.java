package io.github.stack3d.segment;

import io.github.stack3d.SliceSource;

/**
 * The value below which {@code p} percent of the voxels lie, exactly as {@code numpy.percentile(volume, p)}
 * (numpy 1.24, method "linear"): the voxels sorted, the value at fractional rank {@code (n − 1)·p / 100},
 * interpolated between its two neighbours as numpy does. NaN voxels are skipped (numpy would return NaN).
 *
 * <p>No voxel is sorted or copied. Integer data: the ranks are read off the histogram of values (one pass). Float
 * data: a radix selection on the float's bits, ordered as integers: one pass counts the top 16 bits, a second the
 * low 16 bits of the voxels in the one or two buckets that hold the wanted ranks, which gives those voxels'
 * values exactly.
 */
public final class Percentile {

    private static final int BUCKETS = 1 << 16;

    private Percentile() {
    }

    /**
     * The {@code p}-th percentile of the whole stack, {@code numpy.percentile(volume, p)}.
     *
     * @param volume 8-bit, 16-bit or float values, in memory or on disk
     * @param p      the percentage, 0..100
     * @return the value, between the two voxels nearest rank {@code (n − 1)·p / 100}
     * @throws IllegalArgumentException when {@code p} is outside 0..100 or NaN, or the volume holds labels, is
     *                                  null, or holds only NaN
     */
    public static double of(SliceSource volume, double p) {
        if (!(p >= 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile p is " + Threshold.number(p) + "; expected 0..100");
        }
        boolean integer = ThresholdBins.requireGrey(volume, "a percentile").isInteger();
        long[] counts = integer ? Histogram.values(volume) : buckets(volume, -1, -1)[0];
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        if (n == 0) {
            throw new IllegalArgumentException("a percentile needs a number; every voxel of " + volume + " is NaN");
        }
        double rank = (n - 1) * (p / 100);
        long below;
        long above;
        if (rank >= n - 1) {
            below = n - 1;
            above = n - 1;
        } else {
            below = (long) Math.floor(rank);
            above = below + 1;
        }
        double gamma = rank - below;
        double a;
        double b;
        if (integer) {
            a = rankIn(counts, below)[0];
            b = rankIn(counts, above)[0];
        } else {
            long[] first = rankIn(counts, below);
            long[] second = rankIn(counts, above);
            long[][] low = buckets(volume, (int) first[0], (int) second[0]);
            a = value((int) first[0], (int) rankIn(low[0], first[1])[0]);
            b = value((int) second[0], (int) rankIn(low[1], second[1])[0]);
        }
        double d = b - a;
        return gamma >= 0.5 ? b - d * (1 - gamma) : a + d * gamma;
    }

    /** The bin holding the voxel of 0-based {@code rank} and that voxel's rank within the bin. */
    private static long[] rankIn(long[] counts, long rank) {
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            if (rank < seen + counts[i]) {
                return new long[] {i, rank - seen};
            }
            seen += counts[i];
        }
        throw new IllegalStateException("rank " + rank + " beyond " + seen + " voxels");
    }

    /**
     * With {@code top < 0}: the counts of the non-NaN voxels per top 16 bits of their {@link #key}. Otherwise the
     * counts per low 16 bits of the voxels whose top 16 bits are {@code top}, and of those whose top 16 bits are
     * {@code top2}.
     */
    private static long[][] buckets(SliceSource volume, int top, int top2) {
        long[][] total = new long[2][BUCKETS];
        for (long[][] h : Histogram.fold(volume, () -> new long[2][BUCKETS], (h, z) -> {
            for (float v : volume.floats(z)) {
                if (v == v) {
                    int k = key(v);
                    if (top < 0) {
                        h[0][k >>> 16]++;
                    } else {
                        if (k >>> 16 == top) {
                            h[0][k & 0xFFFF]++;
                        }
                        if (k >>> 16 == top2) {
                            h[1][k & 0xFFFF]++;
                        }
                    }
                }
            }
        })) {
            for (int i = 0; i < BUCKETS; i++) {
                total[0][i] += h[0][i];
                total[1][i] += h[1][i];
            }
        }
        return total;
    }

    /** The float's bits as an int whose unsigned order is the order of the floats (−0 just below +0). */
    private static int key(float v) {
        int bits = Float.floatToRawIntBits(v);
        return bits ^ (bits >> 31 | Integer.MIN_VALUE);
    }

    private static double value(int top, int low) {
        int k = top << 16 | low;
        return Float.intBitsToFloat(k < 0 ? k ^ Integer.MIN_VALUE : ~k);
    }
}
