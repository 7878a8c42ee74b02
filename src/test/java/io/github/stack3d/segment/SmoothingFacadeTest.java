package io.github.stack3d.segment;

import static io.github.stack3d.segment.ThresholdTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Bits;
import io.github.stack3d.Grid;
import io.github.stack3d.Mask;
import io.github.stack3d.SampleType;
import io.github.stack3d.Stack3D;
import io.github.stack3d.Volume;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The facade's morphology, distance and smoothing calls: what each returns on hand-made volumes, and that bad
 * parameters are rejected naming the parameter and its range. The algorithms' own tests (against brute force and
 * scipy.ndimage) are {@link MorphologyTest}, {@link DistanceTransformTest}, {@link FiltersTest} and
 * {@link SmoothMaskTest}.
 */
class SmoothingFacadeTest {

    /** A 5³ cube at (2..6)³ in a 9³ stack, with a one-voxel cavity at its centre: 124 voxels. */
    private static Mask cubeWithCavity(Grid g) {
        boolean[][] s = new boolean[9][81];
        for (int z = 2; z <= 6; z++) {
            for (int y = 2; y <= 6; y++) {
                for (int x = 2; x <= 6; x++) {
                    s[z][y * 9 + x] = z != 4 || y != 4 || x != 4;
                }
            }
        }
        return Mask.ofBooleans(9, 9, s, g);
    }

    @Test
    void morphologyOfACubeWithACavity() {
        Mask cube = cubeWithCavity(Grid.PIXELS);
        assertEquals(124, cube.count());
        // dilation by 1 (the 7-voxel ball): the 5³ cube grows by its 6 faces of 25 voxels; the cavity fills
        assertEquals(125 + 6 * 25, Stack3D.dilate(cube, 1).count());
        // erosion by 1: the 3³ core less the cavity and its 6 face neighbours
        assertEquals(27 - 7, Stack3D.erode(cube, 1).count());
        assertEquals(125, Stack3D.close(cube, 1).count(), "closing fills the cavity and adds nothing else");
        assertEquals(124, Stack3D.dilate(cube, 0.99).count(), "a ball smaller than a voxel changes nothing");
        // opening of the closed cube: the 12 edges lose their 3 inner voxels each and the 8 corners go
        assertEquals(125 - 36 - 8, Stack3D.open(Stack3D.close(cube, 1), 1).count());
        Grid flat = Grid.of(1, 1, 2, "µm");
        assertEquals(flat, Stack3D.dilate(cubeWithCavity(flat), 1).grid());
        assertEquals(125 + 4 * 25, Stack3D.dilate(cubeWithCavity(flat), 1).count(),
                "slices 2 µm apart: a 1 µm ball does not reach the next slice");
    }

    @Test
    void distanceMapsOfACubeWithACavity() {
        Mask cube = cubeWithCavity(Grid.of(1, 1, 3, "µm"));
        Volume signed = Stack3D.distanceMap(cube);
        Volume inside = Stack3D.distanceInside(cube);
        assertEquals(SampleType.FLOAT32, signed.type());
        assertEquals(cube.grid(), inside.grid());
        assertEquals(-1f, signed.floats(4)[4 * 9 + 4], "the cavity is 1 µm from its x and y neighbours");
        assertEquals(-6f, signed.floats(0)[4 * 9 + 4], "slice 0 is two slices, 6 µm, below the cube");
        assertEquals(3f, signed.floats(3)[4 * 9 + 4], "3 µm above the cavity");
        assertEquals(0f, inside.floats(4)[4 * 9 + 4], "the inside map is 0 on the background");
        for (int z = 0; z < 9; z++) {
            for (int i = 0; i < 81; i++) {
                boolean fg = Bits.get(cube.bits(z), i);
                float s = signed.floats(z)[i];
                assertTrue(fg == s > 0, "sign at voxel " + i + " of slice " + z);
                assertEquals(fg ? s : 0f, inside.floats(z)[i], "voxel " + i + " of slice " + z);
            }
        }
        Volume none = Stack3D.distanceInside(Mask.of(9, 9, new long[3][2], Grid.PIXELS));
        assertArrayEquals(new float[81], none.floats(1), "an empty mask is 0 everywhere");
    }

    @Test
    void gaussianAndMedian() {
        short[][] s = new short[11][121];
        int centre = 5 * 11 + 5;
        s[5][centre] = 1000;
        Volume spike = Volume.ofShorts(11, 11, s, Grid.PIXELS);
        Volume m = Stack3D.median(spike, 1);
        assertEquals(SampleType.UINT16, m.type());
        assertEquals(0, m.shorts(5)[centre], "a lone spike goes");
        Volume g = Stack3D.gaussian(spike, 1);
        double sum = 0;
        for (int z = 0; z < 11; z++) {
            for (float v : g.floats(z)) {
                sum += v;
            }
        }
        // the kernel (radius 4) stays inside the stack: the sum is kept; the centre gets (0.39894)³ of it
        assertEquals(1000, sum, 1e-3, "the spike's mass spreads but stays");
        assertEquals(1000 * Math.pow(Gaussian.kernel(1)[4], 3), g.floats(5)[centre], 1e-3);
        Volume half = Stack3D.gaussian(spike.withGrid(Grid.of(0.5, 0.5, 0.5, "µm")), 1);
        assertTrue(half.floats(5)[centre] < g.floats(5)[centre] / 7, "σ 1 µm is 2 voxels at 0.5 µm: 8 times lower");
    }

    @Test
    void smoothMaskKeepsTheVoxelCountAtLevelOneHalf() {
        Mask m = Scipy.blobs(new Random(5), 40, 36, 30, 4, Grid.of(0.8, 0.8, 1.6, "µm"));
        Volume field = Stack3D.smoothMask(m, 0.8);
        assertEquals(m.grid(), field.grid());
        long above = 0;
        for (int z = 0; z < field.depth(); z++) {
            for (float v : field.floats(z)) {
                above += v >= 0.5f ? 1 : 0;
            }
        }
        assertEquals(m.count(), above);
    }

    @Test
    void badParametersNameTheParameterAndRange() {
        Mask m = cubeWithCavity(Grid.PIXELS);
        Volume v = Volume.ofShorts(5, 5, new short[2][25], Grid.PIXELS);
        for (double r : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
            String range = "radius is " + r + "; expected a finite number >= 0";
            assertMessage(() -> Stack3D.dilate(m, r), range);
            assertMessage(() -> Stack3D.erode(m, r), range);
            assertMessage(() -> Stack3D.open(m, r), range);
            assertMessage(() -> Stack3D.close(m, r), range);
            assertMessage(() -> Stack3D.median(v, r), range);
        }
        for (double sigma : new double[] {0, -0.5, Double.NaN, Double.POSITIVE_INFINITY}) {
            String range = "sigma is " + sigma + "; expected a finite number > 0";
            assertMessage(() -> Stack3D.gaussian(v, sigma), range);
            assertMessage(() -> Stack3D.smoothMask(m, sigma), range);
        }
        assertMessage(() -> Stack3D.dilate(null, 1), "mask is null");
        assertMessage(() -> Stack3D.erode(null, 1), "mask is null");
        assertMessage(() -> Stack3D.open(null, 1), "mask is null");
        assertMessage(() -> Stack3D.close(null, 1), "mask is null");
        assertMessage(() -> Stack3D.distanceMap(null), "mask is null");
        assertMessage(() -> Stack3D.distanceInside(null), "mask is null");
        assertMessage(() -> Stack3D.smoothMask(null, 1), "mask is null");
        assertMessage(() -> Stack3D.gaussian(null, 1), "volume is null");
        assertMessage(() -> Stack3D.median(null, 1), "volume is null");
        Mask empty = Mask.of(9, 9, new long[2][2], Grid.PIXELS);
        assertMessage(() -> Stack3D.distanceMap(empty), "is empty");
        assertMessage(() -> Stack3D.smoothMask(empty, 1), "is empty");
        Mask full = Stack3D.dilate(m, 20);
        assertEquals(full.voxelCount(), full.count());
        assertMessage(() -> Stack3D.distanceInside(full), "is full");
        assertMessage(() -> Stack3D.median(m, 1), "holds a mask (use open or close)");
    }
}
