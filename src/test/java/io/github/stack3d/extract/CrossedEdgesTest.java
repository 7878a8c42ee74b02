package io.github.stack3d.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** CrossedEdges against a brute-force walk over every edge of random planes (one bit per voxel). */
class CrossedEdgesTest {

    private static final int ROWS = 7;
    private static final int WORDS = 3;
    private static final int BITS = 64 * WORDS;

    @Test
    void numbersEveryCrossedEdgeInRowOrderAndRanksAgree() {
        SplittableRandom random = new SplittableRandom(5);
        for (int round = 0; round < 20; round++) {
            long[] lo = plane(random);
            long[] hi = plane(random);
            long[] mask = plane(random);
            CrossedEdges x = new CrossedEdges(ROWS, WORDS);
            CrossedEdges y = new CrossedEdges(ROWS, WORDS);
            CrossedEdges z = new CrossedEdges(ROWS, WORDS);
            int start = random.nextInt(100);
            int afterX = x.numberX(lo, mask, start);
            int afterY = y.numberY(lo, mask, 1, ROWS - 2, afterX);
            int afterZ = z.numberZ(lo, hi, mask, afterY);
            int next = start;
            for (int r = 0; r < ROWS; r++) {
                for (int i = 0; i < BITS; i++) {
                    // x-edge from column i to i + 1 (none past the row's end: the padding is background)
                    boolean after = i + 1 < BITS && bit(lo, r, i + 1);
                    if (bit(mask, 0, i) && bit(lo, r, i) != after) {
                        assertEquals(next++, x.rank(r, i), "x-edge " + r + ", " + i);
                    }
                }
            }
            assertEquals(next, afterX, "x-edges");
            assertEquals(afterX - start, CrossedEdges.countX(lo, mask, ROWS, WORDS), "x-edges counted");
            for (int r = 0; r < ROWS; r++) {
                for (int i = 0; i < BITS; i++) {
                    if (r >= 1 && r < ROWS - 2 && bit(mask, 0, i) && bit(lo, r, i) != bit(lo, r + 1, i)) {
                        assertEquals(next++, y.rank(r, i), "y-edge " + r + ", " + i);
                    }
                }
            }
            assertEquals(next, afterY, "y-edges");
            assertEquals(afterY - afterX, CrossedEdges.countY(lo, mask, 1, ROWS - 2, WORDS), "y-edges counted");
            for (int r = 0; r < ROWS; r++) {
                for (int i = 0; i < BITS; i++) {
                    if (bit(mask, 0, i) && bit(lo, r, i) != bit(hi, r, i)) {
                        assertEquals(next++, z.rank(r, i), "z-edge " + r + ", " + i);
                    }
                }
            }
            assertEquals(next, afterZ, "z-edges");
            assertEquals(afterZ - afterY, CrossedEdges.countZ(lo, hi, mask, ROWS, WORDS), "z-edges counted");
        }
    }

    /** A random plane; used as a mask (one row of words for every row), only its first row matters. */
    private static long[] plane(SplittableRandom random) {
        long[] p = new long[ROWS * WORDS];
        for (int i = 0; i < p.length; i++) {
            p[i] = random.nextLong() & random.nextLong();
        }
        return p;
    }

    private static boolean bit(long[] plane, int r, int i) {
        return (plane[r * WORDS + i / 64] >>> (i % 64) & 1) != 0;
    }
}
