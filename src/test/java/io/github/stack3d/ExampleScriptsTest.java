package io.github.stack3d;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.mesh.MeshReport;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * Runs {@code examples/mesh.jsh} and {@code examples/render.jsh} with the real {@code jshell} ({@link JShellScript}),
 * each in a fresh working folder, and checks the exit status and every file they write; then breaks
 * {@code mesh.jsh} twice (a call that throws, a call that does not compile) and checks that jshell exits with 1 and
 * that nothing was written. ({@code quickstart.jsh}: {@link QuickstartScriptTest}.)
 */
class ExampleScriptsTest {

    private static final Path MESH = Path.of("examples/mesh.jsh");
    private static final Path RENDER = Path.of("examples/render.jsh");

    @TempDir
    Path work;
    @TempDir
    Path scripts;

    /**
     * The ring of {@code mesh.jsh}: a torus of tube radius 8 and ring radius 24 voxels of 0.25 mm. The torus's area
     * 4π²Rr and volume 2π²Rr² (Pappus's centroid theorems) are met within 0.3 % by marching cubes on the one-voxel
     * ramp (measured: 474.67 mm² against 473.74, 473.12 mm³ against 473.74); asserted within 1 %.
     */
    @Test
    void meshScriptWritesTheRingsStackAndMeshes() throws Exception {
        JShellScript.Run run = JShellScript.run(MESH, work);
        assertEquals(0, run.status(), run.both());
        Path out = work.resolve("stack3d-mesh");
        List<String> expected = new ArrayList<>(List.of("ring.obj", "ring.ply", "ring.png", "ring.stl"));
        for (int z = 1; z <= 40; z++) {
            expected.add(String.format("slices/slice_%03d.tif", z));
        }
        assertEquals(expected, JShellScript.filesIn(out));
        assertEquals(List.of("stack3d-mesh"), Files.list(work).map(p -> p.getFileName().toString()).toList());

        Volume slices = Stack3D.loadStack(out.resolve("slices"));
        assertEquals("Volume[96×96×40, 16-bit, 0.25×0.25×0.25 mm]", slices.toString());
        double bigR = 24 * 0.25;
        double r = 8 * 0.25;
        Mesh ply = Stack3D.readPly(out.resolve("ring.ply"));
        MeshReport report = Stack3D.meshReport(ply);
        assertTrue(report.watertight() && report.components() == 1 && report.genus() == 1, report.toString());
        assertEquals(4 * Math.PI * Math.PI * bigR * r, report.surfaceArea(), 0.01 * report.surfaceArea(), "area");
        assertEquals(2 * Math.PI * Math.PI * bigR * r * r, report.enclosedVolume(), 0.01 * report.enclosedVolume(),
                "volume");
        assertTrue(run.out().contains(report.toString()), "the script prints the report of the mesh it saved:\n"
                + run.out());
        Mesh stl = Stack3D.readStl(out.resolve("ring.stl"));
        Mesh obj = Stack3D.readObj(out.resolve("ring.obj"));
        assertEquals(ply.triangleCount(), stl.triangleCount(), "ring.stl");
        assertArrayEquals(ply.vertices(), obj.vertices(), "ring.obj vertices");
        assertArrayEquals(ply.triangles(), obj.triangles(), "ring.obj triangles");
        checkPicture(out.resolve("ring.png"), 512, 512);
    }

    @Test
    void renderScriptWritesEveryPicture() throws Exception {
        JShellScript.Run run = JShellScript.run(RENDER, work);
        assertEquals(0, run.status(), run.both());
        Path out = work.resolve("stack3d-render");
        assertEquals(List.of("histogram.svg", "mesh.png", "min-projection.png", "ortho.png", "turntable.gif",
                "volume.png"), JShellScript.filesIn(out));

        Volume stack = Stack3D.sampleStack();
        double level = Stack3D.otsu(stack);
        assertTrue(run.out().contains("Otsu level " + level), run.both());
        Mask body = Stack3D.inRange(stack, 0, level);
        checkSame(Stack3D.orthoViews(stack, body), out.resolve("ortho.png"));
        checkSame(Stack3D.project(stack, Axis.Z, Projection.MIN, Colormap.MAGMA), out.resolve("min-projection.png"));
        checkPicture(out.resolve("volume.png"), 512, 512);
        checkPicture(out.resolve("mesh.png"), 512, 512);

        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(out.resolve("histogram.svg").toFile());
        assertEquals("svg", svg.getDocumentElement().getTagName());
        assertTrue(svg.getElementsByTagName("*").getLength() > 50, "a chart's elements, not an empty page");

        try (ImageInputStream in = ImageIO.createImageInputStream(out.resolve("turntable.gif").toFile())) {
            ImageReader gif = ImageIO.getImageReadersByFormatName("gif").next();
            gif.setInput(in);
            assertEquals(24, gif.getNumImages(true), "turntable frames");
            BufferedImage first = gif.read(0);
            assertEquals("256×256", first.getWidth() + "×" + first.getHeight());
            assertFalse(Arrays.equals(rgb(first), rgb(gif.read(6))), "a quarter turn later, another view");
        }
    }

    @Test
    void aScriptThatThrowsExitsWith1() throws Exception {
        // 97 rows of 96 pixels: Volume.ofShorts refuses slices of the wrong length, in step 1
        JShellScript.Run run = JShellScript.run(broken("Volume.ofShorts(w, h, voxels", "Volume.ofShorts(w, h + 1, voxels"),
                work);
        assertEquals(1, run.status(), run.both());
        assertTrue(run.err().contains("mesh.jsh failed: java.lang.IllegalArgumentException"), run.both());
        assertTrue(Files.notExists(work.resolve("stack3d-mesh/slices")), "nothing written after the failure");
    }

    @Test
    void aScriptThatDoesNotCompileExitsWith1() throws Exception {
        JShellScript.Run run = JShellScript.run(broken("marchingCubes(stack, 500)", "marchingCube(stack, 500)"), work);
        assertEquals(1, run.status(), run.both());
        assertTrue(Files.notExists(work.resolve("stack3d-mesh")), "the rejected block ran nothing");
    }

    /** {@code mesh.jsh} with {@code from} replaced by {@code to}, in a folder of its own. */
    private Path broken(String from, String to) throws IOException {
        String source = Files.readString(MESH);
        assertTrue(source.contains(from), from);
        return Files.writeString(scripts.resolve("mesh.jsh"), source.replace(from, to));
    }

    private static void checkSame(BufferedImage expected, Path file) throws IOException {
        BufferedImage read = ImageIO.read(file.toFile());
        assertEquals(expected.getWidth() + "×" + expected.getHeight(), read.getWidth() + "×" + read.getHeight(),
                file.toString());
        assertArrayEquals(rgb(expected), rgb(read), file + " pixels");
    }

    /** A picture of an object on a plain background: over a tenth of its pixels differ from the corner's. */
    private static void checkPicture(Path file, int width, int height) throws IOException {
        BufferedImage read = ImageIO.read(file.toFile());
        assertEquals(width + "×" + height, read.getWidth() + "×" + read.getHeight(), file.toString());
        int background = read.getRGB(0, 0);
        long object = Arrays.stream(rgb(read)).filter(c -> c != background).count();
        assertTrue(object > width * height / 10, file + ": " + object + " pixels show the object");
    }

    private static int[] rgb(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
