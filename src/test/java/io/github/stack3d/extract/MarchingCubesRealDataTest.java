package io.github.stack3d.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Border;
import io.github.stack3d.Mesh;
import io.github.stack3d.Python;
import io.github.stack3d.Stack3D;
import io.github.stack3d.TestData;
import io.github.stack3d.Volume;
import io.github.stack3d.mesh.MeshReport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Marching cubes on the real stacks in {@code ../shared/data} (skipped with a message when absent). */
class MarchingCubesRealDataTest {

    /** Every stack, with a level between its object and background values. */
    static Stream<Arguments> stacks() {
        return Stream.of(
                Arguments.of("morpholibj/bat-cochlea-volume.tif", 127.5),
                Arguments.of("morpholibj/bat-cochlea_sub25.tif", 127.5),
                Arguments.of("morpholibj/ellipsoid_A30_B20_C10_T00_P00.tif", 127.5),
                Arguments.of("morpholibj/ellipsoid_A30_B20_C10_T30_P30.tif", 127.5),
                Arguments.of("morpholibj/ellipsoid_A45_B35_C25_T30_P20_R10.tif", 127.5),
                Arguments.of("morpholibj/random_prolate_ellipsoid_01.tif", 127.5),
                Arguments.of("morpholibj/hilbert3d.tif", 127.5),
                Arguments.of("morpholibj/microstructure3D_10x10x10.tif", 127.5),
                Arguments.of("morpholibj/matrix2x2x2.tif", 127.5),
                Arguments.of("cochlea-slices", 127.5),
                Arguments.of("real/mri-stack.tif", 35.5),
                Arguments.of("real/mri-stack-slices", 35.5),
                Arguments.of("real/mri-stack.tif", 100.5));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("stacks")
    void everyRealStackGivesAClosedManifoldMesh(String name, double level) throws IOException {
        Volume v = Stack3D.loadStack(TestData.require(name));
        for (int threads : new int[] {1, 2}) {
            Mesh mesh = MarchingCubes.extract(v, level, Border.CLOSED, threads);
            MeshReport c = MeshReport.of(mesh);
            assertEquals(0, MarchingCubesTest.unsound(c), name + ": edges not in exactly two opposite triangles");
            assertEquals(0, c.degenerateTriangles(), name + ": zero-area triangles");
            assertTrue(c.enclosedVolume() > 0, name + ": enclosed volume " + c.enclosedVolume());
            assertEquals(0, (2 * c.components() - c.eulerCharacteristic()) % 2, name + ": Euler characteristic is odd");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ellipsoid_A30_B20_C10_T00_P00.tif, 30, 20, 10",
        "ellipsoid_A30_B20_C10_T30_P30.tif, 30, 20, 10",
        "ellipsoid_A45_B35_C25_T30_P20_R10.tif, 45, 35, 25"})
    void morphoLibJEllipsoidMasksEncloseTheirAnalyticVolume(String file, double a, double b, double c)
            throws IOException {
        Volume v = Stack3D.loadStack(TestData.require("morpholibj/" + file));
        Mesh mesh = Stack3D.marchingCubes(Stack3D.threshold(v, 128));
        double expected = Fields.ellipsoidVolume(a, b, c);
        assertEquals(expected, MeshReport.of(mesh).enclosedVolume(), expected * 0.02, file);
    }

    /**
     * The stacks and levels compared with scikit-image (borders open, as skimage leaves them). Levels lie between
     * grey values: where a voxel equals the level, the tools place and merge vertices differently.
     */
    static Stream<Arguments> skimageCases() {
        return Stream.of(
                Arguments.of("morpholibj/bat-cochlea-volume.tif", 127.5),
                Arguments.of("morpholibj/ellipsoid_A45_B35_C25_T30_P20_R10.tif", 127.5),
                Arguments.of("morpholibj/ellipsoid_A45_B35_C25_T30_P20_R10.tif", 40),
                Arguments.of("real/mri-stack.tif", 35.5),
                Arguments.of("real/mri-stack.tif", 80.5));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("skimageCases")
    void agreesWithScikitImage(String name, double level) throws IOException {
        Path file = TestData.require(name);
        assertAgreesWithScikitImage(file, level);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"128, 99.5"})
    void agreesWithScikitImageOnSmoothBlobs(int size, double level, @TempDir Path dir) throws IOException {
        Path tool = TestData.root().getParent().resolve("tools/make_volumes.py");
        Python.requireModules("skimage", "tifffile");
        assumeTrue(Files.exists(tool), "skipped: " + tool + " absent");
        Python.Result made = Python.run(List.of(tool.toString(), dir.toString(), "--sizes", String.valueOf(size)), null);
        assertEquals(0, made.exitCode(), made.output());
        assertAgreesWithScikitImage(dir.resolve("blobs_" + size + "x" + size + "x" + size + ".tif"), level);
    }

    /**
     * Runs scikit-image's marching_cubes (Lewiner; borders open) on the same file, level and spacing, and checks
     * the vertex count within 0.5 % and the surface area within 0.1 %.
     */
    private static void assertAgreesWithScikitImage(Path file, double level) throws IOException {
        Python.requireModules("skimage", "tifffile");
        Volume v = Stack3D.loadStack(file);
        String script = String.join("\n",
                "import sys, tifffile, numpy as np",
                "from skimage import measure",
                "v = tifffile.imread(sys.argv[1]).astype(np.float32)",
                "s = [float(x) for x in sys.argv[3:6]]",
                "verts, faces, _, _ = measure.marching_cubes(v, float(sys.argv[2]), spacing=(s[2], s[1], s[0]))",
                "print('vertices', len(verts), 'area', measure.mesh_surface_area(verts, faces))");
        Python.Result r = Python.run(List.of("-c", script, file.toString(), String.valueOf(level),
                String.valueOf(v.grid().sx()), String.valueOf(v.grid().sy()), String.valueOf(v.grid().sz())),
                null);
        assertEquals(0, r.exitCode(), r.output());
        Matcher m = Pattern.compile("vertices (\\d+) area ([0-9.e+-]+)").matcher(r.output());
        assertTrue(m.find(), r.output());
        int skVertices = Integer.parseInt(m.group(1));
        double skArea = Double.parseDouble(m.group(2));
        Mesh mesh = MarchingCubes.extract(v, level, Border.OPEN);
        MeshReport report = MeshReport.of(mesh);
        assertEquals(skVertices, mesh.vertexCount(), skVertices * 0.005, file + ": vertex count vs skimage");
        assertEquals(skArea, report.surfaceArea(), skArea * 0.001, file + ": surface area vs skimage");
    }
}
