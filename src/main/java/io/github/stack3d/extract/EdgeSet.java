package io.github.stack3d.extract;

/**
 * The crossed edges of one family (x-edges or y-edges of a plane, or z-edges between two planes) as a bit set
 * per row, with prefix counts so that the vertex on a crossed edge is numbered by its rank: vertex index =
 * {@code base + prefix[word] + bitCount(bits below it in its word)}. No per-edge index array is needed, which
 * keeps extraction's memory at a few bits per voxel of a slice.
 */
final class EdgeSet {

    final long[] bits;
    private final int[] prefix;
    private final int wordsPerRow;
    private int base;
    private int count;

    EdgeSet(int rows, int wordsPerRow) {
        this.bits = new long[rows * wordsPerRow];
        this.prefix = new int[rows * wordsPerRow];
        this.wordsPerRow = wordsPerRow;
    }

    /** Numbers the set bits in row-major order starting at {@code base}; returns the number of edges. */
    int number(int base) {
        this.base = base;
        int c = 0;
        for (int w = 0; w < bits.length; w++) {
            prefix[w] = c;
            c += Long.bitCount(bits[w]);
        }
        this.count = c;
        return c;
    }

    /** The vertex index on the crossed edge at {@code (row, bit)}. */
    int index(int row, int bit) {
        int w = row * wordsPerRow + (bit >>> 6);
        return base + prefix[w] + Long.bitCount(bits[w] & ((1L << bit) - 1));
    }

    /** Number of crossed edges, after {@link #number}. */
    int count() {
        return count;
    }
}
