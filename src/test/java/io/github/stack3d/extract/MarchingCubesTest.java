package io.github.stack3d.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Border;
import io.github.stack3d.Stack3D;
import io.github.stack3d.io.mesh.PlyWriter;
import io.github.stack3d.io.tiff.TiffStackWriter;
import io.github.stack3d.Mask;
import io.github.stack3d.Mesh;
import io.github.stack3d.Grid;
import io.github.stack3d.SliceSource;
import io.github.stack3d.Volume;
import io.github.stack3d.mesh.MeshReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarchingCubesTest {

    @Test
    void sphereOfRadius30HasAnalyticAreaAndVolume() {
        Volume v = Fields.ellipsoid(30, 30, 30, 70, 70, 70, Grid.PIXELS);
        Mesh mesh = MarchingCubes.extract(v, 0, Border.CLOSED);
        MeshReport c = MeshReport.of(mesh);
        assertClosed(c);
        assertEquals(4 * Math.PI * 900, c.surfaceArea(), 4 * Math.PI * 900 * 0.005, "area vs 4πr²");
        assertEquals(Fields.ellipsoidVolume(30, 30, 30), c.enclosedVolume(), Fields.ellipsoidVolume(30, 30, 30) * 0.005,
                "volume vs 4/3πr³");
        assertEquals(2, c.eulerCharacteristic());
        assertEquals(1, c.components());
    }

    @ParameterizedTest
    @CsvSource({
        "30, 20, 10, 1, 1, 1",
        "45, 35, 25, 1, 1, 1",
        "30, 20, 10, 0.5, 0.5, 2",
        "45, 35, 25, 1, 0.75, 2.5"})
    void ellipsoidsHaveAnalyticAreaAndVolume(double a, double b, double c, double sx, double sy, double sz) {
        Grid s = Grid.of(sx, sy, sz, "µm");
        int w = (int) Math.ceil((2 * a + 8) / sx);
        int h = (int) Math.ceil((2 * b + 8) / sy);
        int d = (int) Math.ceil((2 * c + 8) / sz);
        Mesh mesh = MarchingCubes.extract(Fields.ellipsoid(a, b, c, w, h, d, s), 0, Border.CLOSED);
        MeshReport check = MeshReport.of(mesh);
        assertClosed(check);
        double area = Fields.ellipsoidArea(a, b, c);
        double volume = Fields.ellipsoidVolume(a, b, c);
        assertEquals(area, check.surfaceArea(), area * 0.005, "area");
        assertEquals(volume, check.enclosedVolume(), volume * 0.005, "volume");
        assertEquals("µm", mesh.unit());
    }

    /**
     * A stack in memory takes the path where the writing pass reuses the counting pass's planes and cube entries;
     * a streamed view of the same stack classifies twice. Smooth grey values, and random 0/255 noise (ambiguous
     * faces, tunnels and loop centres everywhere), 8-bit, 16-bit, float and a mask, both borders, one and three threads.
     */
    @Test
    void inMemoryAndStreamedStacksGiveTheSameMesh() {
        SplittableRandom random = new SplittableRandom(11);
        byte[][] noise = new byte[19][23 * 17];
        for (byte[] slice : noise) {
            for (int i = 0; i < slice.length; i++) {
                slice[i] = (byte) (random.nextInt(3) == 0 ? 255 : 0);
            }
        }
        // floats of far apart sizes with fractions, whose differences a float does not hold exactly (a double does),
        // and 16-bit values: the in-memory path finishes normals at once and must do the streamed path's arithmetic
        float[][] floats = new float[13][21 * 19];
        short[][] shorts = new short[13][21 * 19];
        for (int z = 0; z < 13; z++) {
            for (int i = 0; i < 21 * 19; i++) {
                int pick = random.nextInt(40);
                // and a few NaN (outside) and infinite values, whose gradients are not finite: provisional normals
                floats[z][i] = pick == 0 ? Float.NaN : pick == 1 ? Float.POSITIVE_INFINITY
                        : pick == 2 ? Float.NEGATIVE_INFINITY : (float) (pick % 2 == 0 ? 1e6 + random.nextDouble()
                        * 200 : random.nextDouble());
                shorts[z][i] = (short) (random.nextInt(2) == 0 ? 40000 + random.nextInt(200) : random.nextInt(200));
            }
        }
        Volume smooth = randomSmooth(new SplittableRandom(3), 29, 31, 27);
        SliceSource[] stacks = {smooth, Volume.ofBytes(23, 17, noise, Grid.PIXELS),
                Volume.ofFloats(21, 19, floats, Grid.PIXELS), Volume.ofShorts(21, 19, shorts, Grid.PIXELS),
                Stack3D.threshold(smooth, 100)};
        double[] levels = {100, 100, 5e5, 20000, 0.5};
        for (int s = 0; s < stacks.length; s++) {
            SliceSource v = stacks[s];
            double level = levels[s];
            assertTrue(v.inMemory());
            SliceSource streamed = new ForwardingSource(v) {
                @Override
                public boolean inMemory() {
                    return false;
                }
            };
            for (Border border : Border.values()) {
                for (int threads : new int[] {1, 3}) {
                    Mesh kept = MarchingCubes.extract(v, level, border, threads);
                    Mesh again = MarchingCubes.extract(streamed, level, border, threads);
                    String what = v.type() + ", " + border + ", " + threads + " threads: ";
                    assertTrue(kept.triangleCount() > 0, what + "triangles");
                    assertArrayEquals(again.vertices(), kept.vertices(), what + "vertices");
                    assertArrayEquals(again.triangles(), kept.triangles(), what + "triangles");
                    assertArrayEquals(again.normals(), kept.normals(), what + "normals");
                }
            }
        }
    }

    @Test
    void numericalEllipsoidAreaMatchesTheSphereFormula() {
        assertEquals(4 * Math.PI * 49, Fields.ellipsoidArea(7, 7, 7), 4 * Math.PI * 49 * 1e-6);
    }

    @Test
    void outputIsIdenticalForAnyNumberOfThreads() {
        Volume v = randomSmooth(new SplittableRandom(7), 41, 37, 53);
        Mesh one = MarchingCubes.extract(v, 100, Border.CLOSED, 1);
        for (int threads : new int[] {2, 3, 5, 16}) {
            Mesh many = MarchingCubes.extract(v, 100, Border.CLOSED, threads);
            assertArrayEquals(one.vertices(), many.vertices(), threads + " threads: vertices");
            assertArrayEquals(one.triangles(), many.triangles(), threads + " threads: triangles");
            assertArrayEquals(one.normals(), many.normals(), threads + " threads: normals");
        }
    }

    @Test
    void savedFilesAreByteIdenticalForAnyNumberOfThreads(@TempDir Path dir) throws IOException {
        Volume v = randomSmooth(new SplittableRandom(11), 45, 38, 61);
        Path one = PlyWriter.writeBinary(
                MarchingCubes.extract(v, 120.5, Border.CLOSED, 1), dir.resolve("one.ply"));
        Path three = PlyWriter.writeBinary(
                MarchingCubes.extract(v, 120.5, Border.CLOSED, 3), dir.resolve("three.ply"));
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(three));
    }

    @Test
    void streamingFromTiffSlicesGivesTheSameMeshAsTheLoadedVolume(@TempDir Path dir) throws IOException {
        Volume v = randomSmooth(new SplittableRandom(5), 40, 33, 29).withGrid(Grid.of(0.5, 0.5, 2, "µm"));
        TiffStackWriter.writeSlices(v, dir);
        Volume lazy = Stack3D.openStack(dir.toString());
        Mesh loaded = MarchingCubes.extract(v, 110.5, Border.CLOSED, 2);
        Mesh streamed = MarchingCubes.extract(lazy, 110.5, Border.CLOSED, 2);
        assertArrayEquals(loaded.vertices(), streamed.vertices());
        assertArrayEquals(loaded.triangles(), streamed.triangles());
        assertArrayEquals(loaded.normals(), streamed.normals());
        assertEquals("µm", streamed.unit());
    }

    @Test
    void sixteenBitAndFloatVolumesGiveTheSameSurfaceAsTheirEightBitValues() {
        Volume v = randomSmooth(new SplittableRandom(9), 30, 27, 25);
        short[][] shorts = new short[v.depth()][];
        float[][] floats = new float[v.depth()][];
        for (int z = 0; z < v.depth(); z++) {
            byte[] b = v.bytes(z);
            shorts[z] = new short[b.length];
            floats[z] = new float[b.length];
            for (int i = 0; i < b.length; i++) {
                shorts[z][i] = (short) (b[i] & 0xFF);
                floats[z][i] = b[i] & 0xFF;
            }
        }
        Mesh bytes = MarchingCubes.extract(v, 99.5, Border.CLOSED, 2);
        for (Volume other : new Volume[] {Volume.ofShorts(30, 27, shorts, Grid.PIXELS),
            Volume.ofFloats(30, 27, floats, Grid.PIXELS)}) {
            Mesh m = MarchingCubes.extract(other, 99.5, Border.CLOSED, 2);
            assertArrayEquals(bytes.vertices(), m.vertices(), other.type().toString());
            assertArrayEquals(bytes.triangles(), m.triangles(), other.type().toString());
        }
    }

    @Test
    void theSurfaceBelowALevelIsTheSurfaceOfTheNegative() {
        Volume v = randomSmooth(new SplittableRandom(13), 33, 30, 28);
        byte[][] negative = new byte[v.depth()][];
        for (int z = 0; z < v.depth(); z++) {
            negative[z] = v.bytes(z).clone();
            for (int i = 0; i < negative[z].length; i++) {
                negative[z][i] = (byte) (255 - (negative[z][i] & 0xFF));
            }
        }
        Mesh below = MarchingCubes.extractBelow(v, 60.5, Border.CLOSED);
        Mesh mirrored = MarchingCubes.extract(Volume.ofBytes(33, 30, negative, Grid.PIXELS), 194.5, Border.CLOSED);
        assertArrayEquals(mirrored.vertices(), below.vertices());
        assertArrayEquals(mirrored.triangles(), below.triangles());
        assertTrue(MeshReport.of(below).enclosedVolume() > 0, "normals point out of the dark region");
    }

    @Test
    void theDarkSpecimenGetsASmoothClosedSurfaceEnclosingItsMask() {
        Volume specimen = io.github.stack3d.sample.SampleStacks.specimen();
        Mesh mesh = Stack3D.marchingCubesBelow(specimen, 100.5);
        MeshReport r = MeshReport.of(mesh);
        assertClosed(r);
        assertEquals(2, r.components(), "the outer surface and the cavity's");
        // the mask of inRange(0, 100) holds 1,248,846 voxels of 0.5 × 0.5 × 1 µm (SampleStacksTest); the surface
        // runs between the centres of mask and background voxels, so it is at most half a voxel step (0.5 µm)
        // from the mask's boundary, and the volumes differ by at most area × 0.5 µm
        assertEquals(1_248_846 * 0.25, r.enclosedVolume(), r.surfaceArea() * 0.5);
        assertTrue(mesh.hasNormals());
    }

    @Test
    void randomVolumesGiveClosedManifoldMeshes() {
        SplittableRandom random = new SplittableRandom(20261130);
        for (int n = 0; n < 3000; n++) {
            int w = 1 + random.nextInt(7);
            int h = 1 + random.nextInt(7);
            int d = 1 + random.nextInt(7);
            byte[][] slices = new byte[d][w * h];
            int values = 2 + random.nextInt(5);
            for (byte[] s : slices) {
                for (int i = 0; i < s.length; i++) {
                    s[i] = (byte) (random.nextInt(values) * 50);
                }
            }
            Volume v = Volume.ofBytes(w, h, slices, Grid.PIXELS);
            double level = random.nextInt(values * 50 + 1) + (random.nextBoolean() ? 0.5 : 0);
            Mesh mesh;
            try {
                mesh = MarchingCubes.extract(v, level, Border.CLOSED, 1 + random.nextInt(3));
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage().startsWith("no surface"), e.getMessage());
                continue;
            }
            MeshReport c = MeshReport.of(mesh);
            String what = "case " + n + " " + w + "×" + h + "×" + d + " level " + level;
            assertEquals(0, unsound(c), what + ": edges not shared by exactly two opposite triangles");
            assertEquals(0, c.degenerateTriangles(), what + ": zero-area triangles");
            assertTrue(c.enclosedVolume() > 0, what + ": enclosed volume " + c.enclosedVolume());
            assertEquals(0, (2 * c.components() - c.eulerCharacteristic()) % 2, what + ": Euler characteristic parity");
            assertTrue(c.eulerCharacteristic() <= 2L * c.components(), what + ": Euler " + c.eulerCharacteristic() + " > 2 × components");
        }
    }

    @Test
    void levelEqualToVoxelValuesGivesNoZeroAreaTriangles() {
        Volume v = randomSmooth(new SplittableRandom(3), 40, 40, 40);
        Mesh at = MarchingCubes.extract(v, 100, Border.CLOSED);
        Mesh between = MarchingCubes.extract(v, 99.5, Border.CLOSED);
        MeshReport c = MeshReport.of(at);
        assertEquals(0, c.degenerateTriangles());
        assertEquals(0, unsound(c));
        assertEquals(between.vertexCount(), at.vertexCount(), "same classification, same crossed edges");
    }

    @Test
    void maskSurfaceOfACubeIsClosedAndHasTheRightVolume() {
        int n = 10;
        boolean[][] slices = new boolean[n + 4][(n + 4) * (n + 4)];
        for (int z = 2; z < n + 2; z++) {
            for (int y = 2; y < n + 2; y++) {
                for (int x = 2; x < n + 2; x++) {
                    slices[z][y * (n + 4) + x] = true;
                }
            }
        }
        Mask mask = Mask.ofBooleans(n + 4, n + 4, slices, Grid.of(1, 2, 3, "mm"));
        MeshReport c = MeshReport.of(MarchingCubes.extract(mask, Border.CLOSED));
        assertClosed(c);
        // a cube of n voxels has its surface half a voxel out on each face, chamfered on the edges and corners
        double full = (n) * (n) * (n) * 6.0;
        assertTrue(c.enclosedVolume() < full && c.enclosedVolume() > (n - 1) * (n - 1) * (n - 1) * 6.0, "volume " + c.enclosedVolume());
        assertEquals(2, c.eulerCharacteristic());
    }

    @Test
    void objectTouchingTheBorderIsCappedOrLeftOpen() {
        boolean[][] full = new boolean[4][5 * 6];
        for (boolean[] s : full) {
            java.util.Arrays.fill(s, true);
        }
        Mask mask = Mask.ofBooleans(5, 6, full, Grid.PIXELS);
        MeshReport closed = MeshReport.of(MarchingCubes.extract(mask, Border.CLOSED));
        assertClosed(closed);
        // capped at the outermost voxel centres: a 4 × 5 × 3 box
        assertEquals(4 * 5 * 3, closed.enclosedVolume(), 0.1);
        assertThrows(IllegalArgumentException.class, () -> MarchingCubes.extract(mask, Border.OPEN));
    }

    /** A single slice (issue 10 item 13): the closed mesh is a slab one voxel thick, not a sheet of no thickness. */
    @ParameterizedTest(name = "{0}×{1}×1, {2} threads")
    @CsvSource({"8, 7, 1", "8, 7, 2", "9, 6, 3"})
    void aSingleSliceGivesASlabOneVoxelThick(int w, int h, int threads) {
        int d = 1;
        byte[][] slices = new byte[d][w * h];
        int inside = 0;
        for (int z = 0; z < d; z++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    boolean in = x >= 2 && x < 5 && y >= 1 && y < 5;
                    slices[z][y * w + x] = (byte) (in ? 200 : 0);
                    inside += in ? 1 : 0;
                }
            }
        }
        assertEquals(12, inside);
        Grid grid = Grid.of(0.5, 0.5, 2, "µm");
        Mesh mesh = MarchingCubes.extract(Volume.ofBytes(w, h, slices, grid), 100, Border.CLOSED, threads);
        MeshReport r = MeshReport.of(mesh);
        assertClosed(r);
        assertTrue(r.watertight(), r.toString());
        // a 3×4 block of voxels: its contour cuts a triangle of 1/8 voxel at each corner; one voxel (2 µm) thick
        assertEquals((12 - 0.5) * 0.5 * 0.5 * 2, r.enclosedVolume(), 0.01, "volume of the slab");
        assertEquals(-1, r.bounds().minZ(), 1e-6, "half a voxel below");
        assertEquals(1, r.bounds().maxZ(), 1e-6, "half a voxel above");
        assertEquals(1, r.components());
        assertEquals(0, r.genus());
    }

    @Test
    void openBorderLeavesBoundaryEdges() {
        Volume v = Fields.ellipsoid(10, 10, 10, 16, 16, 16, Grid.PIXELS);
        MeshReport open = MeshReport.of(MarchingCubes.extract(v, 0, Border.OPEN));
        assertTrue(unsound(open) > 0, "a sphere cut by the stack's faces has an open boundary");
        MeshReport closed = MeshReport.of(MarchingCubes.extract(v, 0, Border.CLOSED));
        assertEquals(0, unsound(closed));
    }

    @Test
    void normalsPointOutOfTheObject() {
        Volume v = Fields.ellipsoid(12, 9, 7, 30, 30, 30, Grid.PIXELS);
        Mesh mesh = MarchingCubes.extract(v, 0, Border.CLOSED);
        float[] p = mesh.vertices();
        float[] n = mesh.normals();
        double[] centre = Fields.centre(30, 30, 30, Grid.PIXELS);
        double cx = centre[0];
        double cy = centre[1];
        double cz = centre[2];
        for (int i = 0; i < mesh.vertexCount(); i++) {
            double dot = (p[3 * i] - cx) * n[3 * i] + (p[3 * i + 1] - cy) * n[3 * i + 1]
                    + (p[3 * i + 2] - cz) * n[3 * i + 2];
            assertTrue(dot > 0, "normal of vertex " + i + " points inwards");
            double len = Math.sqrt(n[3 * i] * n[3 * i] + n[3 * i + 1] * n[3 * i + 1] + n[3 * i + 2] * n[3 * i + 2]);
            assertEquals(1, len, 1e-5);
        }
    }

    @Test
    void errorsNameTheProblem() {
        Volume v = randomSmooth(new SplittableRandom(1), 8, 8, 8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MarchingCubes.extract(v, 300, Border.CLOSED));
        assertTrue(e.getMessage().contains("no voxel is >= 300"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> MarchingCubes.extract(v, Double.NaN, Border.CLOSED));
        assertTrue(e.getMessage().contains("level"), e.getMessage());
    }

    /**
     * The message says which way the caller's own level must move: down to enclose voxels >= it, up for <= it
     * (marchingCubesBelow runs on the negative at a mirrored level, which the message must not show). A stack
     * wholly inside has a surface (its caps) unless the border is open.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "above | 300 | CLOSED | no surface at level 300.0: no voxel is >= 300.0 (8-bit data); lower the level",
            "above | -1  | OPEN   | no surface at level -1.0: every voxel is >= -1.0, and with Border.OPEN a full "
                    + "stack has no surface; raise the level or use Border.CLOSED",
            "below | -1  | CLOSED | no surface at level -1.0: no voxel is <= -1.0 (8-bit data); raise the level",
            "below | 300 | OPEN   | no surface at level 300.0: every voxel is <= 300.0, and with Border.OPEN a full "
                    + "stack has no surface; lower the level or use Border.CLOSED"})
    void noSurfaceSaysWhichWayToMoveTheLevel(String side, double level, Border border, String message) {
        Volume v = randomSmooth(new SplittableRandom(1), 8, 8, 8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
            Mesh unused = side.equals("above") ? MarchingCubes.extract(v, level, border)
                    : MarchingCubes.extractBelow(v, level, border);
        });
        assertEquals(message, e.getMessage());
    }

    @Test
    void theFacadeSaysRaiseForALevelBelowEveryVoxel() {
        Volume v = randomSmooth(new SplittableRandom(1), 8, 8, 8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Stack3D.marchingCubesBelow(v, -1));
        assertTrue(e.getMessage().endsWith("no voxel is <= -1.0 (8-bit data); raise the level"), e.getMessage());
    }

    @Test
    void noSurfaceOfAMaskSpeaksOfTheMaskNotOfALevel() {
        Volume zeros = Volume.ofBytes(4, 4, new byte[4][16], Grid.PIXELS);
        Mask empty = Mask.ofBooleans(4, 4, new boolean[4][16], Grid.PIXELS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Stack3D.marchingCubes(empty));
        assertEquals("no surface: the mask is empty (no voxel is set)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Stack3D.marchingCubes(Stack3D.inRange(zeros, 0, 255), Border.OPEN));
        assertTrue(e.getMessage().startsWith("no surface: every voxel of the mask is set"), e.getMessage());
    }

    private static void assertClosed(MeshReport c) {
        assertEquals(0, unsound(c), "every edge in exactly two triangles, in opposite directions");
        assertEquals(0, c.degenerateTriangles(), "zero-area triangles");
        assertTrue(c.enclosedVolume() > 0, "enclosed volume " + c.enclosedVolume());
    }

    /** A smooth random 8-bit field: a sum of a few Gaussian blobs, values 0..255. */
    static Volume randomSmooth(SplittableRandom random, int w, int h, int d) {
        int k = 5;
        double[][] blobs = new double[k][5];
        for (double[] b : blobs) {
            b[0] = random.nextDouble() * w;
            b[1] = random.nextDouble() * h;
            b[2] = random.nextDouble() * d;
            b[3] = 3 + random.nextDouble() * Math.min(w, Math.min(h, d)) / 3;
            b[4] = 120 + random.nextDouble() * 120;
        }
        byte[][] slices = new byte[d][w * h];
        for (int z = 0; z < d; z++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    double f = 0;
                    for (double[] b : blobs) {
                        double r2 = (x - b[0]) * (x - b[0]) + (y - b[1]) * (y - b[1]) + (z - b[2]) * (z - b[2]);
                        f += b[4] * Math.exp(-r2 / (2 * b[3] * b[3]));
                    }
                    slices[z][y * w + x] = (byte) Math.min(255, Math.round(f));
                }
            }
        }
        return Volume.ofBytes(w, h, slices, Grid.PIXELS);
    }

    /** Edges that are not in exactly two triangles, in opposite directions. */
    static long unsound(MeshReport r) {
        return (long) r.boundaryEdges() + r.nonManifoldEdges() + r.inconsistentEdges();
    }
}
