package io.github.stack3d.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Border;
import io.github.stack3d.Grid;
import io.github.stack3d.Mesh;
import io.github.stack3d.Volume;
import io.github.stack3d.mesh.MeshReport;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The inside of single cubes (2×2×2 volumes, level 0): tunnel or separate sheets as the trilinear interpolant
 * has them, checked against a sampled oracle ({@link Trilinear}). Corner c of the values is voxel
 * (c&amp;1, c&gt;&gt;1&amp;1, c&gt;&gt;2&amp;1). Cases are numbered as in Lewiner et al. 2003.
 */
class InteriorDeciderTest {

    /**
     * One pair of hand-made cubes per interior-ambiguous case, with and without the tunnel. With borders open the
     * surface in the cube has as many pieces as loops on the cube's faces, or one fewer when a tube joins two
     * loops; with borders closed the mesh has one component per inside part of the interpolant.
     */
    @ParameterizedTest(name = "case {0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "4.1;   0.2 -0.5 -0.6 -0.1 -0.2 -0.9 -0.1 0.2;   false",
        "4.2;   0.9 -0.1 -0.1 -0.1 -0.3 -0.2 -1.0 0.8;   true",
        "6.1.1; 0.7 -0.2 -1.0 0.7 0.7 -0.4 -0.4 -0.8;    false",
        "6.1.2; 0.2 -0.5 -0.4 0.8 0.8 -0.5 -0.2 -0.4;    true",
        "7.4.1; -0.7 0.7 0.4 -0.5 0.6 -0.8 -0.6 -0.2;    false",
        "7.4.2; -0.3 0.4 0.4 -0.3 0.8 -1.0 -0.9 -0.6;    true",
        "10.1.1; 0.6 -0.7 -0.2 0.1 0.4 -0.4 -0.2 0.9;   false",
        "10.1.2; 0.9 -0.4 -0.3 0.1 0.5 -0.6 -0.7 0.6;   true",
        "10.1.2 outside; 1.0 -0.2 -0.7 0.4 0.4 -0.7 -0.1 0.2; true",
        "12.1.1; -0.3 0.5 0.3 0.9 0.7 -0.9 -0.2 -0.2;   false",
        "12.1.2; -0.5 0.3 0.4 0.9 0.8 -0.5 -0.8 -0.6;   true",
        "12.1.2 outside; -0.7 0.5 0.4 0.4 0.7 -0.5 -0.1 -0.8; true",
        "13.1;   0.8 -0.2 -0.2 0.7 -0.3 0.7 0.5 -0.9;   false",
        "13.5.2; 0.5 -0.5 -0.4 0.3 -0.1 0.9 0.8 -0.7;   true",
        "13.5.2 outside; 0.2 -0.9 -0.6 0.7 -0.9 0.9 1.0 -0.7; true"})
    void aCubeTunnelsExactlyWhenItsInterpolantDoes(String name, String values, boolean tunnel) {
        float[] corners = corners(values);
        int[] parts = Trilinear.parts(corners, 0, 96);
        MeshReport open = MeshReport.of(MarchingCubes.extract(cube(corners), 0, Border.OPEN, 1));
        assertEquals(open.boundaryLoops() - (tunnel ? 1 : 0), open.components(), name + ": pieces of surface");
        assertEquals(parts[0] + parts[1], open.components() + 1, name + ": parts of the cube either side");
        assertEquals(open.boundaryLoops() - 2 * (tunnel ? 1 : 0), open.eulerCharacteristic(), name + ": discs and tube");
        MeshReport closed = MeshReport.of(MarchingCubes.extract(cube(corners), 0, Border.CLOSED, 1));
        assertTrue(closed.watertight(), name + ": " + closed);
        assertEquals(0, closed.degenerateTriangles(), name);
        assertEquals(parts[0], closed.components(), name + ": inside parts");
        assertTrue(closed.enclosedVolume() > 0, name);
    }

    /** The same on random cubes of the interior-ambiguous cases, where the decider chooses. */
    @Test
    void randomAmbiguousCubesHaveTheirInterpolantsTopology() {
        SplittableRandom random = new SplittableRandom(2026_12_02);
        int checked = 0;
        int tunnels = 0;
        while (checked < 1000) {
            float[] corners = new float[8];
            for (int c = 0; c < 8; c++) {
                corners[c] = (float) (random.nextDouble(-1, 1));
            }
            int index = plainEntry(corners);
            if (!MarchingCubesTable.hasTunnels(index)) {
                continue;
            }
            int[] parts = Trilinear.parts(corners, 0, 32);
            if (!Arrays.equals(parts, Trilinear.parts(corners, 0, 26))) {
                continue; // too close to a change of topology for the sampled oracle
            }
            checked++;
            boolean tunnel = new InteriorDecider(0).entry(corners, index) != index;
            tunnels += tunnel ? 1 : 0;
            String what = Arrays.toString(corners);
            MeshReport open = MeshReport.of(MarchingCubes.extract(cube(corners), 0, Border.OPEN, 1));
            assertEquals(parts[0] + parts[1], open.components() + 1, what + ": parts either side");
            assertEquals(open.boundaryLoops() - (tunnel ? 1 : 0), open.components(), what);
            MeshReport closed = MeshReport.of(MarchingCubes.extract(cube(corners), 0, Border.CLOSED, 1));
            assertTrue(closed.watertight(), what + ": " + closed);
            assertEquals(parts[0], closed.components(), what + ": inside parts");
        }
        assertTrue(tunnels >= 3, tunnels + " tunnels among the random cubes");
    }

    /**
     * On a 0/1 mask at 0.5 every saddle lies at the level, and the inside wins ties: the surface of every 2×2×2
     * mask encloses the 18-connected parts of its foreground, and its background is 6-connected except where the
     * interpolant joins it through the cube strictly below the level (case 7.4.2: three voxels pairwise across
     * faces, whose background corner joins the opposite one along the cube's diagonal, where the interpolant is
     * below 4/9). (The sampled oracle is not used for the background: on these ties its grid steps across
     * points where two outside parts touch.)
     */
    @Test
    void binaryCubesFollowTheirInterpolantWithTheInsideWinningTies() {
        for (int cubeCase = 1; cubeCase < 255; cubeCase++) {
            float[] corners = new float[8];
            for (int c = 0; c < 8; c++) {
                corners[c] = cubeCase >> c & 1;
            }
            MeshReport open = MeshReport.of(MarchingCubes.extract(cube(corners), 0.5, Border.OPEN, 1));
            MeshReport closed = MeshReport.of(MarchingCubes.extract(cube(corners), 0.5, Border.CLOSED, 1));
            assertTrue(closed.watertight(), cubeCase + ": " + closed);
            assertEquals(voxelParts(cubeCase, true), closed.components(), cubeCase + ": 18-connected foreground");
            assertEquals(Trilinear.parts(corners, 0.5, 48)[0], closed.components(), cubeCase + ": inside parts");
            assertEquals(voxelParts(cubeCase, true) + voxelParts(~cubeCase & 255, false) - tunnelsOf(corners, 0.5),
                    open.components() + 1, cubeCase + ": 6-connected background, unless it tunnels");
        }
        MeshReport ring = MeshReport.of(MarchingCubes.extract(cube(new float[] {0, 1, 1, 0, 1, 0, 0, 0}), 0.5,
                Border.CLOSED, 1));
        assertEquals(1, ring.components(), "three voxels joined across faces (case 7.4.2)");
        assertEquals(1, ring.genus(), "a ring: the background corner joins the rest through the cube");
    }

    @Test
    void threadsGiveTheSameMeshWithTunnels() {
        SplittableRandom random = new SplittableRandom(5);
        float[][] slices = new float[24][24 * 24];
        for (float[] s : slices) {
            for (int i = 0; i < s.length; i++) {
                s[i] = (float) random.nextDouble(-1, 1);
            }
        }
        Volume v = Volume.ofFloats(24, 24, slices, Grid.PIXELS);
        Mesh one = MarchingCubes.extract(v, 0, Border.CLOSED, 1);
        MeshReport report = MeshReport.of(one);
        assertTrue(report.watertight(), report.toString());
        int plain = 0;
        int tunnel = 0;
        for (int z = 0; z + 1 < 24; z++) {
            for (int y = 0; y + 1 < 24; y++) {
                for (int x = 0; x + 1 < 24; x++) {
                    float[] c = new float[8];
                    for (int k = 0; k < 8; k++) {
                        c[k] = slices[z + (k >> 2 & 1)][(y + (k >> 1 & 1)) * 24 + x + (k & 1)];
                    }
                    int index = plainEntry(c);
                    if (MarchingCubesTable.hasTunnels(index)) {
                        plain++;
                        tunnel += new InteriorDecider(0).entry(c, index) != index ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(tunnel > 0 && plain > tunnel, tunnel + " tunnels among " + plain + " undecided cubes");
        for (int threads : new int[] {2, 3, 7}) {
            Mesh many = MarchingCubes.extract(v, 0, Border.CLOSED, threads);
            assertArrayEquals(one.vertices(), many.vertices(), threads + " threads");
            assertArrayEquals(one.triangles(), many.triangles(), threads + " threads");
            assertArrayEquals(one.normals(), many.normals(), threads + " threads");
        }
    }

    @Test
    void tunnelEntriesDifferFromThePlainOnes() {
        int index = 129 << 6; // corners 0 and 7 inside: case 4
        assertTrue(MarchingCubesTable.hasTunnels(index));
        int tube = MarchingCubesTable.tunnel(index, MarchingCubesTable.region(index, 0),
                MarchingCubesTable.region(index, 7));
        assertNotEquals(index, tube);
        assertEquals(2 * 3, MarchingCubesTable.end(index) - MarchingCubesTable.start(index), "two triangles");
        assertEquals(6 * 3, MarchingCubesTable.end(tube) - MarchingCubesTable.start(tube), "a tube of six");
        assertEquals(index, MarchingCubesTable.tunnel(index, MarchingCubesTable.region(index, 0),
                MarchingCubesTable.region(index, 1)), "no tube between inside and outside");
    }

    /** 1 when the decider tunnels the 0/1 cube {@code corners}, else 0. */
    private static int tunnelsOf(float[] corners, double level) {
        int cubeCase = 0;
        for (int c = 0; c < 8; c++) {
            cubeCase |= corners[c] >= level ? 1 << c : 0;
        }
        int index = cubeCase << 6 | AsymptoticDecider.joinedFaces(corners, level, cubeCase,
                MarchingCubesTable.ambiguousFaces(cubeCase));
        boolean tunnel = MarchingCubesTable.hasTunnels(index) && new InteriorDecider(level).entry(corners, index) != index;
        boolean sevenFourTwo = Integer.bitCount(cubeCase) == 3 && MarchingCubesTable.ambiguousFaces(cubeCase) != 0
                && Integer.bitCount(MarchingCubesTable.ambiguousFaces(cubeCase)) == 3;
        assertEquals(sevenFourTwo, tunnel, cubeCase + ": tunnels exactly in case 7.4.2");
        return tunnel ? 1 : 0;
    }

    /** Parts of the corners in {@code set}: joined along cube edges, and across faces too when {@code faces}. */
    private static int voxelParts(int set, boolean faces) {
        int[] root = {0, 1, 2, 3, 4, 5, 6, 7};
        for (int c = 0; c < 8; c++) {
            for (int d = 0; d < 8; d++) {
                int differ = Integer.bitCount(c ^ d);
                if ((set >> c & 1) != 0 && (set >> d & 1) != 0 && (differ == 1 || faces && differ == 2)) {
                    MarchingCubesTable.unite(root, c, d);
                }
            }
        }
        int parts = 0;
        for (int c = 0; c < 8; c++) {
            parts += (set >> c & 1) != 0 && MarchingCubesTable.find(root, c) == c ? 1 : 0;
        }
        return parts;
    }

    /** The plain table entry of a cube at level 0: its case and the asymptotic decider's faces. */
    private static int plainEntry(float[] corners) {
        int cubeCase = 0;
        for (int c = 0; c < 8; c++) {
            cubeCase |= corners[c] >= 0 ? 1 << c : 0;
        }
        int ambiguous = MarchingCubesTable.ambiguousFaces(cubeCase);
        return cubeCase << 6 | AsymptoticDecider.joinedFaces(corners, 0, cubeCase, ambiguous);
    }

    private static float[] corners(String values) {
        String[] v = values.trim().split("\\s+");
        float[] c = new float[8];
        for (int i = 0; i < 8; i++) {
            c[i] = Float.parseFloat(v[i]);
        }
        return c;
    }

    private static Volume cube(float[] corners) {
        float[][] slices = new float[2][4];
        for (int c = 0; c < 8; c++) {
            slices[c >> 2][c & 3] = corners[c];
        }
        return Volume.ofFloats(2, 2, slices, Grid.PIXELS);
    }
}
