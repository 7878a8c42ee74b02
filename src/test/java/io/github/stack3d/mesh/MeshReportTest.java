package io.github.stack3d.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Mesh;
import io.github.stack3d.Python;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeshReportTest {

    /** Asserts the counts in the order of the record: V, F, used V, E, boundary E, loops, non-manifold E,
     * inconsistent E, degenerate F, components, χ. */
    private static void assertCounts(MeshReport r, int... expected) {
        int[] actual = {r.vertices(), r.triangles(), r.referencedVertices(), r.edges(), r.boundaryEdges(),
            r.boundaryLoops(), r.nonManifoldEdges(), r.inconsistentEdges(), r.degenerateTriangles(), r.components(),
            r.eulerCharacteristic()};
        assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(actual), r.toString());
    }

    @Test
    void aClosedSheetOfNoThicknessIsNotWatertight() {
        MeshReport flat = MeshReport.of(TestMeshes.box(0, 0, 0, 10, 10, 0.002, "px"));
        assertTrue(flat.closed() && flat.manifold() && flat.consistentlyOriented(), flat.toString());
        assertFalse(flat.watertight(), "two sides 0.002 px apart: " + flat);
        assertTrue(flat.toString().contains("not watertight: a sheet of no thickness"), flat.toString());
        assertTrue(flat.toString().contains("(not meaningful: the mesh is not watertight)"), flat.toString());
        MeshReport thin = MeshReport.of(TestMeshes.box(0, 0, 0, 10, 10, 1, "px"));
        assertTrue(thin.watertight(), "a slab one voxel thick: " + thin);
        assertTrue(MeshReport.of(TestMeshes.flipped(TestMeshes.box(0, 0, 0, 10, 10, 1, "px"))).watertight(),
                "inside out, but not flat");
    }

    @Test
    void unitCube() {
        // 8 corners, 12 triangles, 12 cube edges + 6 face diagonals = 18 edges: χ = 8 − 18 + 12 = 2
        MeshReport r = MeshReport.of(TestMeshes.cube());
        assertCounts(r, 8, 12, 8, 18, 0, 0, 0, 0, 0, 1, 2);
        assertTrue(r.closed() && r.manifold() && r.consistentlyOriented() && r.watertight());
        assertEquals(0, r.genus());
        assertEquals(6, r.surfaceArea(), 1e-12);
        assertEquals(1, r.enclosedVolume(), 1e-12);
        assertEquals(new MeshReport.Bounds(0, 0, 0, 1, 1, 1), r.bounds());
        assertEquals("px", r.unit());
        assertEquals("""
                Mesh report: 8 vertices, 12 triangles, 18 edges
                  watertight: closed, manifold, consistently oriented
                  1 component, Euler characteristic 2, genus 0
                  surface area 6 px², enclosed volume 1 px³
                  bounds x 0..1, y 0..1, z 0..1 px""", r.toString());
    }

    @Test
    void flippedCubeIsStillWatertightWithNegativeVolume() {
        MeshReport r = MeshReport.of(TestMeshes.flipped(TestMeshes.cube()));
        assertCounts(r, 8, 12, 8, 18, 0, 0, 0, 0, 0, 1, 2);
        assertTrue(r.watertight());
        assertEquals(-1, r.enclosedVolume(), 1e-12);
        assertTrue(r.toString().contains("enclosed volume -1 px³ (negative: the triangles face inwards)"),
                r.toString());
    }

    @Test
    void tetrahedron() {
        MeshReport r = MeshReport.of(TestMeshes.tetrahedron());
        assertCounts(r, 4, 4, 4, 6, 0, 0, 0, 0, 0, 1, 2);
        assertTrue(r.watertight());
        assertEquals(0, r.genus());
        assertEquals(1.0 / 6, r.enclosedVolume(), 1e-12);
    }

    @Test
    void openSquareHasOneBoundaryLoop() {
        // two triangles, 4 sides + 1 diagonal: χ = 4 − 5 + 2 = 1, a disc: genus (2 − 1 − 1)/2 = 0
        Mesh square = new Mesh(new float[] {0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0}, new int[] {0, 1, 2, 0, 2, 3}, "px");
        MeshReport r = MeshReport.of(square);
        assertCounts(r, 4, 2, 4, 5, 4, 1, 0, 0, 0, 1, 1);
        assertFalse(r.closed());
        assertFalse(r.watertight());
        assertTrue(r.manifold() && r.consistentlyOriented());
        assertEquals(0, r.genus());
        assertEquals(1, r.surfaceArea(), 1e-12);
        assertEquals("""
                Mesh report: 4 vertices, 2 triangles, 5 edges
                  not watertight: 4 boundary edges in 1 loop
                  1 component, Euler characteristic 1, genus 0 (holes closed)
                  surface area 1 px², enclosed volume 0 px³ (not meaningful: the mesh is not watertight)
                  bounds x 0..1, y 0..1, z 0..0 px""", r.toString());
    }

    @Test
    void openTubeHasTwoBoundaryLoopsAndGenusZero() {
        // the cube without its z = 0 and z = 1 faces: 8 side triangles, 16 edges (two diagonals gone), two
        // square rims: χ = 8 − 16 + 8 = 0, genus (2 − 0 − 2)/2 = 0
        MeshReport r = MeshReport.of(TestMeshes.without(TestMeshes.cube(), 0, 1, 2, 3));
        assertCounts(r, 8, 8, 8, 16, 8, 2, 0, 0, 0, 1, 0);
        assertEquals(0, r.genus());
    }

    @Test
    void twoDisjointCubes() {
        MeshReport r = MeshReport.of(TestMeshes.join(TestMeshes.cube(), TestMeshes.box(3, 0, 0, 1, 1, 1, "px")));
        assertCounts(r, 16, 24, 16, 36, 0, 0, 0, 0, 0, 2, 4);
        assertTrue(r.watertight());
        assertEquals(0, r.genus());
        assertEquals(2, r.enclosedVolume(), 1e-12);
        assertEquals(12, r.surfaceArea(), 1e-12);
        assertTrue(r.toString().contains("2 components, Euler characteristic 4, genus 0"), r.toString());
    }

    @Test
    void partsAreListedLargestFirst() {
        MeshReport r = MeshReport.of(TestMeshes.join(TestMeshes.cube(), TestMeshes.box(3, 0, 0, 2, 2, 2, "px")));
        assertEquals(List.of(new MeshPart(12, 8, 24, 8, new MeshReport.Bounds(3, 0, 0, 5, 2, 2)),
                new MeshPart(12, 8, 6, 1, new MeshReport.Bounds(0, 0, 0, 1, 1, 1))), r.parts());
        assertTrue(r.toString().endsWith("\n  bounds x 0..5, y 0..2, z 0..2 px\n  parts, largest first:"
                + "\n    1: area 24 px², volume 8 px³, x 3..5, y 0..2, z 0..2 px, 12 triangles"
                + "\n    2: area 6 px², volume 1 px³, x 0..1, y 0..1, z 0..1 px, 12 triangles"), r.toString());
        assertThrows(UnsupportedOperationException.class, () -> r.parts().clear());
    }

    @Test
    void onePartIsNotListedAndManyAreSummedUp() {
        MeshReport one = MeshReport.of(TestMeshes.cube());
        assertEquals(1, one.parts().size());
        assertFalse(one.toString().contains("parts"), one.toString());
        Mesh[] cubes = new Mesh[12];
        for (int i = 0; i < cubes.length; i++) {
            cubes[i] = TestMeshes.box(2 * i, 0, 0, 1, 1, 1 + (i < 10 ? 1 : 0), "mm");
        }
        MeshReport many = MeshReport.of(TestMeshes.join(cubes));
        assertEquals(12, many.parts().size());
        assertTrue(many.toString().contains("\n    10: area 10 mm², volume 2 mm³, x 18..19, y 0..1, z 0..2 mm, 12 triangles"
                + "\n    and 2 smaller parts of area 12 mm² in all"), many.toString());
        assertFalse(many.toString().contains("11:"), many.toString());
    }

    @Test
    void torusHasEulerZeroAndGenusOne() {
        // n·m = 8192 vertices, 3·n·m = 24,576 edges, 2·n·m = 16,384 triangles
        MeshReport r = MeshReport.of(TestMeshes.torus(3, 1, 128, 64));
        assertCounts(r, 8192, 16384, 8192, 24576, 0, 0, 0, 0, 0, 1, 0);
        assertTrue(r.watertight());
        assertEquals(1, r.genus());
    }

    @Test
    void torusWithAHoleKeepsGenusOne() {
        // one grid quad removed: 1 edge (its diagonal) and 2 triangles fewer, its 4 sides on the boundary:
        // χ = 8192 − 24,575 + 16,382 = −1, genus (2 + 1 − 1)/2 = 1
        MeshReport r = MeshReport.of(TestMeshes.without(TestMeshes.torus(3, 1, 128, 64), 0, 1));
        assertCounts(r, 8192, 16382, 8192, 24575, 4, 1, 0, 0, 0, 1, -1);
        assertEquals(1, r.genus());
        assertTrue(r.toString().contains("genus 1 (holes closed)"), r.toString());
    }

    @Test
    void genusAddsUpOverComponents() {
        // two tori and a sphere: χ = 0 + 0 + 2, genus (2·3 − 2)/2 = 2
        Mesh m = TestMeshes.join(TestMeshes.torus(3, 1, 16, 8), TestMeshes.torus(5, 2, 12, 6),
                TestMeshes.icosphere(1));
        MeshReport r = MeshReport.of(m);
        assertEquals(3, r.components());
        assertEquals(2, r.eulerCharacteristic());
        assertEquals(2, r.genus());
    }

    @Test
    void icosphere() {
        // level 3: 10·4³ + 2 = 642 vertices, 20·4³ = 1280 triangles, 30·4³ = 1920 edges
        MeshReport r = MeshReport.of(TestMeshes.icosphere(3));
        assertCounts(r, 642, 1280, 642, 1920, 0, 0, 0, 0, 0, 1, 2);
        assertTrue(r.watertight());
        assertEquals(0, r.genus());
        assertTrue(r.enclosedVolume() > 0);
    }

    @Test
    void threeTrianglesOnOneEdgeAreNonManifold() {
        // edge 0–1 in three triangles; the other six edges each in one: 7 edges, χ = 5 − 7 + 3 = 1
        Mesh fin = new Mesh(new float[] {0, 0, 0, 1, 0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 1},
                new int[] {0, 1, 2, 1, 0, 3, 0, 1, 4}, "px");
        MeshReport r = MeshReport.of(fin);
        assertCounts(r, 5, 3, 5, 7, 6, 1, 1, 0, 0, 1, 1);
        assertFalse(r.manifold());
        assertFalse(r.watertight());
        assertFalse(r.hasGenus());
        IllegalStateException e = assertThrows(IllegalStateException.class, r::genus);
        assertTrue(e.getMessage().contains("this one has 1 edge in more than two triangles"), e.getMessage());
        assertTrue(r.toString().contains("not watertight: 6 boundary edges in 1 loop, 1 non-manifold edge\n"),
                r.toString());
        assertTrue(r.toString().contains("genus undefined (not manifold)"), r.toString());
    }

    @Test
    void oneFlippedTriangleMakesItsThreeEdgesInconsistent() {
        MeshReport r = MeshReport.of(TestMeshes.flipped(TestMeshes.cube(), 5));
        assertCounts(r, 8, 12, 8, 18, 0, 0, 0, 3, 0, 1, 2);
        assertTrue(r.closed() && r.manifold());
        assertFalse(r.consistentlyOriented());
        assertFalse(r.watertight());
        assertFalse(r.hasGenus());
        IllegalStateException e = assertThrows(IllegalStateException.class, r::genus);
        assertTrue(e.getMessage().contains("3 edges traversed twice in the same direction"), e.getMessage());
        assertTrue(r.toString().contains("not watertight: 3 inconsistently oriented edges"), r.toString());
    }

    @Test
    void collapsedTriangleIsDegenerateAndLeftOutOfTheTopology() {
        Mesh cube = TestMeshes.cube();
        int[] t = java.util.Arrays.copyOf(cube.triangles(), 39);
        t[36] = 0;
        t[37] = 0;
        t[38] = 1;
        MeshReport r = MeshReport.of(new Mesh(cube.vertices(), t, "px"));
        assertCounts(r, 8, 13, 8, 18, 0, 0, 0, 0, 1, 1, 2);
        assertTrue(r.watertight());
        assertEquals(6, r.surfaceArea(), 1e-12);
        assertTrue(r.toString().startsWith("Mesh report: 8 vertices, 13 triangles, 18 edges (1 degenerate triangle)"),
                r.toString());
    }

    @Test
    void zeroAreaTrianglesWithDistinctVerticesAreDegenerateButKept() {
        // collinear (0,1,2) and coincident (3,4,5): both have area 0, both keep their three edges
        Mesh m = new Mesh(new float[] {0, 0, 0, 1, 1, 1, 2, 2, 2, 5, 5, 5, 5, 5, 5, 5, 5, 5},
                new int[] {0, 1, 2, 3, 4, 5}, "px");
        MeshReport r = MeshReport.of(m);
        assertCounts(r, 6, 2, 6, 6, 6, 2, 0, 0, 2, 2, 2);
        assertEquals(0, r.surfaceArea());
    }

    @Test
    void unusedVerticesAreCounted() {
        Mesh cube = TestMeshes.cube();
        float[] v = java.util.Arrays.copyOf(cube.vertices(), 27);
        v[24] = 9;
        MeshReport r = MeshReport.of(new Mesh(v, cube.triangles(), "px"));
        assertCounts(r, 9, 12, 8, 18, 0, 0, 0, 0, 0, 1, 2);
        assertEquals(9, r.bounds().maxX());
        assertTrue(r.toString().contains("(1 unused vertex)"), r.toString());
    }

    @Test
    void pinchedVertexHasNoGenus() {
        // two tetrahedra sharing vertex 0 only: V = 7, E = 12, F = 8, χ = 3, one component: 2 − 3 = −1 is odd
        Mesh m = new Mesh(new float[] {0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, -1, 0, 0, 0, -1, 0, 0, 0, -1},
                new int[] {0, 2, 1, 0, 1, 3, 0, 3, 2, 1, 2, 3, 0, 4, 5, 0, 6, 4, 0, 5, 6, 4, 6, 5}, "px");
        MeshReport r = MeshReport.of(m);
        assertCounts(r, 7, 8, 7, 12, 0, 0, 0, 0, 0, 1, 3);
        assertTrue(r.watertight());
        assertFalse(r.hasGenus());
        assertThrows(IllegalStateException.class, r::genus);
        assertTrue(r.toString().contains("genus undefined (pinched at a vertex)"), r.toString());
        assertEquals(2.0 / 6, r.enclosedVolume(), 1e-12);
    }

    @Test
    void anisotropicBlockInMicrometres() {
        // 10 × 10 × 10 voxels of 0.5 × 0.5 × 2.0 µm: the vertices are in µm, a 5 × 5 × 20 µm box
        MeshReport r = MeshReport.of(TestMeshes.box(0, 0, 0, 10 * 0.5, 10 * 0.5, 10 * 2.0, "µm"));
        assertEquals(5, r.bounds().sizeX());
        assertEquals(5, r.bounds().sizeY());
        assertEquals(20, r.bounds().sizeZ());
        assertEquals(450, r.surfaceArea(), 1e-9);
        assertEquals(500, r.enclosedVolume(), 1e-9);
        assertTrue(r.toString().contains("surface area 450 µm², enclosed volume 500 µm³"), r.toString());
        assertTrue(r.toString().contains("bounds x 0..5, y 0..5, z 0..20 µm"), r.toString());
    }

    @Test
    void emptyMesh() {
        MeshReport r = MeshReport.of(new Mesh(new float[0], new int[0], "mm"));
        assertCounts(r, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertFalse(r.closed());
        assertFalse(r.watertight());
        assertTrue(Double.isNaN(r.bounds().minX()));
        assertEquals("""
                Mesh report: 0 vertices, 0 triangles, 0 edges
                  not watertight: no triangles with three distinct vertices
                  0 components, Euler characteristic 0, genus 0
                  surface area 0 mm², enclosed volume 0 mm³
                  bounds empty""", r.toString());
    }

    @Test
    void twoMillionTriangleTorus() {
        // 1000 × 1000 grid: 1,000,000 vertices, 3,000,000 edges, 2,000,000 triangles; larger than any block
        MeshReport r = MeshReport.of(TestMeshes.torus(300, 100, 1000, 1000));
        assertCounts(r, 1_000_000, 2_000_000, 1_000_000, 3_000_000, 0, 0, 0, 0, 0, 1, 0);
        assertEquals(1, r.genus());
        assertTrue(r.toString().startsWith("Mesh report: 1,000,000 vertices, 2,000,000 triangles, 3,000,000 edges\n"),
                r.toString());
    }

    @Test
    void matchesOpen3d(@TempDir Path dir) throws IOException {
        // Open3D 0.16 (Debian's python3-open3d) measures the same arrays: area, volume of a watertight mesh,
        // Euler-Poincaré characteristic, edges not in exactly two triangles, edges in more than two.
        Python.requireModules("open3d");
        Mesh holed = TestMeshes.without(TestMeshes.torus(3, 1, 40, 20), new java.util.Random(3)
                .ints(300, 0, 1600).distinct().toArray());
        Mesh fin = new Mesh(new float[] {0, 0, 0, 1, 0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 1},
                new int[] {0, 1, 2, 1, 0, 3, 0, 1, 4}, "px");
        Mesh[] meshes = {TestMeshes.icosphere(4), TestMeshes.torus(3, 1, 128, 64), holed, fin,
            TestMeshes.join(TestMeshes.cube(), TestMeshes.box(3, 0, 0, 1, 1, 1, "px"))};
        for (int i = 0; i < meshes.length; i++) {
            ByteBuffer v = ByteBuffer.allocate(4 * meshes[i].vertices().length).order(ByteOrder.LITTLE_ENDIAN);
            v.asFloatBuffer().put(meshes[i].vertices());
            ByteBuffer t = ByteBuffer.allocate(4 * meshes[i].triangles().length).order(ByteOrder.LITTLE_ENDIAN);
            t.asIntBuffer().put(meshes[i].triangles());
            Files.write(dir.resolve(i + ".v"), v.array());
            Files.write(dir.resolve(i + ".t"), t.array());
        }
        String script = String.join("\n",
                "import numpy as np, open3d as o3d",
                "for i in range(" + meshes.length + "):",
                "    v = np.fromfile(f'{i}.v', '<f4').reshape(-1, 3).astype(np.float64)",
                "    t = np.fromfile(f'{i}.t', '<i4').reshape(-1, 3)",
                "    m = o3d.geometry.TriangleMesh(o3d.utility.Vector3dVector(v), o3d.utility.Vector3iVector(t))",
                "    w = m.is_watertight()",
                "    print(repr(m.get_surface_area()), repr(m.get_volume()) if w else 'nan',"
                        + " m.euler_poincare_characteristic(),"
                        + " len(m.get_non_manifold_edges(allow_boundary_edges=False)),"
                        + " len(m.get_non_manifold_edges(allow_boundary_edges=True)), w)");
        Python.Result result = Python.run(List.of("-c", script), dir);
        assertEquals(0, result.exitCode(), result.output());
        String[] lines = result.output().strip().split("\n");
        assertEquals(meshes.length, lines.length, result.output());
        for (int i = 0; i < meshes.length; i++) {
            MeshReport r = MeshReport.of(meshes[i]);
            String[] o = lines[i].trim().split(" ");
            String what = "mesh " + i + ": open3d " + lines[i] + "\n" + r;
            assertEquals(Double.parseDouble(o[0]), r.surfaceArea(), 1e-9 * r.surfaceArea(), what);
            assertEquals(Boolean.parseBoolean(o[5]), r.watertight(), what);
            if (r.watertight()) {
                assertEquals(Double.parseDouble(o[1]), r.enclosedVolume(), 1e-9 * r.enclosedVolume(), what);
            }
            assertEquals(Integer.parseInt(o[2]), r.eulerCharacteristic(), what);
            assertEquals(Integer.parseInt(o[3]), r.boundaryEdges() + r.nonManifoldEdges(), what);
            assertEquals(Integer.parseInt(o[4]), r.nonManifoldEdges(), what);
        }
    }

    @Test
    void numbersKeepSixSignificantDigits() {
        assertEquals("12345.7", MeshReport.number(12345.6789));
        assertEquals("0.125", MeshReport.number(0.125));
        assertEquals("-3", MeshReport.number(-3.0));
        assertEquals("1.23457e+10", MeshReport.number(1.23456789e10));
        assertEquals("2.50000e-05", MeshReport.number(2.5e-5));
    }

    @Test
    void nullMeshIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MeshReport.of(null));
        assertTrue(e.getMessage().contains("mesh"), e.getMessage());
    }
}
