package io.github.stack3d.segment;

import io.github.stack3d.Mask;
import io.github.stack3d.Memory;
import io.github.stack3d.Parallel;
import java.util.Arrays;

/**
 * The Euclidean distance of every foreground voxel to the background ({@link DistanceTransform}, physical units),
 * replaced by its rank among the distinct distances that occur: level 1 is the smallest distance, {@link #count()}
 * the largest, 0 is background. Ranks keep the order and the ties of the distances, which is all that peaks and
 * flooding compare, and they index a bucket queue directly.
 *
 * <p>Each distance is rounded to a {@code float} first (as {@code DistanceTransform.signed} stores it), whose bits
 * order like the values; the distinct bits are gathered per slice in a hash set (slices in parallel), merged and
 * sorted, and each voxel's bits are looked up by binary search. The result does not depend on the thread count.
 */
final class DistanceLevels {

    private final int[][] levels;
    private final int count;

    private DistanceLevels(int[][] levels, int count) {
        this.levels = levels;
        this.count = count;
    }

    /**
     * The levels of {@code mask}, whose slices' bits are {@code bits}; the caller owns the arrays returned.
     *
     * @throws IllegalStateException when the levels (4 bytes a voxel) do not fit in the Java heap
     */
    static DistanceLevels of(Mask mask, long[][] bits) {
        Memory.require(4L * mask.voxelCount(), "the distance levels of " + mask);
        int[][] lev = new int[mask.depth()][mask.sliceSize()];
        DistanceTransform.transform(mask, bits, DistanceTransform.Part.INSIDE,
                (z, i, fg, d2) -> lev[z][i] = Float.floatToIntBits((float) Math.sqrt(d2)));
        int[][] distinct = new int[lev.length][];
        Parallel.forEach(lev.length, z -> distinct[z] = distinct(lev[z]));
        int[] all = Concat.of(distinct, int[]::new);
        Arrays.parallelSort(all);
        int unique = 0;
        for (int k = 0; k < all.length; k++) {
            if (k == 0 || all[k] != all[k - 1]) {
                all[unique++] = all[k];
            }
        }
        int[] values = Arrays.copyOf(all, unique);
        Parallel.forEach(lev.length, z -> rank(lev[z], values));
        return new DistanceLevels(lev, unique);
    }

    /** {@code levels()[z][y * width + x]}: 0 for background, 1..{@link #count()} for foreground. */
    int[][] levels() {
        return levels;
    }

    /** The number of distinct distances: the highest level. */
    int count() {
        return count;
    }

    /** The distinct non-zero values of {@code s}, sorted, through an open-addressing hash set (0 marks a free slot). */
    private static int[] distinct(int[] s) {
        int[] table = new int[1024];
        int n = 0;
        int last = 0;
        for (int v : s) {
            if (v == 0 || v == last) {
                continue;
            }
            last = v;
            if (insert(table, v)) {
                n++;
                if (2 * n > table.length) {
                    int[] bigger = new int[2 * table.length];
                    for (int t : table) {
                        if (t != 0) {
                            insert(bigger, t);
                        }
                    }
                    table = bigger;
                }
            }
        }
        int[] out = new int[n];
        int k = 0;
        for (int t : table) {
            if (t != 0) {
                out[k++] = t;
            }
        }
        Arrays.sort(out);
        return out;
    }

    /** Adds {@code v} to {@code table} (a power of two long, not full); true when it was not there. */
    private static boolean insert(int[] table, int v) {
        int m = table.length - 1;
        int h = (v * 0x9E3779B9) >>> 7 & m;
        while (table[h] != 0) {
            if (table[h] == v) {
                return false;
            }
            h = (h + 1) & m;
        }
        table[h] = v;
        return true;
    }

    /** Replaces each non-zero value of {@code s} by its rank in {@code values}, from 1. */
    private static void rank(int[] s, int[] values) {
        int last = 0;
        int rank = 0;
        for (int i = 0; i < s.length; i++) {
            int v = s[i];
            if (v != 0) {
                if (v != last) {
                    last = v;
                    rank = Arrays.binarySearch(values, v) + 1;
                }
                s[i] = rank;
            }
        }
    }
}
