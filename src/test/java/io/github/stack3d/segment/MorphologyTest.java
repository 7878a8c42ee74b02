package io.github.stack3d.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Bits;
import io.github.stack3d.Grid;
import io.github.stack3d.Mask;
import io.github.stack3d.Parallel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MorphologyTest {

    private static final Grid[] GRIDS = {Grid.PIXELS, Grid.of(0.7, 1.3, 2.1, "µm"), Grid.of(0.5, 0.5, 1.5, "mm")};

    /** The definition: a voxel of the dilation has a foreground voxel at an offset of the ball. */
    private static Mask bruteDilate(Mask m, double r) {
        int w = m.width();
        int h = m.height();
        int d = m.depth();
        Grid g = m.grid();
        int rx = (int) (r / g.sx());
        int ry = (int) (r / g.sy());
        int rz = (int) (r / g.sz());
        long[][] out = new long[d][(w * h + 63) / 64];
        for (int z = 0; z < d; z++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    search:
                    for (int c = Math.max(0, z - rz); c <= Math.min(d - 1, z + rz); c++) {
                        for (int b = Math.max(0, y - ry); b <= Math.min(h - 1, y + ry); b++) {
                            for (int a = Math.max(0, x - rx); a <= Math.min(w - 1, x + rx); a++) {
                                if (m.get(a, b, c) && Ball.inside(g, a - x, b - y, c - z, r * r)) {
                                    Bits.set(out[z], y * w + x);
                                    break search;
                                }
                            }
                        }
                    }
                }
            }
        }
        return Mask.of(w, h, out, g);
    }

    private static Mask complement(Mask m) {
        long[][] out = new long[m.depth()][];
        for (int z = 0; z < m.depth(); z++) {
            out[z] = new long[m.bits(z).length];
            for (int i = 0; i < m.sliceSize(); i++) {
                if (!Bits.get(m.bits(z), i)) {
                    Bits.set(out[z], i);
                }
            }
        }
        return Mask.of(m.width(), m.height(), out, m.grid());
    }

    @Test
    void bothMethodsEqualTheDefinition() {
        Random rnd = new Random(1);
        for (Grid g : GRIDS) {
            for (double r : new double[] {0, 0.6, 1, 1.5, 2.2, 3}) {
                Mask m = Scipy.random(rnd, 19, 13, 11, 0.03, g);
                Mask expected = bruteDilate(m, r);
                String what = g + " r " + r;
                assertNull(Scipy.firstDifference(expected, Morphology.dilate(m, r)), "rows, " + what);
                assertNull(Scipy.firstDifference(expected, Morphology.byDistance(m, r, false)), "distance, " + what);
                Mask eroded = complement(bruteDilate(complement(m), r));
                Mask dense = complement(m);
                assertNull(Scipy.firstDifference(complement(bruteDilate(m, r)), Morphology.erode(dense, r)),
                        "erode rows, " + what);
                assertNull(Scipy.firstDifference(complement(bruteDilate(m, r)), Morphology.byDistance(dense, r,
                        true)), "erode distance, " + what);
                assertTrue(eroded.count() <= m.count());
            }
        }
    }

    @Test
    void largeBallsGoThroughTheDistanceTransform() {
        Ball small = Ball.of(Grid.PIXELS, 10);
        Ball large = Ball.of(Grid.PIXELS, 12);
        assertTrue(small.rows() <= Morphology.MAX_ROWS_DIRECT, small.rows() + " rows");
        assertTrue(large.rows() > Morphology.MAX_ROWS_DIRECT, large.rows() + " rows");
        Mask m = Scipy.random(new Random(4), 40, 37, 30, 0.0005, Grid.PIXELS);
        assertNull(Scipy.firstDifference(bruteDilate(m, 12), Morphology.dilate(m, 12)));
    }

    /** A 3×3×3 ball of radius 1 voxel is the centre and its 6 face neighbours: 7 voxels. */
    @Test
    void unitBallHasSevenVoxels() {
        assertEquals(7, Ball.of(Grid.PIXELS, 1).voxels());
        assertEquals(19, Ball.of(Grid.PIXELS, Math.sqrt(2)).voxels());
        assertEquals(27, Ball.of(Grid.PIXELS, 1.7321).voxels(), "(√3)² rounds below 3: use a little more");
        assertEquals(1, Ball.of(Grid.of(1, 1, 2, "µm"), 0.99).voxels());
        assertEquals(5, Ball.of(Grid.of(1, 1, 2, "µm"), 1).voxels(), "no neighbour along z, 2 µm away");
        long[][] one = new long[3][1];
        Bits.set(one[1], 4);
        Mask dot = Mask.of(3, 3, one, Grid.PIXELS);
        assertEquals(7, Morphology.dilate(dot, 1).count());
        assertEquals(0, Morphology.erode(Morphology.dilate(dot, 1), 1.0).count() - 1, "the centre stays");
    }

    /** A cube with a cavity of one voxel: closing fills it, opening of the cube by radius 1 rounds its edges. */
    @Test
    void closingFillsACavityAndOpeningRoundsEdges() {
        boolean[][] s = new boolean[9][81];
        for (int z = 2; z <= 6; z++) {
            for (int y = 2; y <= 6; y++) {
                for (int x = 2; x <= 6; x++) {
                    s[z][y * 9 + x] = true;
                }
            }
        }
        s[4][4 * 9 + 4] = false;
        Mask cube = Mask.ofBooleans(9, 9, s, Grid.PIXELS);
        assertEquals(124, cube.count());
        Mask closed = Morphology.close(cube, 1);
        assertEquals(125, closed.count(), "the cavity is filled, nothing else added");
        assertTrue(closed.get(4, 4, 4));
        Mask opened = Morphology.open(Morphology.close(cube, 1), 1);
        // the 12 edges of the 5³ cube lose their 3 inner voxels each and the 8 corners go: 125 − 12·3 − 8
        assertEquals(125 - 36 - 8, opened.count());
        assertFalse(opened.get(2, 2, 2));
    }

    @Test
    void aMaskComputedSliceBySliceGivesOneToo() {
        Mask stored = Scipy.blobs(new Random(2), 30, 20, 15, 5, Grid.PIXELS);
        Mask lazy = Mask.onDemand(30, 20, 15, Grid.PIXELS, z -> stored.bits(z).clone());
        Mask d = Morphology.dilate(lazy, 2);
        assertFalse(d.inMemory());
        assertNull(Scipy.firstDifference(Morphology.dilate(stored, 2), d));
    }

    @Test
    void sameForAnyNumberOfThreads() {
        Mask m = Scipy.blobs(new Random(8), 50, 41, 17, 7, Grid.of(1, 1, 2, "µm"));
        int threads = Parallel.threads();
        try {
            Parallel.threads(1);
            Mask a = Morphology.close(m, 3);
            Mask b = Morphology.byDistance(m, 14, true);
            Parallel.threads(3);
            assertNull(Scipy.firstDifference(a, Morphology.close(m, 3)));
            assertNull(Scipy.firstDifference(b, Morphology.byDistance(m, 14, true)));
        } finally {
            Parallel.threads(threads);
        }
    }

    @Test
    void badRadiusIsRejected() {
        Mask m = Scipy.random(new Random(1), 4, 4, 4, 0.5, Grid.PIXELS);
        for (double r : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
            String msg = assertThrows(IllegalArgumentException.class, () -> Morphology.dilate(m, r)).getMessage();
            assertTrue(msg.contains("radius") && msg.contains(">= 0"), msg);
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Morphology.erode(null, 1)).getMessage()
                .contains("null"));
    }

    /**
     * scipy.ndimage with the same ball: binary_dilation; binary_erosion with border_value=1; opening and closing
     * as those two composed (skimage.morphology.binary_opening/closing); and scipy's own binary_closing on a mask
     * far from the border. Both methods (radius 2: rows; radius 7: distance transform) on an anisotropic grid.
     */
    @Test
    void matchesScipyBinaryMorphology(@TempDir Path dir) throws IOException {
        Grid g = Grid.of(0.8, 0.8, 1.6, "µm");
        Mask m = Scipy.blobs(new Random(12), 61, 53, 29, 9, g);
        for (double r : new double[] {2, 7}) {
            Scipy.run(m, """
                    r = float(sys.argv[8]); b = ball(r)
                    print(b.sum())
                    dil = ndi.binary_dilation(m, b)
                    ero = ndi.binary_erosion(m, b, border_value=1)
                    for name, v in [('dilate', dil), ('erode', ero), ('open', ndi.binary_dilation(ero, b)),
                                    ('close', ndi.binary_erosion(dil, b, border_value=1))]:
                        v.astype(np.uint8).tofile(name + '.raw')
                    """, dir, String.valueOf(r));
            String what = "r " + r + " (" + Ball.of(g, r).rows() + " rows)";
            assertNull(Scipy.firstDifference(read(dir, "dilate", m), Morphology.dilate(m, r)), "dilate " + what);
            assertNull(Scipy.firstDifference(read(dir, "erode", m), Morphology.erode(m, r)), "erode " + what);
            assertNull(Scipy.firstDifference(read(dir, "open", m), Morphology.open(m, r)), "open " + what);
            assertNull(Scipy.firstDifference(read(dir, "close", m), Morphology.close(m, r)), "close " + what);
        }
        Mask inner = Scipy.blobs(new Random(13), 30, 30, 30, 1, g);
        long[][] padded = new long[50][(60 * 60 + 63) / 64];
        for (int z = 0; z < 30; z++) {
            for (int i = 0; i < 900; i++) {
                if (Bits.get(inner.bits(z), i)) {
                    Bits.set(padded[z + 10], (i / 30 + 15) * 60 + i % 30 + 15);
                }
            }
        }
        Mask away = Mask.of(60, 60, padded, g);
        Scipy.run(away, "ndi.binary_closing(m, ball(3)).astype(np.uint8).tofile('close.raw')", dir);
        assertNull(Scipy.firstDifference(read(dir, "close", away), Morphology.close(away, 3)));
    }

    private static Mask read(Path dir, String name, Mask like) throws IOException {
        return Scipy.readMask(dir.resolve(name + ".raw"), like.width(), like.height(), like.depth(), like.grid());
    }
}
