package io.github.stack3d.mesh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Mesh;
import io.github.stack3d.Parallel;
import io.github.stack3d.Stack3D;
import io.github.stack3d.sample.SampleStacks;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link QuadricDecimation} (with {@link EdgeCollapse}, {@link EdgeCheck}, {@link Quadrics}, {@link EdgeHeap}). */
class DecimationTest {

    /** The demo's mesh: {@code marchingCubesBelow(sampleStack(), 100.5)}, 196,132 triangles (DemoCommand). */
    private static Mesh specimen;
    /** Marching cubes of a distance field at level 0: a sphere of radius 20 px. */
    private static Mesh sphere;

    @BeforeAll
    static void meshes() {
        specimen = Stack3D.marchingCubesBelow(SampleStacks.specimen(), 100.5);
        sphere = Stack3D.marchingCubes(SampleStacks.sphere(48, 20), 0);
    }

    @Test
    void theSpecimenKeepsAreaVolumeAndWatertightnessWithTenTimesFewerTriangles() {
        assertEquals(196_132, specimen.triangleCount(), "the demo's mesh");
        int target = specimen.triangleCount() / 10;
        Mesh d = QuadricDecimation.toTriangles(specimen, target);
        assertTrue(d.triangleCount() <= target && d.triangleCount() >= target - 1, "triangles " + d.triangleCount());
        MeshReport before = MeshReport.of(specimen);
        MeshReport after = MeshReport.of(d);
        assertTrue(after.watertight(), after.toString());
        assertEquals(before.genus(), after.genus(), "genus");
        assertEquals(before.components(), after.components(), "components");
        assertEquals(0, after.degenerateTriangles(), "degenerate triangles");
        assertEquals(before.surfaceArea(), after.surfaceArea(), 0.01 * before.surfaceArea(), "area within 1 %");
        assertEquals(before.enclosedVolume(), after.enclosedVolume(), 0.01 * before.enclosedVolume(),
                "volume within 1 %");
        assertEquals(specimen.unit(), d.unit());
        assertTrue(d.hasNormals(), "normals recomputed as the input had them");
        // measured 0.30 µm (bench/decimate.sh); the voxels are 0.5 × 0.5 × 1 µm
        double h = HausdorffDistance.between(specimen, d);
        assertTrue(h > 0 && h < 0.5, "Hausdorff distance " + h + " µm");
    }

    @Test
    void aSphereDecimatedToOnePercentStaysClosedAndManifold() {
        int target = sphere.triangleCount() / 100;
        Mesh d = QuadricDecimation.toTriangles(sphere, target);
        MeshReport r = MeshReport.of(d);
        assertTrue(d.triangleCount() <= target, "triangles " + d.triangleCount() + " of " + sphere.triangleCount());
        assertTrue(r.watertight(), r.toString());
        assertEquals(2, r.eulerCharacteristic(), "a sphere: V − E + F = 2");
        assertEquals(0, r.degenerateTriangles());
        assertEquals(r.referencedVertices(), r.vertices(), "no unused vertices");
        double volume = 4 / 3.0 * Math.PI * 20 * 20 * 20;
        assertEquals(volume, r.enclosedVolume(), 0.05 * volume, "volume of " + d.triangleCount() + " triangles");
    }

    @Test
    void theErrorBoundKeepsTheHausdorffDistanceNearIt() {
        int previous = sphere.triangleCount() + 1;
        for (double maxError : new double[] {0.01, 0.05, 0.2}) {
            Mesh d = QuadricDecimation.withinError(sphere, maxError);
            double h = HausdorffDistance.between(sphere, d);
            String what = String.format(Locale.ROOT, "maxError %.2f: %d triangles, Hausdorff %.4f", maxError,
                    d.triangleCount(), h);
            assertTrue(d.triangleCount() < previous, what);
            // the bound is on each vertex's accumulated deviation from the planes around it
            assertTrue(h <= 1.5 * maxError, what);
            assertTrue(MeshReport.of(d).watertight(), what);
            previous = d.triangleCount();
        }
        assertTrue(previous < sphere.triangleCount() / 10, "0.2 px removes most triangles: " + previous);
    }

    @Test
    void aFlatSquareKeepsItsBoundary() {
        // a 20 × 20 grid of unit squares in z = 0, two triangles each: an open mesh with one boundary loop
        int n = 21;
        float[] v = new float[3 * n * n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                v[3 * (y * n + x)] = x;
                v[3 * (y * n + x) + 1] = y;
            }
        }
        int[] t = new int[6 * 20 * 20];
        int o = 0;
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 20; x++) {
                int a = y * n + x;
                t[o++] = a;
                t[o++] = a + 1;
                t[o++] = a + n + 1;
                t[o++] = a;
                t[o++] = a + n + 1;
                t[o++] = a + n;
            }
        }
        Mesh square = new Mesh(v, t, "px");
        Mesh d = QuadricDecimation.toTriangles(square, 100);
        MeshReport r = MeshReport.of(d);
        assertTrue(d.triangleCount() <= 100, "triangles " + d.triangleCount());
        assertEquals(1, r.boundaryLoops(), r.toString());
        assertEquals(0, r.nonManifoldEdges());
        assertTrue(r.consistentlyOriented());
        assertEquals(400, r.surfaceArea(), 1e-3, "the boundary stays, so the area does");
        assertArrayEquals(new double[] {0, 0, 0, 20, 20, 0}, d.bounds(), 0);
        for (int i = 0; i < d.vertexCount(); i++) {
            assertEquals(0, d.vertices()[3 * i + 2], "vertex " + i + " stays in the plane");
        }
    }

    @Test
    void aTetrahedronCannotCollapseAndACubeStopsAtATetrahedron() {
        // each edge of a tetrahedron has both other vertices as common neighbours: the link condition refuses
        assertEquals(4, QuadricDecimation.toTriangles(TestMeshes.tetrahedron(), 0).triangleCount());
        Mesh cube = QuadricDecimation.toTriangles(TestMeshes.cube(), 0);
        MeshReport r = MeshReport.of(cube);
        assertTrue(r.watertight(), r.toString());
        assertEquals(4, cube.triangleCount(), "the smallest closed surface");
    }

    @Test
    void theResultDoesNotDependOnTheNumberOfThreads() {
        int before = Parallel.threads();
        try {
            Parallel.threads(1);
            Mesh one = QuadricDecimation.toTriangles(sphere, 2000);
            double h1 = HausdorffDistance.between(sphere, one);
            Parallel.threads(3);
            Mesh three = QuadricDecimation.toTriangles(sphere, 2000);
            assertArrayEquals(one.vertices(), three.vertices());
            assertArrayEquals(one.triangles(), three.triangles());
            assertEquals(h1, HausdorffDistance.between(sphere, three));
        } finally {
            Parallel.threads(before);
        }
    }

    @Test
    void theHausdorffDistanceOfACubeAndATallerBoxIsTheExtraHeight() {
        // the box's top corners are 0.5 above the cube; every cube corner lies on the box's surface
        Mesh cube = TestMeshes.cube();
        Mesh tall = TestMeshes.box(0, 0, 0, 1, 1, 1.5, "px");
        assertEquals(0.5, Stack3D.hausdorffDistance(cube, tall), 1e-6);
        assertEquals(0.5, HausdorffDistance.between(tall, cube), 1e-6);
        assertEquals(0, HausdorffDistance.oneSided(cube, tall), 1e-6);
        // a point above the middle of a face, off an edge, and off a corner of the cube
        Mesh probe = new Mesh(new float[] {0.5f, 0.5f, 3, 0.5f, -2, -2, 4, 5, 1}, new int[] {0, 1, 2}, "px");
        assertEquals(2, HausdorffDistance.oneSided(new Mesh(new float[] {0.5f, 0.5f, 3}, new int[] {0, 0, 0},
                "px"), cube), 1e-6);
        assertEquals(Math.sqrt(8), HausdorffDistance.oneSided(new Mesh(new float[] {0.5f, -2, -2},
                new int[] {0, 0, 0}, "px"), cube), 1e-6);
        assertEquals(5, HausdorffDistance.oneSided(probe, cube), 1e-6, "(4, 5, 1) is 3, 4, 0 from corner (1, 1, 1)");
    }

    @Test
    void badParametersAreRejectedNamingThem() {
        Mesh cube = TestMeshes.cube();
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> QuadricDecimation.toTriangles(cube, -1));
        assertTrue(negative.getMessage().contains("targetTriangles is -1; expected 0..12"), negative.getMessage());
        IllegalArgumentException above = assertThrows(IllegalArgumentException.class,
                () -> QuadricDecimation.toTriangles(cube, 13));
        assertTrue(above.getMessage().contains("targetTriangles is 13; expected 0..12"), above.getMessage());
        for (double bad : new double[] {Double.NaN, -0.5, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> QuadricDecimation.withinError(cube, bad));
            assertTrue(e.getMessage().startsWith("maxError is " + bad), e.getMessage());
            assertTrue(e.getMessage().contains(">= 0"), e.getMessage());
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Stack3D.decimate(cube, 99)).getMessage()
                .contains("targetTriangles is 99; expected 0..12"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Stack3D.decimate(cube, Double.NaN))
                .getMessage().contains("maxError is NaN"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Stack3D.hausdorffDistance(cube, null))
                .getMessage().contains("b is null"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> QuadricDecimation.toTriangles(null, 1))
                .getMessage().contains("mesh is null"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> QuadricDecimation.withinError(null, 1))
                .getMessage().contains("mesh is null"));
    }
}
