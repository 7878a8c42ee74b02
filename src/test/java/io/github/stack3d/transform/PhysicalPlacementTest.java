package io.github.stack3d.transform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Border;
import io.github.stack3d.Grid;
import io.github.stack3d.Mesh;
import io.github.stack3d.Stack3D;
import io.github.stack3d.Volume;
import io.github.stack3d.extract.MarchingCubes;
import org.junit.jupiter.api.Test;

/**
 * Crop, downsample and resize keep every object at the same physical place: the grid's origin moves with them.
 */
class PhysicalPlacementTest {

    private static final Grid GRID = Grid.of(0.5, 0.75, 2, "µm").withOrigin(-3, 10, 100);

    /** A ball of {@code radius} voxels around a point off every voxel centre: value = radius − distance (float). */
    private static Volume ball(int w, int h, int d, double cx, double cy, double cz, double radius) {
        float[][] s = new float[d][w * h];
        for (int z = 0; z < d; z++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    double dx = x - cx;
                    double dy = y - cy;
                    double dz = z - cz;
                    s[z][y * w + x] = (float) (radius - Math.sqrt(dx * dx + dy * dy + dz * dz));
                }
            }
        }
        return Volume.ofFloats(w, h, s, GRID);
    }

    /** The physical centroid of the voxels above 0, weighted by their value. */
    private static double[] centroid(Volume v) {
        double[] sum = new double[4];
        Grid g = v.grid();
        for (int z = 0; z < v.depth(); z++) {
            float[] s = v.floats(z);
            for (int i = 0; i < s.length; i++) {
                if (s[i] > 0) {
                    sum[0] += s[i] * g.x(i % v.width());
                    sum[1] += s[i] * g.y(i / v.width());
                    sum[2] += s[i] * g.z(z);
                    sum[3] += s[i];
                }
            }
        }
        return new double[] {sum[0] / sum[3], sum[1] / sum[3], sum[2] / sum[3]};
    }

    @Test
    void theMeshOfACropHoldingTheWholeObjectIsTheMeshOfTheStack() {
        Volume full = ball(48, 40, 36, 21.3, 18.6, 17.2, 9.4);
        Volume crop = Stack3D.crop(full, 7, 5, 4, 30, 28, 27);
        assertEquals(GRID.withOrigin(-3 + 7 * 0.5, 10 + 5 * 0.75, 100 + 4 * 2), crop.grid());
        Mesh whole = MarchingCubes.extract(full, 0, Border.CLOSED, 1);
        Mesh part = MarchingCubes.extract(crop, 0, Border.CLOSED, 1);
        assertArrayEquals(whole.triangles(), part.triangles());
        float[] a = whole.vertices();
        float[] b = part.vertices();
        assertEquals(a.length, b.length);
        for (int i = 0; i < a.length; i++) {
            // origin + index × spacing, computed from two origins: equal but for float rounding
            assertEquals(a[i], b[i], Math.ulp(Math.abs(a[i])) * 2 + 1e-5, "coordinate " + i);
        }
    }

    @Test
    void downsamplingKeepsTheBallsCentreInPlace() {
        double[] centre = {GRID.x(20.3), GRID.y(17.6), GRID.z(18.2)};
        Volume v = ball(42, 38, 40, 20.3, 17.6, 18.2, 8.5);
        for (int factor : new int[] {2, 3}) {
            Volume d = Stack3D.downsample(v, factor);
            double[] c = centroid(d);
            double[] spacing = {d.grid().sx(), d.grid().sy(), d.grid().sz()};
            for (int axis = 0; axis < 3; axis++) {
                double off = Math.abs(c[axis] - centre[axis]) / spacing[axis];
                // the issue asks for a quarter voxel; without the origin shift the error is (f − 1) / 2f voxel
                assertTrue(off < 0.05, "factor " + factor + " axis " + axis + ": " + off + " voxel off");
            }
        }
    }

    @Test
    void resizingKeepsTheBallsCentreInPlace() {
        double[] centre = {GRID.x(20.3), GRID.y(17.6), GRID.z(18.2)};
        Volume v = ball(42, 38, 40, 20.3, 17.6, 18.2, 8.5);
        for (int[] size : new int[][] {{21, 19}, {84, 57}, {30, 50}}) {
            Volume r = Stack3D.resize(v, size[0], size[1]);
            double[] c = centroid(r);
            double[] spacing = {r.grid().sx(), r.grid().sy(), r.grid().sz()};
            for (int axis = 0; axis < 2; axis++) {
                double off = Math.abs(c[axis] - centre[axis]) / spacing[axis];
                assertTrue(off < 0.05, size[0] + "×" + size[1] + " axis " + axis + ": " + off + " voxel off");
            }
        }
    }
}
