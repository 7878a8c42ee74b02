package io.github.stack3d.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Grid;
import io.github.stack3d.Labels;
import io.github.stack3d.Mask;
import io.github.stack3d.Region;
import io.github.stack3d.Stack3D;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComponentsTest {

    /** A mask of {@code w × h × d} with the voxels for which {@code inside(x, y, z)} holds. */
    static Mask shape(int w, int h, int d, Grid grid, Inside inside) {
        boolean[][] v = new boolean[d][w * h];
        for (int z = 0; z < d; z++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    v[z][y * w + x] = inside.test(x, y, z);
                }
            }
        }
        return Mask.ofBooleans(w, h, v, grid);
    }

    interface Inside {
        boolean test(int x, int y, int z);
    }

    /** Two voxel balls of radius 4 (257 voxels each, counted by scipy too), the second centred at (cx, cy, cz). */
    static Mask twoBalls(int cx, int cy, int cz) {
        return shape(26, 16, 16, Grid.PIXELS, (x, y, z) -> sq(x - 6) + sq(y - 6) + sq(z - 6) <= 16
                || sq(x - cx) + sq(y - cy) + sq(z - cz) <= 16);
    }

    private static int sq(int v) {
        return v * v;
    }

    /**
     * Balls that touch through a face, an edge only, or a corner only: component counts for connectivity 6, 18
     * and 26 as {@code scipy.ndimage.label} gives them with {@code generate_binary_structure(3, 1..3)} (face: 1,
     * 1, 1; edge: 2, 1, 1; corner: 2, 2, 1), found by trying offsets with scipy.
     */
    @Test
    void twoTouchingBallsJoinAsTheConnectivitySays() {
        int[][] centres = {{12, 6, 11}, {12, 9, 11}, {12, 10, 11}};
        int[][] counts = {{1, 1, 1}, {2, 1, 1}, {2, 2, 1}};
        int[] connectivity = {6, 18, 26};
        for (int b = 0; b < 3; b++) {
            Mask m = twoBalls(centres[b][0], centres[b][1], centres[b][2]);
            assertEquals(514, m.count());
            for (int c = 0; c < 3; c++) {
                Labels l = Components.labels(m, connectivity[c]);
                assertEquals(counts[b][c], l.count(), "balls " + b + ", connectivity " + connectivity[c]);
                if (l.count() == 2) {
                    assertEquals(257, l.voxels(1));
                    assertEquals(257, l.voxels(2));
                    assertEquals(1, l.get(6, 6, 6), "equal sizes: the first met in scan order is 1");
                } else {
                    assertEquals(514, l.voxels(1));
                }
            }
        }
        Mask corner = twoBalls(12, 10, 11);
        assertEquals(257, Stack3D.largestComponent(corner, 6).count());
        assertEquals(514, Stack3D.largestComponent(corner).count());
        assertTrue(Stack3D.largestComponent(corner, 18).get(6, 6, 6), "the tie goes to the first in scan order");
    }

    /** Random masks of awkward sizes (rows across word boundaries, one column, one row) against flood fill. */
    @Test
    void matchesFloodFillOnRandomMasks() {
        Random rnd = new Random(7);
        int[][] sizes = {{70, 33, 9}, {130, 5, 4}, {1, 1, 5}, {64, 2, 3}, {1, 40, 7}, {200, 1, 3}, {65, 17, 12}};
        for (int[] s : sizes) {
            for (double density : new double[] {0.2, 0.45, 0.7}) {
                boolean[][] v = new boolean[s[2]][s[0] * s[1]];
                for (boolean[] slice : v) {
                    for (int i = 0; i < slice.length; i++) {
                        slice[i] = rnd.nextDouble() < density;
                    }
                }
                v[0][0] = true;
                Mask m = Mask.ofBooleans(s[0], s[1], v, Grid.PIXELS);
                for (int c : new int[] {6, 18, 26}) {
                    int[][] expected = BruteForce.bySize(BruteForce.label(v, s[0], s[1], true, c, false));
                    Labels l = Components.labels(m, c);
                    for (int z = 0; z < s[2]; z++) {
                        assertArrayEquals(expected[z], l.ints(z), s[0] + "×" + s[1] + "×" + s[2] + " density "
                                + density + " connectivity " + c + " slice " + z);
                    }
                }
                boolean[][] filled = BruteForce.fill(v, s[0], s[1], false);
                boolean[][] filled2D = BruteForce.fill(v, s[0], s[1], true);
                Mask f = Holes.fill(m);
                Mask f2 = Holes.fill2D(m);
                for (int z = 0; z < s[2]; z++) {
                    assertArrayEquals(filled[z], io.github.stack3d.TestMasks.booleans(f, z), "fill, slice " + z);
                    assertArrayEquals(filled2D[z], io.github.stack3d.TestMasks.booleans(f2, z), "fill2D, slice " + z);
                }
            }
        }
    }

    /** Three cubes of 27, 8 and 27 voxels and one voxel, apart: sizes, order, and what each mask method keeps. */
    @Test
    void numbersBySizeAndKeepsOrRemoves() {
        Mask m = shape(20, 10, 8, Grid.PIXELS, (x, y, z) -> x >= 1 && x < 3 && y >= 1 && y < 3 && z >= 1 && z < 3
                || x >= 5 && x < 8 && y >= 5 && y < 8 && z >= 1 && z < 4
                || x >= 12 && x < 15 && y >= 2 && y < 5 && z >= 3 && z < 6
                || x == 19 && y == 9 && z == 7);
        Labels l = Stack3D.labels(m);
        assertEquals(4, l.count());
        assertEquals(27, l.voxels(1));
        assertEquals(27, l.voxels(2));
        assertEquals(8, l.voxels(3));
        assertEquals(1, l.voxels(4));
        assertEquals(1, l.get(6, 6, 2), "the 27-voxel cube met first (z = 1) is label 1");
        assertEquals(2, l.get(13, 3, 4));
        assertEquals(3, l.get(1, 1, 1));
        assertEquals(54, Stack3D.keepComponents(m, 2).count());
        assertEquals(62, Stack3D.keepComponents(m, 3, 6).count());
        assertEquals(63, Stack3D.keepComponents(m, 10).count(), "fewer components than asked: all");
        assertEquals(62, Stack3D.removeSmall(m, 2).count());
        assertEquals(54, Stack3D.removeSmall(m, 9, 18).count());
        assertEquals(63, Stack3D.removeSmall(m, 0).count());
        assertEquals(m.grid(), Stack3D.removeSmall(m, 9).grid());
        ThresholdTest.assertMessage(() -> Stack3D.removeSmall(m, 28),
                "no component has 28 voxels or more; the largest of 4 has 27; lower minVoxels");
    }

    /** Regions of two boxes on an anisotropic grid with an origin: boxes in voxels, centroids and volumes physical. */
    @Test
    void regionsArePhysical() {
        Grid g = Grid.of(0.5, 0.5, 2, "µm").withOrigin(10, 20, 30);
        Mask m = shape(12, 10, 6, g, (x, y, z) -> x >= 2 && x <= 5 && y >= 1 && y <= 3 && z >= 1 && z <= 4
                || x == 10 && y >= 7 && z == 5);
        Labels l = Stack3D.labels(m);
        List<Region> regions = l.regions();
        assertEquals(2, regions.size());
        Region big = regions.get(0);
        assertEquals(new Region(1, 48, 2, 1, 1, 5, 3, 4, 10 + 3.5 * 0.5, 20 + 2 * 0.5, 30 + 2.5 * 2, 48 * 0.5),
                big);
        assertEquals(4, big.width());
        assertEquals(3, big.height());
        assertEquals(4, big.depth());
        Region small = l.region(2);
        assertEquals(3, small.voxels());
        assertEquals(7, small.minY());
        assertEquals(9, small.maxY());
        assertEquals(20 + 8 * 0.5, small.centroidY());
        assertEquals(1.5, small.volume());
        ThresholdTest.assertMessage(() -> l.region(3), "label 3 has no voxel; these labels have 1..2");
    }

    /** Labels preview in colours: 40 small components, every one its own colour, background black. */
    @Test
    void labelsPreviewInDistinctColours() {
        Mask m = shape(80, 4, 1, Grid.PIXELS, (x, y, z) -> x % 2 == 0 && y == 1);
        Labels l = Stack3D.labels(m);
        assertEquals(40, l.count());
        BufferedImage image = Stack3D.preview(l, 0);
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < 80; x += 2) {
            colours.add(image.getRGB(x, 1) & 0xFFFFFF);
        }
        assertEquals(40, colours.size(), "40 labels, 40 colours");
        assertEquals(0, image.getRGB(1, 1) & 0xFFFFFF);
        assertNotEquals(0, image.getRGB(0, 1) & 0xFFFFFF);
    }

    @Test
    void badParametersAreRefusedNamingThem() {
        Mask m = twoBalls(12, 6, 11);
        ThresholdTest.assertMessage(() -> Stack3D.labels(m, 5),
                "connectivity is 5; expected 6 (faces), 18 (faces and edges) or 26 (faces, edges and corners)");
        ThresholdTest.assertMessage(() -> Stack3D.largestComponent(m, 4), "connectivity is 4; expected 6");
        ThresholdTest.assertMessage(() -> Stack3D.removeSmall(m, -1), "minVoxels is -1; expected 0 or more");
        ThresholdTest.assertMessage(() -> Stack3D.keepComponents(m, 0),
                "n is 0; expected 1 or more components to keep");
        ThresholdTest.assertMessage(() -> Stack3D.labels(null), "mask is null");
        ThresholdTest.assertMessage(() -> Stack3D.fillHoles(null), "mask is null");
        Mask empty = Mask.of(3, 3, new long[2][1], Grid.PIXELS);
        ThresholdTest.assertMessage(() -> Stack3D.largestComponent(empty), "is empty: no component to find");
    }
}
