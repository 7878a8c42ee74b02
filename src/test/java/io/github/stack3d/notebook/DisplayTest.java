package io.github.stack3d.notebook;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import io.github.stack3d.Chart;
import io.github.stack3d.Grid;
import io.github.stack3d.Labels;
import io.github.stack3d.Mask;
import io.github.stack3d.Mesh;
import io.github.stack3d.PointCloud;
import io.github.stack3d.Stack3D;
import io.github.stack3d.Volume;
import io.github.stack3d.mesh.MeshReport;
import io.github.stack3d.render.Montage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inline display driven through the real basekernel {@link Renderer} (the class IJava 1.3.0 uses), asserting the
 * MIME bundles a notebook would store.
 */
class DisplayTest {

    private static final Pattern DATA_URI =
            Pattern.compile("<img [^>]*src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");

    private Renderer renderer;

    @BeforeEach
    void register() throws ReflectiveOperationException {
        renderer = new Renderer();
        assertTrue(Display.install(renderer), "a new renderer gets the functions");
    }

    @Test
    void aVolumeRendersAsAnHtmlCardWithACompactMontage() throws IOException {
        Volume stack = Stack3D.sampleStack();    // 256×256×128, 8-bit: a 9-tile montage is wider than 512 px
        DisplayData d = renderer.render(stack);
        String html = (String) d.getData(MIMEType.TEXT_HTML);
        assertNotNull(html, "text/html of " + stack);
        assertTrue(html.contains("256 × 256 × 128"), html.substring(0, Math.min(400, html.length())));
        assertTrue(html.contains("8-bit"));
        assertTrue(html.contains("<svg"), "the histogram as inline SVG");
        Matcher m = DATA_URI.matcher(html);
        assertTrue(m.find(), "an <img> with a PNG data URI");
        byte[] png = Base64.getDecoder().decode(m.group(1));
        assertTrue(png.length < 300_000, png.length + " bytes");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        BufferedImage montage = Montage.of(stack, 9);
        assertEquals(512, Math.max(image.getWidth(), image.getHeight()), "scaled to 512 px on the long side");
        assertEquals((double) montage.getWidth() / montage.getHeight(),
                (double) image.getWidth() / image.getHeight(), 0.01, "aspect kept");
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, image.getType(), "a grey montage stays 8-bit grey");
        assertTrue(((String) d.getData(MIMEType.TEXT_PLAIN)).contains("values"), "text/plain is describe()");
    }

    @Test
    void anImageRendersAsPngWithoutObjectText() throws IOException {
        BufferedImage picture = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(3, 4, 0xff0000);
        DisplayData d = renderer.render(picture);
        byte[] png = Base64.getDecoder().decode((String) d.getData(MIMEType.IMAGE_PNG));
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(40, back.getWidth());
        assertEquals(30, back.getHeight());
        assertEquals(0xffff0000, back.getRGB(3, 4));
        assertEquals("BufferedImage[40×30]", d.getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void aChartRendersAsSvgThatParses() throws Exception {
        Chart chart = Stack3D.histogram(ramp());
        String svg = (String) renderer.render(chart).getData(MIMEType.IMAGE_SVG);
        assertNotNull(svg);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getLocalName() == null
                ? doc.getDocumentElement().getTagName() : doc.getDocumentElement().getLocalName());
    }

    @Test
    void aMeshRendersWithItsTriangleCount() {
        boolean[][] slices = new boolean[6][36];
        for (int z = 1; z < 5; z++) {
            for (int i = 0; i < 36; i++) {
                int x = i % 6;
                int y = i / 6;
                slices[z][i] = x >= 1 && x <= 4 && y >= 1 && y <= 4;
            }
        }
        Mesh mesh = Stack3D.marchingCubes(Mask.ofBooleans(6, 6, slices, Grid.PIXELS));
        String html = (String) renderer.render(mesh).getData(MIMEType.TEXT_HTML);
        assertNotNull(html);
        assertTrue(html.contains(String.format(Locale.ROOT, "<td style=\"text-align:left\">%,d</td>",
                mesh.triangleCount())), "triangle count " + mesh.triangleCount());
        assertTrue(html.contains("watertight</th><td style=\"text-align:left\">yes"), "a closed cube surface");
        assertTrue(DATA_URI.matcher(html).find());
    }

    @Test
    void registeringTwiceAddsNothing() throws Exception {
        assertFalse(Display.install(renderer));
        Field f = Renderer.class.getDeclaredField("renderFunctions");
        f.setAccessible(true);
        Map<?, ?> functions = (Map<?, ?>) f.get(renderer);
        assertEquals(1, ((List<?>) functions.get(Volume.class)).size(), "one function for Volume");
        assertEquals(1, ((List<?>) functions.get(BufferedImage.class)).size(), "one function for BufferedImage");
    }

    @Test
    void aFailingRenderingFallsBackToText() {
        Mask broken = Mask.onDemand(8, 8, 4, Grid.PIXELS, z -> {
            throw new StackOverflowError("slice " + z);   // an Error: it must not reach the kernel's thread
        });
        DisplayData d = renderer.render(broken);
        assertNull(d.getData(MIMEType.TEXT_HTML));
        String text = (String) d.getData(MIMEType.TEXT_PLAIN);
        assertTrue(text.startsWith("Mask[8×8×4"), text);
        assertTrue(text.contains("could not render it: java.lang.StackOverflowError"), text);
    }

    @Test
    void labelsRenderInLabelColoursWithTheirCount() throws IOException {
        int[][] slices = new int[2][64];
        for (int i = 0; i < 64; i++) {
            slices[0][i] = i % 8 < 4 ? 1 : 2;   // two labels side by side
            slices[1][i] = i % 8 < 4 ? 1 : 3;
        }
        Labels labels = Labels.of(8, 8, slices, Grid.PIXELS);
        String html = (String) renderer.render(labels).getData(MIMEType.TEXT_HTML);
        assertTrue(html.contains("labels</th><td style=\"text-align:left\">" + labels.count() + "<"), html);
        Matcher m = DATA_URI.matcher(html);
        assertTrue(m.find());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))));
        assertEquals(BufferedImage.TYPE_3BYTE_BGR, image.getType(), "label colours are not grey");
    }

    @Test
    void aMeshReportAndAPointCloudRender() {
        Mesh triangle = new Mesh(new float[] {0, 0, 0, 1, 0, 0, 0, 1, 0}, new int[] {0, 1, 2}, "mm");
        MeshReport report = MeshReport.of(triangle);
        DisplayData d = renderer.render(report);
        assertEquals(report.toString(), d.getData(MIMEType.TEXT_PLAIN));
        assertNull(d.getData(MIMEType.TEXT_HTML));
        PointCloud points = new PointCloud(new float[] {0, 0, 0, 1, 1, 1, 2, 0, 1}, "mm");
        String html = (String) renderer.render(points).getData(MIMEType.TEXT_HTML);
        assertTrue(html.contains("points</th><td style=\"text-align:left\">3<"), html);
    }

    /** A 16×16×4 8-bit volume whose values run 0..255 along x and y. */
    static Volume ramp() {
        byte[][] slices = new byte[4][256];
        for (byte[] s : slices) {
            for (int i = 0; i < 256; i++) {
                s[i] = (byte) i;
            }
        }
        return Volume.ofBytes(16, 16, slices, Grid.PIXELS);
    }
}
