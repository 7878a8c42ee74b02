package io.github.stack3d.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Grid;
import io.github.stack3d.Mask;
import io.github.stack3d.Parallel;
import io.github.stack3d.Volume;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistanceTransformTest {

    /** The O(n²) definition: the nearest voxel of the other class, summed in the documented order. */
    private static double[] bruteForce(Mask m) {
        int w = m.width();
        int h = m.height();
        int d = m.depth();
        Grid g = m.grid();
        double[] out = new double[w * h * d];
        for (int z = 0; z < d; z++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    boolean fg = m.get(x, y, z);
                    double best = Double.POSITIVE_INFINITY;
                    for (int z2 = 0; z2 < d; z2++) {
                        for (int y2 = 0; y2 < h; y2++) {
                            for (int x2 = 0; x2 < w; x2++) {
                                if (m.get(x2, y2, z2) != fg) {
                                    double a = (x2 - x) * g.sx();
                                    double b = (y2 - y) * g.sy();
                                    double c = (z2 - z) * g.sz();
                                    best = Math.min(best, a * a + b * b + c * c);
                                }
                            }
                        }
                    }
                    out[(z * h + y) * w + x] = fg ? Math.sqrt(best) : -Math.sqrt(best);
                }
            }
        }
        return out;
    }

    private static void assertSame(double[] expected, Volume actual, double tolerance, String what) {
        int n = actual.sliceSize();
        for (int z = 0; z < actual.depth(); z++) {
            float[] s = actual.floats(z);
            for (int i = 0; i < n; i++) {
                double e = expected[z * n + i];
                assertEquals(e, s[i], tolerance, what + ": voxel (" + i % actual.width() + ", " + i / actual.width()
                        + ", " + z + ")");
            }
        }
    }

    @Test
    void equalsTheBruteForceDefinitionOnAnisotropicGrids() {
        Random rnd = new Random(7);
        for (Grid g : new Grid[] {Grid.PIXELS, Grid.of(0.7, 1.3, 2.1, "µm"), Grid.of(2, 1, 0.5, "mm")}) {
            for (double p : new double[] {0.02, 0.3, 0.9}) {
                Mask m = Scipy.random(rnd, 13, 11, 9, p, g);
                if (m.count() == 0 || m.count() == m.voxelCount()) {
                    continue;
                }
                double[] expected = bruteForce(m);
                Volume dist = DistanceTransform.signed(m);
                assertEquals(g, dist.grid());
                // float output of the exact double distance: the same float as the definition's
                int n = m.sliceSize();
                for (int z = 0; z < m.depth(); z++) {
                    for (int i = 0; i < n; i++) {
                        assertEquals((float) expected[z * n + i], dist.floats(z)[i], g + " p " + p + " voxel " + i
                                + " of slice " + z);
                    }
                }
            }
        }
    }

    /** A single background voxel in a 5×5×5 cube: the distance at the corner is √(4² + 4² + 4²) with unit spacing. */
    @Test
    void handMadeCube() {
        boolean[][] s = new boolean[5][25];
        for (boolean[] slice : s) {
            java.util.Arrays.fill(slice, true);
        }
        s[2][2 * 5 + 2] = false;
        Volume d = DistanceTransform.signed(Mask.ofBooleans(5, 5, s, Grid.of(1, 1, 3, "µm")));
        assertEquals(-1f, d.floats(2)[12], "the hole is 1 µm from its x neighbours");
        assertEquals(1f, d.floats(2)[11]);
        assertEquals(3f, d.floats(1)[12], "the voxel above is 3 µm away");
        assertEquals((float) Math.sqrt(4 + 4 + 36), d.floats(0)[0]);
    }

    @Test
    void sameForAnyNumberOfThreads() {
        Mask m = Scipy.blobs(new Random(3), 70, 33, 21, 6, Grid.of(0.5, 0.5, 1.25, "µm"));
        int threads = Parallel.threads();
        try {
            Parallel.threads(1);
            Volume one = DistanceTransform.signed(m);
            Parallel.threads(3);
            Volume three = DistanceTransform.signed(m);
            for (int z = 0; z < m.depth(); z++) {
                assertTrue(java.util.Arrays.equals(one.floats(z), three.floats(z)), "slice " + z);
            }
        } finally {
            Parallel.threads(threads);
        }
    }

    @Test
    void emptyOrFullMaskIsRejected() {
        Mask empty = Mask.of(4, 4, new long[2][1], Grid.PIXELS);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DistanceTransform.signed(empty)).getMessage()
                .contains("empty"));
        long[][] full = new long[2][1];
        full[0][0] = full[1][0] = 0xFFFFL;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DistanceTransform.signed(Mask.of(4, 4, full,
                Grid.PIXELS))).getMessage().contains("full"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DistanceTransform.signed(null)).getMessage()
                .contains("null"));
    }

    /** scipy's distance_transform_edt with sampling (z, y, x), inside minus outside, on random blobs. */
    @Test
    void matchesScipyDistanceTransformEdt(@TempDir Path dir) throws IOException {
        Mask m = Scipy.blobs(new Random(11), 47, 39, 23, 8, Grid.of(0.7, 0.5, 2.0, "µm"));
        Scipy.run(m, """
                out = ndi.distance_transform_edt(m, sampling=sampling) - ndi.distance_transform_edt(~m, sampling=sampling)
                out.astype('<f8').tofile('edt.raw')
                """, dir);
        double[] expected = Scipy.readDoubles(dir.resolve("edt.raw"));
        assertEquals(m.voxelCount(), expected.length);
        assertSame(expected, DistanceTransform.signed(m), 1e-5, "scipy");
        long inside = 0;
        for (double v : expected) {
            inside += v > 0 ? 1 : 0;
        }
        assertEquals(m.count(), inside, "scipy's positive voxels are the mask");
    }

    @Test
    void anOnDemandMaskGivesTheSameMap() {
        Mask stored = Scipy.random(new Random(5), 9, 7, 5, 0.5, Grid.PIXELS);
        Mask lazy = Mask.onDemand(9, 7, 5, Grid.PIXELS, z -> stored.bits(z).clone());
        Volume a = DistanceTransform.signed(stored);
        Volume b = DistanceTransform.signed(lazy);
        for (int z = 0; z < 5; z++) {
            assertTrue(java.util.Arrays.equals(a.floats(z), b.floats(z)), "slice " + z);
        }
    }
}
