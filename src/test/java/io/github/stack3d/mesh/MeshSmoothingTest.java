package io.github.stack3d.mesh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Grid;
import io.github.stack3d.Mask;
import io.github.stack3d.Mesh;
import io.github.stack3d.Parallel;
import io.github.stack3d.Stack3D;
import io.github.stack3d.TestData;
import io.github.stack3d.sample.SampleStacks;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeshSmoothingTest {

    /** The surface of a voxel sphere of radius 20 (a terraced mask surface). */
    private static Mesh voxelSphere(Grid grid) {
        Mask mask = Stack3D.threshold(SampleStacks.sphere(48, 20), 0).withGrid(grid);
        return Stack3D.marchingCubes(mask);
    }

    /**
     * Knud Thomsen's approximation of an ellipsoid's area, {@code 4π((a^p b^p + a^p c^p + b^p c^p) / 3)^(1/p)} with
     * {@code p = 1.6075} (relative error at most 1.061 %; for these semi-axes about 0.1 %, compared with the exact
     * elliptic-integral value of {@code extract.Fields.ellipsoidArea}).
     */
    static double thomsenArea(double a, double b, double c) {
        double p = 1.6075;
        double ap = Math.pow(a, p);
        double bp = Math.pow(b, p);
        double cp = Math.pow(c, p);
        return 4 * Math.PI * Math.pow((ap * bp + ap * cp + bp * cp) / 3, 1 / p);
    }

    @Test
    void taubinKeepsTheVolumeOfASphereAndRemovesTheTerraces() {
        Mesh mesh = voxelSphere(Grid.PIXELS);
        Mesh smooth = MeshSmoothing.taubin(mesh, 20);
        double before = MeshMeasures.enclosedVolume(mesh);
        double after = MeshMeasures.enclosedVolume(smooth);
        assertEquals(before, after, 0.005 * before, "volume after 20 iterations");
        double sphere = 4 * Math.PI * 20 * 20;
        double terraced = MeshMeasures.surfaceArea(mesh);
        double smoothed = MeshMeasures.surfaceArea(smooth);
        assertTrue(terraced > 1.05 * sphere, "terraced area " + terraced + " vs 4πr² " + sphere);
        assertEquals(sphere, smoothed, 0.015 * sphere, "smoothed area");
        assertArrayEquals(mesh.triangles(), smooth.triangles());
        assertTrue(smooth.hasNormals(), "normals recomputed");
        assertTrue(MeshReport.of(smooth).watertight());
    }

    @Test
    void theBoxBoundHoldsPerAxisOnAnAnisotropicGrid() {
        Grid grid = Grid.of(0.5, 0.5, 2.0, "µm");
        Mesh mesh = voxelSphere(grid);
        Mesh smooth = Stack3D.smoothWithin(mesh, 30, grid);
        float[] a = mesh.vertices();
        float[] b = smooth.vertices();
        double[] half = {0.25, 0.25, 1.0};
        double[] largest = new double[3];
        for (int i = 0; i < a.length; i++) {
            largest[i % 3] = Math.max(largest[i % 3], Math.abs(b[i] - a[i]));
        }
        for (int k = 0; k < 3; k++) {
            assertTrue(largest[k] <= half[k] + 1e-5, "axis " + k + " moved " + largest[k]);
        }
        // the bound is reached along z, where the terraces are tall: the constraint did act
        assertTrue(largest[2] > 0.9, "z moved at most " + largest[2]);
    }

    @Test
    void theDistanceBoundHolds() {
        Mesh mesh = voxelSphere(Grid.PIXELS);
        Mesh smooth = Stack3D.smoothWithin(mesh, 20, 0.2);
        float[] a = mesh.vertices();
        float[] b = smooth.vertices();
        double largest = 0;
        for (int i = 0; i < a.length; i += 3) {
            double dx = b[i] - a[i];
            double dy = b[i + 1] - a[i + 1];
            double dz = b[i + 2] - a[i + 2];
            largest = Math.max(largest, Math.sqrt(dx * dx + dy * dy + dz * dz));
        }
        assertTrue(largest <= 0.2 + 1e-5, "moved " + largest);
        assertTrue(largest > 0.19, "moved at most " + largest + ": the bound never acted");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ellipsoid_A30_B20_C10_T00_P00.tif, 30, 20, 10",
        "ellipsoid_A30_B20_C10_T30_P30.tif, 30, 20, 10",
        "ellipsoid_A45_B35_C25_T30_P20_R10.tif, 45, 35, 25"})
    void smoothedMorphoLibJEllipsoidsHaveTheAnalyticArea(String file, double a, double b, double c)
            throws IOException {
        Mask mask = Stack3D.threshold(Stack3D.loadStack(TestData.require("morpholibj/" + file)), 128);
        Mesh mesh = Stack3D.marchingCubes(mask);
        double expected = thomsenArea(a, b, c);
        assertTrue(MeshMeasures.surfaceArea(mesh) > 1.08 * expected, file + ": the terraced surface is too large");
        Mesh smooth = Stack3D.smoothWithin(mesh, 20, mask.grid());
        assertEquals(expected, MeshMeasures.surfaceArea(smooth), 0.015 * expected, file);
    }

    @Test
    void theResultDoesNotDependOnTheThreadCount() {
        Mesh mesh = voxelSphere(Grid.PIXELS);
        int before = Parallel.threads();
        try {
            Parallel.threads(1);
            Mesh one = MeshSmoothing.withinBox(mesh, 10, 0.5, 0.5, 0.5);
            Parallel.threads(3);
            Mesh three = MeshSmoothing.withinBox(mesh, 10, 0.5, 0.5, 0.5);
            assertArrayEquals(one.vertices(), three.vertices());
            assertArrayEquals(one.normals(), three.normals());
        } finally {
            Parallel.threads(before);
        }
    }

    @Test
    void zeroIterationsReturnTheMeshAndBadParametersAreRejected() {
        Mesh cube = TestMeshes.cube();
        assertSame(cube, MeshSmoothing.taubin(cube, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Stack3D.smooth(cube, -1));
        assertEquals("iterations is -1; expected 0 or more", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Stack3D.smoothWithin(cube, 5, Double.NaN));
        assertEquals("maxDistance is NaN; expected a finite number >= 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Stack3D.smoothWithin(cube, 5, -0.5));
        assertTrue(e.getMessage().startsWith("maxDistance is -0.5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Stack3D.smoothWithin(cube, 5, (Grid) null));
        assertThrows(IllegalArgumentException.class, () -> Stack3D.smooth(null, 5));
    }
}
