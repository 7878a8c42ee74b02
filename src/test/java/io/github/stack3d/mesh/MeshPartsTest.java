package io.github.stack3d.mesh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Grid;
import io.github.stack3d.Mesh;
import io.github.stack3d.Python;
import io.github.stack3d.Stack3D;
import io.github.stack3d.TestData;
import io.github.stack3d.Volume;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeshPartsTest {

    /** The mesh with every coordinate scaled by {@code s} and shifted by {@code dx} along x. */
    private static Mesh moved(Mesh m, double s, double dx) {
        float[] v = m.vertices().clone();
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (v[i] * s + (i % 3 == 0 ? dx : 0));
        }
        return new Mesh(v, m.triangles(), m.unit());
    }

    /** The mesh with normals and colours that encode each vertex's index, to see where each vertex went. */
    private static Mesh tagged(Mesh m) {
        int n = m.vertexCount();
        float[] normals = new float[3 * n];
        byte[] colors = new byte[3 * n];
        for (int i = 0; i < n; i++) {
            normals[3 * i] = i;
            colors[3 * i] = (byte) i;
            colors[3 * i + 1] = (byte) (i >> 8);
        }
        return new Mesh(m.vertices(), m.triangles(), normals, colors, m.unit());
    }

    /** A small sphere (radius 1, 162 vertices, 320 triangles) first, then a big one (radius 3, 642, 1280). */
    private static Mesh smallThenBig() {
        return TestMeshes.join(TestMeshes.icosphere(2), moved(TestMeshes.icosphere(3), 3, 10));
    }

    @Test
    void largestPartKeepsTheBigSphereWithItsVerticesInOrder() {
        Mesh big = moved(TestMeshes.icosphere(3), 3, 10);
        Mesh both = tagged(smallThenBig());
        Mesh largest = MeshParts.largest(both);
        assertEquals(642, largest.vertexCount());
        assertEquals(1280, largest.triangleCount());
        assertArrayEquals(big.vertices(), largest.vertices());
        assertArrayEquals(big.triangles(), largest.triangles(), "indices shifted back by the 162 small vertices");
        for (int i = 0; i < 642; i++) {
            assertEquals(162 + i, largest.normals()[3 * i], "normal of vertex " + i);
            assertEquals(162 + i, (largest.colors()[3 * i] & 255) | (largest.colors()[3 * i + 1] & 255) << 8);
        }
        assertEquals(MeshMeasures.surfaceArea(big), MeshMeasures.surfaceArea(largest), 1e-9);
        assertTrue(MeshReport.of(largest).watertight());
        // the same part when the big sphere comes first: the mesh is then returned as the big sphere's arrays
        Mesh bigFirst = TestMeshes.join(big, TestMeshes.icosphere(2));
        assertArrayEquals(big.triangles(), MeshParts.largest(bigFirst).triangles());
    }

    /** Two voxel balls, radius 8 and 4, in one 8-bit stack; the big one alone in another. */
    private static Volume balls(boolean withSmall) {
        int w = 48;
        int h = 24;
        byte[][] slices = new byte[24][w * h];
        for (int z = 0; z < 24; z++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    boolean inBig = Math.hypot(Math.hypot(x - 12, y - 12), z - 12) <= 8;
                    boolean inSmall = withSmall && Math.hypot(Math.hypot(x - 36, y - 11), z - 13) <= 4;
                    slices[z][y * w + x] = (byte) (inBig || inSmall ? 200 : 10);
                }
            }
        }
        return Volume.ofBytes(w, h, slices, Grid.of(0.5, 0.5, 1.0, "µm"));
    }

    @Test
    void largestPartOfTwoMarchingCubesBallsIsTheBigBallsOwnMesh() {
        Mesh both = Stack3D.marchingCubes(balls(true), 100);
        Mesh alone = Stack3D.marchingCubes(balls(false), 100);
        assertEquals(2, MeshReport.of(both).components());
        Mesh largest = Stack3D.largestPart(both);
        assertTrue(largest.vertexCount() < both.vertexCount());
        assertEquals(alone.vertexCount(), largest.vertexCount());
        assertEquals(alone.triangleCount(), largest.triangleCount());
        assertArrayEquals(alone.vertices(), largest.vertices(), "vertices in marching cubes' order");
        assertArrayEquals(alone.triangles(), largest.triangles());
        assertArrayEquals(alone.normals(), largest.normals());
    }

    @Test
    void removeSmallPartsKeepsPartsOfAtLeastMinArea() {
        Mesh both = smallThenBig();
        List<MeshPart> parts = MeshParts.of(both);
        assertEquals(2, parts.size());
        double small = parts.get(1).surfaceArea();
        double big = parts.get(0).surfaceArea();
        assertEquals(MeshMeasures.surfaceArea(TestMeshes.icosphere(2)), small, 1e-9);
        assertTrue(big > 8 * small, big + " vs " + small);

        assertSame(both, Stack3D.removeSmallParts(both, 0), "nothing to remove: the mesh itself");
        assertSame(both, Stack3D.removeSmallParts(both, small), "a part of exactly minArea stays");
        Mesh kept = Stack3D.removeSmallParts(both, Math.nextUp(small));
        assertEquals(642, kept.vertexCount());
        assertEquals(1280, kept.triangleCount());
        assertEquals(642, Stack3D.removeSmallParts(both, big).vertexCount());
        IllegalArgumentException all = assertThrows(IllegalArgumentException.class,
                () -> Stack3D.removeSmallParts(both, Math.nextUp(big)));
        assertTrue(all.getMessage().contains("removes every part") && all.getMessage().contains("lower minArea"),
                all.getMessage());
    }

    @Test
    void badParametersAreRejectedNamingThem() {
        Mesh cube = TestMeshes.cube();
        for (double bad : new double[] {-1, -Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Stack3D.removeSmallParts(cube, bad));
            assertTrue(e.getMessage().startsWith("minArea is " + bad) && e.getMessage().contains(">= 0"),
                    e.getMessage());
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Stack3D.largestPart(null))
                .getMessage().startsWith("mesh is null"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Stack3D.removeSmallParts(null, 1))
                .getMessage().startsWith("mesh is null"));
        Mesh empty = new Mesh(new float[3], new int[0], "px");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Stack3D.largestPart(empty))
                .getMessage().contains("no triangles"));
        Mesh collapsed = new Mesh(new float[] {0, 0, 0, 1, 0, 0}, new int[] {0, 0, 1}, "px");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Stack3D.removeSmallParts(collapsed, 0))
                .getMessage().contains("three distinct vertices"));
    }

    @Test
    void unusedVerticesAndCollapsedTrianglesAreDropped() {
        Mesh cube = TestMeshes.cube();
        float[] v = Arrays.copyOf(cube.vertices(), 27);
        v[24] = 9; // vertex 8: used by no triangle
        int[] t = Arrays.copyOf(cube.triangles(), 42);
        System.arraycopy(new int[] {1, 1, 2, 8, 8, 8}, 0, t, 36, 6); // two collapsed triangles
        Mesh m = new Mesh(v, t, "px");
        Mesh clean = Stack3D.removeSmallParts(m, 0);
        assertArrayEquals(cube.vertices(), clean.vertices());
        assertArrayEquals(cube.triangles(), clean.triangles());
        assertEquals(1, MeshParts.of(m).size());
        assertEquals(12, MeshParts.of(m).get(0).triangles());
    }

    @Test
    void unusedVerticesBetweenPartsAreRenumberedCompactly() {
        // cube 0..7, an unused vertex 8, a second cube 9..16: the second cube's indices drop by one
        Mesh a = TestMeshes.cube();
        Mesh b = TestMeshes.box(3, 0, 0, 2, 2, 2, "px");
        float[] v = new float[51];
        System.arraycopy(a.vertices(), 0, v, 0, 24);
        System.arraycopy(b.vertices(), 0, v, 27, 24);
        int[] t = new int[72];
        for (int i = 0; i < 36; i++) {
            t[i] = a.triangles()[i];
            t[36 + i] = b.triangles()[i] + 9;
        }
        Mesh clean = Stack3D.removeSmallParts(new Mesh(v, t, "px"), 0);
        assertEquals(16, clean.vertexCount());
        for (int i = 0; i < 36; i++) {
            assertEquals(b.triangles()[i] + 8, clean.triangles()[36 + i]);
        }
        assertArrayEquals(b.vertices(), Arrays.copyOfRange(clean.vertices(), 24, 48));
        assertArrayEquals(b.vertices(), Stack3D.largestPart(clean).vertices());
    }

    @Test
    void surfacesTouchingAtOneVertexAreOnePart() {
        // two tetrahedra sharing vertex 0 only: one part, as MeshReport counts one component
        Mesh tet = TestMeshes.tetrahedron();
        float[] v = Arrays.copyOf(tet.vertices(), 21);
        float[] mirrored = {-1, 0, 0, 0, -1, 0, 0, 0, -1};
        System.arraycopy(mirrored, 0, v, 12, 9);
        int[] t = Arrays.copyOf(tet.triangles(), 24);
        int[] other = {0, 4, 5, 0, 6, 4, 0, 5, 6, 4, 6, 5};
        System.arraycopy(other, 0, t, 12, 12);
        Mesh m = new Mesh(v, t, "px");
        assertEquals(1, MeshReport.of(m).components());
        assertEquals(1, MeshParts.of(m).size());
        assertEquals(7, MeshParts.of(m).get(0).vertices());
        assertSame(m, Stack3D.largestPart(m));
    }

    @Test
    void equalPartsGoInTheOrderOfTheirSmallestVertex() {
        Mesh three = TestMeshes.join(TestMeshes.box(5, 0, 0, 1, 1, 1, "px"), TestMeshes.box(0, 0, 0, 2, 1, 1, "px"),
                TestMeshes.box(9, 0, 0, 1, 1, 1, "px"));
        List<MeshPart> parts = MeshParts.of(three);
        assertEquals(List.of(10.0, 6.0, 6.0), parts.stream().map(MeshPart::surfaceArea).toList());
        assertEquals(5.0, parts.get(1).bounds().minX());
        assertEquals(9.0, parts.get(2).bounds().minX());
        Mesh twoEqual = TestMeshes.join(TestMeshes.box(5, 0, 0, 1, 1, 1, "px"), TestMeshes.cube());
        assertEquals(5.0, Stack3D.largestPart(twoEqual).bounds()[0], "the first of equal parts");
    }

    @Test
    void partsAreMeasuredOneByOne() {
        Mesh m = TestMeshes.join(TestMeshes.cube(), TestMeshes.box(3, 0, 0, 2, 2, 2, "px"),
                TestMeshes.torus(3, 1, 64, 32));
        List<MeshPart> parts = MeshParts.of(m);
        assertEquals(3, parts.size());
        Mesh torus = TestMeshes.torus(3, 1, 64, 32);
        MeshPart first = parts.get(0);
        assertEquals(64 * 32, first.vertices());
        assertEquals(2 * 64 * 32, first.triangles());
        assertEquals(MeshMeasures.surfaceArea(torus), first.surfaceArea(), 1e-9);
        assertEquals(MeshMeasures.enclosedVolume(torus), first.enclosedVolume(), 1e-9);
        assertEquals(new MeshPart(12, 8, 24, 8, new MeshReport.Bounds(3, 0, 0, 5, 2, 2)), parts.get(1));
        assertEquals(new MeshPart(12, 8, 6, 1, new MeshReport.Bounds(0, 0, 0, 1, 1, 1)), parts.get(2));
        assertFalse(MeshParts.of(new Mesh(new float[0], new int[0], "px")).iterator().hasNext());
    }

    /** The demo's mesh (README): the specimen's dark body with its cavity, two closed surfaces. */
    private static Mesh demoMesh() {
        return Stack3D.marchingCubesBelow(Stack3D.sampleStack(), 100.5);
    }

    /** The MorphoLibJ bat cochlea at 127.5, borders closed. */
    private static Mesh cochleaMesh() throws IOException {
        return Stack3D.marchingCubes(Stack3D.loadStack(TestData.require("morpholibj/bat-cochlea-volume.tif")), 127.5);
    }

    /** The parts add up to the whole: triangles, vertices, area, volume; each box lies in the mesh's box. */
    private static void assertPartsAddUp(Mesh mesh, MeshReport r) {
        List<MeshPart> parts = r.parts();
        assertEquals(r.components(), parts.size(), r.toString());
        assertEquals(r.triangles(), parts.stream().mapToInt(MeshPart::triangles).sum());
        assertEquals(r.referencedVertices(), parts.stream().mapToInt(MeshPart::vertices).sum());
        assertEquals(r.surfaceArea(), parts.stream().mapToDouble(MeshPart::surfaceArea).sum(), 1e-9 * r.surfaceArea());
        assertEquals(r.enclosedVolume(), parts.stream().mapToDouble(MeshPart::enclosedVolume).sum(),
                1e-6 * Math.abs(r.enclosedVolume()));
        for (int i = 1; i < parts.size(); i++) {
            assertTrue(parts.get(i).surfaceArea() <= parts.get(i - 1).surfaceArea(), "largest first");
        }
        for (MeshPart p : parts) {
            MeshReport.Bounds b = p.bounds();
            assertTrue(b.minX() >= r.bounds().minX() && b.maxX() <= r.bounds().maxX() && b.minY() >= r.bounds().minY()
                    && b.maxY() <= r.bounds().maxY() && b.minZ() >= r.bounds().minZ() && b.maxZ() <= r.bounds().maxZ());
        }
        // the largest part on its own measures as listed
        MeshReport largest = MeshReport.of(Stack3D.largestPart(mesh));
        assertEquals(1, largest.components());
        assertEquals(parts.get(0).triangles(), largest.triangles());
        assertEquals(parts.get(0).vertices(), largest.vertices());
        assertEquals(parts.get(0).surfaceArea(), largest.surfaceArea(), 1e-9 * largest.surfaceArea());
        assertEquals(parts.get(0).enclosedVolume(), largest.enclosedVolume(), 1e-9 * largest.enclosedVolume());
        assertEquals(parts.get(0).bounds(), largest.bounds());
    }

    @Test
    void demoMeshIsTheBodyAndItsCavity() {
        Mesh mesh = demoMesh();
        MeshReport r = MeshReport.of(mesh);
        assertPartsAddUp(mesh, r);
        // The body's outer surface encloses the body and the cavity (the specimen's javadoc: 1,248,846 + 16,171
        // voxels of 0.25 µm³), within 2 %: the level 100.5 lies nearer the body's values (30..90) than the
        // background's (150..230), so the surface runs inside the voxels' boundary.
        assertEquals(2, r.parts().size());
        MeshPart outer = r.parts().get(0);
        MeshPart cavity = r.parts().get(1);
        assertEquals((1_248_846 + 16_171) * 0.25, outer.enclosedVolume(), 0.02 * (1_248_846 + 16_171) * 0.25);
        // The cavity's surface faces into the body: negative volume. A crop holding the cavity and some body
        // around it, meshed above the level, gives that surface alone facing the other way (the same triangles; the
        // positions agree to float rounding: 3e-6 of the area was seen).
        MeshReport.Bounds b = cavity.bounds();
        int x = (int) (b.minX() / 0.5) - 3;
        int y = (int) (b.minY() / 0.5) - 3;
        int z = (int) b.minZ() - 3;
        Volume around = Stack3D.crop(Stack3D.sampleStack(), x, y, z, (int) (b.maxX() / 0.5) + 4 - x,
                (int) (b.maxY() / 0.5) + 4 - y, (int) b.maxZ() + 4 - z);
        MeshReport alone = MeshReport.of(Stack3D.marchingCubes(around, 100.5));
        assertEquals(1, alone.components(), alone.toString());
        assertEquals(cavity.triangles(), alone.triangles());
        assertEquals(alone.surfaceArea(), cavity.surfaceArea(), 2e-5 * alone.surfaceArea());
        assertEquals(-alone.enclosedVolume(), cavity.enclosedVolume(), 2e-5 * alone.enclosedVolume());
        assertEquals(alone.bounds().minX(), b.minX(), 1e-4);
        assertEquals(alone.bounds().maxZ(), b.maxZ(), 1e-4);
        assertTrue(r.toString().contains("\n  parts, largest first:\n    1: area "), r.toString());
        Mesh body = Stack3D.removeSmallParts(mesh, cavity.surfaceArea() * 1.01);
        assertEquals(outer.triangles(), body.triangleCount());
    }

    @Test
    void cochleaPartsAddUp() throws IOException {
        Mesh mesh = cochleaMesh();
        assertPartsAddUp(mesh, MeshReport.of(mesh));
    }

    @Test
    void partsMatchOpen3dsConnectedTriangleClusters(@TempDir Path dir) throws IOException {
        // Open3D 0.16 (Debian's python3-open3d) clusters triangles through shared edges; marching-cubes surfaces
        // meet only along edges, so its clusters are our parts: the same triangle counts and areas, largest first
        Python.requireModules("open3d");
        Mesh[] meshes = {demoMesh(), cochleaMesh()};
        for (int i = 0; i < meshes.length; i++) {
            Stack3D.savePly(new Mesh(meshes[i].vertices(), meshes[i].triangles(), "px"), dir.resolve(i + ".ply"));
        }
        String script = String.join("\n",
                "import numpy as np, open3d as o3d",
                "for i in range(" + meshes.length + "):",
                "    m = o3d.io.read_triangle_mesh(f'{i}.ply')",
                "    c, n, a = m.cluster_connected_triangles()",
                "    order = sorted(range(len(n)), key=lambda k: -a[k])",
                "    print(' '.join(f'{n[k]}:{a[k]!r}' for k in order))");
        Python.Result result = Python.run(List.of("-c", script), dir);
        assertEquals(0, result.exitCode(), result.output());
        String[] lines = result.output().strip().split("\n");
        assertEquals(meshes.length, lines.length, result.output());
        for (int i = 0; i < meshes.length; i++) {
            List<MeshPart> parts = MeshParts.of(meshes[i]);
            String[] clusters = lines[i].trim().split(" ");
            assertEquals(clusters.length, parts.size(), "mesh " + i + ": open3d clusters " + lines[i]);
            for (int k = 0; k < parts.size(); k++) {
                String[] na = clusters[k].split(":");
                double area = Double.parseDouble(na[1]);
                assertEquals(area, parts.get(k).surfaceArea(), 1e-9 * area, "mesh " + i + " part " + k);
                assertEquals(Integer.parseInt(na[0]), parts.get(k).triangles(), "mesh " + i + " part " + k);
            }
        }
    }
}
