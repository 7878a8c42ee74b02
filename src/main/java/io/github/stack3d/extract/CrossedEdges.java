package io.github.stack3d.extract;

/**
 * One family of a plane's crossed edges (its x-edges, its y-edges, or the z-edges between two planes), as
 * {@link SlabExtractor} numbers them: per word of padded rows, the crossings (bit i: the edge from column i is
 * crossed) and the number of the first vertex on them. The vertex on a crossed edge is then its word's first
 * number plus the crossings below it in the word, with no per-edge array; the words are kept, not recomputed, so
 * a cube's vertex numbers are two loads and a bit count each.
 */
final class CrossedEdges {

    private final int words;
    private final int rows;
    /** Crossed edges per row word, row by row. */
    final long[] cross;
    /** The number of the first vertex on each row word's crossed edges. */
    final int[] first;

    /** Room for {@code rows} padded rows of {@code words} words. */
    CrossedEdges(int rows, int words) {
        this.words = words;
        this.rows = rows;
        this.cross = new long[rows * words];
        this.first = new int[rows * words];
    }

    /**
     * The x-edges of {@code plane} (voxels i and i + 1 of a row differ) within {@code mask}, numbered from
     * {@code next}; returns the number after the last.
     */
    int numberX(long[] plane, long[] mask, int next) {
        for (int r = 0; r < rows; r++) {
            next = numberX(plane, mask, r * words, next);
        }
        return next;
    }

    /*
     * One method per row, here and below, so that a fresh JVM compiles the rows' loops within the first plane
     * rather than interpreting whole planes until the planes' loop is compiled on the stack.
     */
    private int numberX(long[] plane, long[] mask, int row, int next) {
        int last = words - 1;
        for (int w = 0; w < last; w++) {
            next = put(row + w, xCrossings(plane[row + w], plane[row + w + 1], mask[w]), next);
        }
        return put(row + last, xCrossings(plane[row + last], 0L, mask[last]), next);
    }

    /** The x-edges of row word {@code p} within {@code mask}, {@code after} the row's next word (0 after its last). */
    private static long xCrossings(long p, long after, long mask) {
        return (p ^ (p >>> 1 | after << 63)) & mask;
    }

    /**
     * The y-edges of {@code plane} (rows r and r + 1 differ) within {@code mask}, of rows {@code from} to
     * {@code to} (exclusive; the others have none), numbered from {@code next}; returns the number after the last.
     */
    int numberY(long[] plane, long[] mask, int from, int to, int next) {
        for (int r = 0; r < rows; r++) {
            int row = r * words;
            next = r >= from && r < to ? numberDiffering(plane, plane, mask, row, row + words, next) : none(row, next);
        }
        return next;
    }

    private int none(int row, int next) {
        for (int w = 0; w < words; w++) {
            next = put(row + w, 0L, next);
        }
        return next;
    }

    /** The z-edges between planes {@code lo} and {@code hi} within {@code mask}, numbered from {@code next}. */
    int numberZ(long[] lo, long[] hi, long[] mask, int next) {
        for (int r = 0; r < rows; r++) {
            next = numberDiffering(lo, hi, mask, r * words, r * words, next);
        }
        return next;
    }

    /**
     * Numbers from {@code next} the differing bits within {@code mask} of a row of {@code a} from {@code at} and one
     * of {@code b} from {@code bt}, as the crossings of the row from {@code at}; returns the number after the last.
     */
    private int numberDiffering(long[] a, long[] b, long[] mask, int at, int bt, int next) {
        for (int w = 0; w < words; w++) {
            next = put(at + w, (a[at + w] ^ b[bt + w]) & mask[w], next);
        }
        return next;
    }

    /*
     * The counts below are what the numbering methods return less their start, keeping nothing, for planes of
     * {@code rows} rows of {@code words} words: the counting pass needs no numbers, so it holds none of these arrays.
     */

    /** The number of x-edges {@link #numberX} would number. */
    static int countX(long[] plane, long[] mask, int rows, int words) {
        int n = 0;
        for (int r = 0; r < rows; r++) {
            n += countRow(plane, mask, r * words, words);
        }
        return n;
    }

    private static int countRow(long[] plane, long[] mask, int row, int words) {
        int n = 0;
        int last = words - 1;
        for (int w = 0; w < last; w++) {
            n += Long.bitCount(xCrossings(plane[row + w], plane[row + w + 1], mask[w]));
        }
        return n + Long.bitCount(xCrossings(plane[row + last], 0L, mask[last]));
    }

    /** The number of y-edges {@link #numberY} would number. */
    static int countY(long[] plane, long[] mask, int from, int to, int words) {
        int n = 0;
        for (int r = from; r < to; r++) {
            n += differing(plane, plane, mask, r * words, r * words + words, words);
        }
        return n;
    }

    /** The number of z-edges {@link #numberZ} would number. */
    static int countZ(long[] lo, long[] hi, long[] mask, int rows, int words) {
        int n = 0;
        for (int r = 0; r < rows; r++) {
            n += differing(lo, hi, mask, r * words, r * words, words);
        }
        return n;
    }

    /** The differing bits within {@code mask} of a row of {@code a} from {@code at} and one of {@code b}. */
    private static int differing(long[] a, long[] b, long[] mask, int at, int bt, int words) {
        int n = 0;
        for (int w = 0; w < words; w++) {
            n += Long.bitCount((a[at + w] ^ b[bt + w]) & mask[w]);
        }
        return n;
    }

    private int put(int at, long crossings, int next) {
        cross[at] = crossings;
        first[at] = next;
        return next + Long.bitCount(crossings);
    }

    /** The vertex number of the crossed edge at column {@code bit} of row {@code r}. */
    int rank(int r, int bit) {
        int at = r * words + (bit >>> 6);
        return first[at] + Long.bitCount(cross[at] & ((1L << bit) - 1));
    }
}
