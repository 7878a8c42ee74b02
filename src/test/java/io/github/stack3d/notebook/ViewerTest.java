package io.github.stack3d.notebook;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import io.github.stack3d.Mesh;
import io.github.stack3d.PointCloud;
import io.github.stack3d.Stack3D;
import io.github.stack3d.View;
import io.github.stack3d.sample.SampleStacks;
import io.github.stack3d.web.ThreeModules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The viewer value: what IJava's renderer makes of it, the page's parts, the file, the errors. */
class ViewerTest {

    private static final Mesh SPHERE = Stack3D.marchingCubes(SampleStacks.sphere(24, 8), 0);

    @TempDir
    Path dir;

    @Test
    void ijavaShowsItAsHtmlWithTheStillPictureAndText() throws IOException, ReflectiveOperationException {
        Renderer renderer = new Renderer();
        Display.install(renderer);
        Viewer v = Stack3D.viewer(SPHERE);
        DisplayData d = renderer.render(v);
        String html = (String) d.getData(MIMEType.TEXT_HTML);
        assertTrue(html.startsWith("<div id=\"stack3d-"), html.substring(0, 80));
        Matcher png = Pattern.compile("<img class=\"stack3d-still\"[^>]* src=\"data:image/png;base64,([^\"]+)\"")
                .matcher(html);
        assertTrue(png.find(), "the still picture, for outputs whose scripts do not run");
        BufferedImage still = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(png.group(1))));
        assertEquals(512, still.getWidth());
        assertTrue(html.contains("start(\"stack3d-"), "the script starts the live view");
        assertEquals(v.toString(), d.getData(MIMEType.TEXT_PLAIN));
        assertTrue(v.toString().startsWith("Viewer[Mesh["), v.toString());
        assertNotEquals(html.substring(0, 40), v.html().substring(0, 40), "each output has its own element id");
    }

    @Test
    void thePageCarriesThreeJsRewrittenToImportItsOwnParts() throws IOException {
        Map<String, String> modules = ThreeModules.packed();
        assertEquals(List.of("core", "three", "controls", "volume"), List.copyOf(modules.keySet()), "import order");
        String three = gunzip(modules.get("three"));
        assertTrue(three.contains("from\"stack3d:core\""), "three.module imports the core by placeholder");
        assertFalse(three.contains("./three.core.min.js"));
        assertTrue(gunzip(modules.get("controls")).contains("class OrbitControls"));
        assertTrue(gunzip(modules.get("volume")).contains("VolumeRenderShader1"));
        int packed = modules.values().stream().mapToInt(String::length).sum();
        assertTrue(packed < 400_000, "three.js inlined as " + packed + " characters of base64");
        String page = Stack3D.viewer(SPHERE).page();
        for (String name : modules.keySet()) {
            assertTrue(page.contains("<script type=\"text/plain\" data-module=\"" + name + "\">" + modules.get(name)
                    + "</script>"), name);
        }
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertFalse(page.contains("src=\"http") || page.contains("href=\"http") || page.contains("import(\"http"),
                "nothing is loaded from the network");
    }

    @Test
    void saveHtmlWritesThePageAndReplacesAFile() throws IOException {
        Path file = dir.resolve("points.html");
        Files.writeString(file, "old");
        PointCloud points = SPHERE.points();
        assertEquals(file, Stack3D.saveHtml(Stack3D.viewer(points), file.toString()));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"kind\":\"points\""), "the settings say what is shown");
        assertTrue(text.endsWith("</html>\n"));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }

    @Test
    void aVolumeViewerStartsAtTheOtsuIsosurfaceOfItsTexture() {
        Viewer v = Stack3D.viewer(Stack3D.sampleStack());
        String html = v.html();
        assertTrue(v.toString().contains("as 128×128×128 voxels"), "256×256×128 halved along x and y: " + v);
        assertTrue(html.contains("\"mode\":\"iso\""));
        assertTrue(html.contains("\"dark\":true"), "the sample's object is darker than its surroundings");
        assertTrue(html.contains("\"spacing\":[1,1,1]"), "0.5 µm × factor 2 along x and y, 1 µm along z");
    }

    @Test
    void badArgumentsAreNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Stack3D.viewer((Mesh) null)).getMessage()
                .contains("mesh is null"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Stack3D.viewer(new Mesh(new float[3], new int[0], "px"))).getMessage().contains("no triangles"));
        String m = assertThrows(IllegalArgumentException.class,
                () -> Stack3D.viewer(Stack3D.sampleStack(), View.DEFAULT.withLevel(1000))).getMessage();
        assertTrue(m.contains("level 1000.0 outside the data range"), m);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Stack3D.saveHtml(null, "x.html"))
                .getMessage().contains("viewer is null"));
        Path missing = dir.resolve("no/such/folder/v.html");
        assertThrows(IOException.class, () -> Stack3D.saveHtml(Stack3D.viewer(SPHERE), missing));
        assertTrue(Files.notExists(missing));
    }

    private static String gunzip(String base64) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(base64)))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
