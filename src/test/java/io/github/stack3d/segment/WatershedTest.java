package io.github.stack3d.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Grid;
import io.github.stack3d.Labels;
import io.github.stack3d.Mask;
import io.github.stack3d.Parallel;
import io.github.stack3d.Region;
import io.github.stack3d.Stack3D;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WatershedTest {

    /** Balls of physical radius r at physical centres (x, y, z), on a w × h × d grid. */
    static Mask balls(int w, int h, int d, Grid g, double r, double[]... centres) {
        return ComponentsTest.shape(w, h, d, g, (x, y, z) -> {
            for (double[] c : centres) {
                double dx = x * g.sx() - c[0];
                double dy = y * g.sy() - c[1];
                double dz = z * g.sz() - c[2];
                if (dx * dx + dy * dy + dz * dz <= r * r) {
                    return true;
                }
            }
            return false;
        });
    }

    /** Every voxel's label, slice after slice. */
    static int[][] voxels(Labels l) {
        int[][] out = new int[l.depth()][];
        for (int z = 0; z < l.depth(); z++) {
            out[z] = l.ints(z).clone();
        }
        return out;
    }

    /**
     * The case: balls of radius 20 with centres 30 voxels apart (x = 25 and 55; mid-plane x = 40), joined
     * by a neck of radius √(20² − 15²) ≈ 13.2. Two labels of nearly equal size, every voxel of each on its own side
     * of the mid-plane to within a voxel, together the whole mask.
     */
    @Test
    void twoOverlappingBallsSplitAtTheNeck() {
        Mask m = balls(81, 47, 47, Grid.PIXELS, 20, new double[] {25, 23, 23}, new double[] {55, 23, 23});
        Labels l = Watershed.split(m, 10, 26);
        assertEquals(2, l.count(), l.toString());
        long a = l.voxels(1);
        long b = l.voxels(2);
        assertEquals(m.count(), a + b);
        assertTrue(Math.abs(a - b) <= 0.03 * a, a + " vs " + b + " voxels");
        assertTrue(Math.abs(a - b) <= countAtX(m, 40), "apart by at most the mid-plane's voxels");
        Region r1 = l.region(1);
        Region r2 = l.region(2);
        Region left = r1.minX() < r2.minX() ? r1 : r2;
        Region right = left == r1 ? r2 : r1;
        assertEquals(5, left.minX());
        assertEquals(75, right.maxX());
        assertTrue(left.maxX() <= 41 && right.minX() >= 39, left + " / " + right);
        // the cut is the neck's plane: the mid-plane's voxels are all there is between the two labels
        assertTrue(left.maxX() >= 39 && right.minX() <= 41, left + " / " + right);
    }

    /**
     * Balls of radius 20 µm along z on a grid of 1 × 1 × 2 µm, centres 32 µm apart (slices 12 and 28), flooded
     * 26- and 6-connected: every voxel of each label on its side of the mid-plane (slice 20) to within a slice, the
     * sizes apart by no more than that slice's voxels (which lie at the same distance from both centres).
     */
    @Test
    void anisotropicSpacingCutsAtThePhysicalMidPlane() {
        Grid g = Grid.of(1, 1, 2, "µm");
        Mask m = balls(47, 47, 41, g, 20, new double[] {23, 23, 24}, new double[] {23, 23, 56});
        for (int connectivity : new int[] {6, 26}) {
            Labels l = Watershed.split(m, 10, connectivity);
            assertEquals(2, l.count(), "connectivity " + connectivity);
            long a = l.voxels(1);
            long b = l.voxels(2);
            assertEquals(m.count(), a + b);
            assertTrue(Math.abs(a - b) <= m.count(20), a + " vs " + b + " voxels; mid-plane " + m.count(20));
            Region low = l.region(1).minZ() < l.region(2).minZ() ? l.region(1) : l.region(2);
            Region high = low == l.region(1) ? l.region(2) : l.region(1);
            assertTrue(low.maxZ() <= 21 && high.minZ() >= 19, low + " / " + high);
        }
    }

    @Test
    void aSingleBallStaysOneObject() {
        Mask m = balls(41, 41, 41, Grid.PIXELS, 15, new double[] {20, 20, 20});
        for (double minDistance : new double[] {1, 5, 14}) {
            Labels l = Watershed.split(m, minDistance, 26);
            assertEquals(1, l.count(), "minDistance " + minDistance);
            assertEquals(m.count(), l.voxels(1));
        }
    }

    /** Three balls in a row, each overlapping the next: three labels, the middle one between the others. */
    @Test
    void threeBallsInARowGiveThree() {
        Mask m = balls(111, 47, 47, Grid.PIXELS, 20, new double[] {25, 23, 23}, new double[] {55, 23, 23},
                new double[] {85, 23, 23});
        Labels l = Watershed.split(m, 10, 26);
        assertEquals(3, l.count(), l.toString());
        assertEquals(m.count(), l.voxels(1) + l.voxels(2) + l.voxels(3));
        assertEquals(3, l.get(55, 23, 23), "the middle one, cut on both sides, is the smallest");
        for (int x : new int[] {25, 55, 85}) {
            int label = l.get(x, 23, 23);
            Region r = l.region(label);
            assertTrue(r.minX() >= x - 21 && r.maxX() <= x + 21 && Math.abs((r.minX() + r.maxX()) / 2.0 - x) <= 15,
                    "ball at x = " + x + ": " + r);
        }
        long ends = l.voxels(1) - l.voxels(2);
        assertTrue(Math.abs(ends) <= 0.03 * l.voxels(1), "the two end balls: " + l.voxels(1) + ", " + l.voxels(2));
    }

    @Test
    void anEmptyMaskHasNoObject() {
        Mask m = Mask.of(10, 7, new long[4][2], Grid.PIXELS);
        Labels l = Watershed.split(m, 3, 26);
        assertEquals(0, l.count());
        assertEquals(0, l.voxels(0) - 280);
        assertEquals(10, l.width());
    }

    @Test
    void aFullMaskIsOneObject() {
        long[][] bits = new long[3][2];
        for (long[] b : bits) {
            RunLabels.setRange(b, 0, 70);
        }
        Labels l = Watershed.split(Mask.of(10, 7, bits, Grid.PIXELS), 2, 6);
        assertEquals(1, l.count());
        assertEquals(210, l.voxels(1));
    }

    /** With an infinite minDistance each component gets one marker: exactly the components, numbered alike. */
    @Test
    void infiniteMinDistanceGivesTheComponents() {
        Random rnd = new Random(9);
        for (int connectivity : new int[] {6, 18, 26}) {
            Mask m = Scipy.blobs(rnd, 37, 29, 23, 9, Grid.of(1, 0.8, 1.5, "mm"));
            Labels expected = Components.labels(m, connectivity);
            Labels l = Watershed.split(m, Double.POSITIVE_INFINITY, connectivity);
            assertEquals(expected.count(), l.count(), "connectivity " + connectivity);
            for (int z = 0; z < m.depth(); z++) {
                assertArrayEquals(expected.ints(z), l.ints(z), "connectivity " + connectivity + ", slice " + z);
            }
        }
    }

    /** Random blobs, split with one thread and with several: identical labels, every foreground voxel labelled. */
    @Test
    void sameLabelsForAnyThreadCount() {
        Mask m = Scipy.blobs(new Random(4), 70, 61, 45, 25, Grid.of(1, 1, 1.3, "µm"));
        int threads = Parallel.threads();
        int[][] one;
        try {
            Parallel.threads(1);
            one = voxels(Watershed.split(m, 4, 26));
        } finally {
            Parallel.threads(threads);
        }
        Parallel.threads(Math.max(2, threads));
        try {
            Labels many = Watershed.split(m, 4, 26);
            assertTrue(many.count() > 5, many.toString());
            for (int z = 0; z < m.depth(); z++) {
                assertArrayEquals(one[z], many.ints(z), "slice " + z);
                for (int i = 0; i < m.sliceSize(); i++) {
                    assertEquals(m.get(i % m.width(), i / m.width(), z), one[z][i] != 0, "voxel " + i + ", slice " + z);
                }
            }
        } finally {
            Parallel.threads(threads);
        }
    }

    /** The facade: 26-connected by default, an overload with the connectivity, parameters named when wrong. */
    @Test
    void facadeSplitsTouchingObjects() {
        Mask m = balls(81, 47, 47, Grid.PIXELS, 20, new double[] {25, 23, 23}, new double[] {55, 23, 23});
        Labels l = Stack3D.splitObjects(m, 10);
        assertEquals(2, l.count());
        int[][] six = voxels(Stack3D.splitObjects(m, 10, 6));
        int[][] twentySix = voxels(Stack3D.splitObjects(m, 10, 26));
        for (int z = 0; z < m.depth(); z++) {
            assertArrayEquals(twentySix[z], l.ints(z), "slice " + z);
        }
        assertEquals(2, Stack3D.splitObjects(m, 10, 6).count());
        assertEquals(1, Stack3D.splitObjects(m, Double.POSITIVE_INFINITY).count(), "one component");
        assertEquals(m.count(), Arrays.stream(six).flatMapToInt(Arrays::stream).filter(v -> v != 0).count());
        assertMessage("minDistance is -2.0", () -> Stack3D.splitObjects(m, -2));
        assertMessage("minDistance is NaN", () -> Stack3D.splitObjects(m, Double.NaN, 6));
        assertMessage("connectivity is 4", () -> Stack3D.splitObjects(m, 3, 4));
        assertMessage("mask is null", () -> Stack3D.splitObjects(null, 3));
    }

    @Test
    void badParametersAreNamed() {
        Mask m = balls(9, 9, 9, Grid.PIXELS, 3, new double[] {4, 4, 4});
        assertMessage("minDistance is -1.0", () -> Watershed.split(m, -1, 26));
        assertMessage("minDistance is NaN", () -> Watershed.split(m, Double.NaN, 26));
        assertMessage("minDistance is 0.0", () -> Watershed.split(m, 0, 26));
        assertMessage("connectivity is 5", () -> Watershed.split(m, 2, 5));
        assertMessage("mask is null", () -> Watershed.split(null, 2, 26));
    }

    /** The sliding maximum against the plain maximum over each window, for every radius on random lines. */
    @Test
    void slidingMaximumIsTheWindowMaximum() {
        Random rnd = new Random(1);
        for (int n = 1; n < 40; n++) {
            int[] a = new int[n];
            for (int i = 0; i < n; i++) {
                a[i] = rnd.nextInt(6);
            }
            for (int r = 0; r <= n + 1; r++) {
                int[] max = new int[n];
                Peaks.slidingMax(a, n, r, max, new int[n]);
                for (int i = 0; i < n; i++) {
                    int expected = 0;
                    for (int j = Math.max(0, i - r); j <= Math.min(n - 1, i + r); j++) {
                        expected = Math.max(expected, a[j]);
                    }
                    assertEquals(expected, max[i], "n " + n + ", r " + r + ", i " + i);
                }
            }
        }
    }

    /** Box half-widths from a physical distance: at most (within) and strictly below (closer) it. */
    @Test
    void voxelCountsOfADistance() {
        assertEquals(30, Peaks.within(3.0, 0.1, 100), "3.0 / 0.1 is 29.999…: still 30 steps of 0.1");
        assertEquals(29, Peaks.closer(3.0, 0.1, 100));
        assertEquals(5, Peaks.within(10, 2, 100));
        assertEquals(4, Peaks.closer(10, 2, 100));
        assertEquals(0, Peaks.within(0.5, 1, 100));
        assertEquals(0, Peaks.closer(1, 1, 100));
        assertEquals(9, Peaks.within(Double.POSITIVE_INFINITY, 1, 10));
        assertEquals(9, Peaks.closer(Double.POSITIVE_INFINITY, 1, 10));
    }

    private static long countAtX(Mask m, int x) {
        long n = 0;
        for (int z = 0; z < m.depth(); z++) {
            for (int y = 0; y < m.height(); y++) {
                n += m.get(x, y, z) ? 1 : 0;
            }
        }
        return n;
    }

    private static void assertMessage(String part, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }
}
