package io.github.stack3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade's projections, orthogonal views and charts, end to end on small stacks. */
class PicturesFacadeTest {

    @TempDir
    Path dir;

    private static Volume stack() {
        byte[][] s = new byte[6][20 * 10];
        for (int z = 0; z < 6; z++) {
            for (int i = 0; i < 200; i++) {
                s[z][i] = (byte) (i + 30 * z);
            }
        }
        return Volume.ofBytes(20, 10, s, Grid.of(1, 1, 2, "µm"));
    }

    @Test
    void saveSvgWritesAnXmlDocumentAtomically() throws Exception {
        Volume v = stack();
        Path file = Stack3D.saveSvg(Stack3D.histogram(v, Stack3D.otsu(v)), dir.resolve("h.svg"));
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        assertEquals("svg", doc.getDocumentElement().getTagName());
        Path again = Stack3D.saveSvg(Stack3D.histogram(v).logarithmic(), dir.resolve("h.svg").toString());
        assertEquals(file, again);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left beside the target");
        }
        IOException e = assertThrows(IOException.class,
                () -> Stack3D.saveSvg(Stack3D.histogram(v), dir.resolve("missing/h.svg")));
        assertTrue(e.getMessage().contains("h.svg"), e.getMessage());
        assertTrue(Files.notExists(dir.resolve("missing/h.svg")));
    }

    @Test
    void facadePicturesHaveTheirSizes() {
        Volume v = stack();
        BufferedImage side = Stack3D.projectPlain(v, Axis.Y, Projection.MAX, Colormap.GRAY);
        assertEquals(20, side.getWidth());
        assertEquals(12, side.getHeight(), "6 slices 2 µm apart at 1 µm per pixel");
        BufferedImage views = Stack3D.orthoViews(v);
        int f = (512 - 4) / (20 + 12);
        assertEquals((20 + 12) * f + 4, views.getWidth(), "a small stack's views enlarged by a whole factor");
        assertEquals((10 + 12) * f + 4, views.getHeight());
        BufferedImage chart = Stack3D.toImage(Stack3D.histogram(v));
        assertEquals(Chart.DEFAULT_WIDTH, chart.getWidth());
        assertEquals(Chart.DEFAULT_HEIGHT, chart.getHeight());
    }

    @Test
    void nullsAreNamed() {
        Volume v = stack();
        assertThrows(IllegalArgumentException.class, () -> Stack3D.project(null, Axis.Z, Projection.MAX));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Stack3D.project(v, null, Projection.MAX));
        assertTrue(e.getMessage().contains("axis"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Stack3D.orthoViews(v, (Mask) null));
        assertTrue(e.getMessage().contains("mask"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Stack3D.orthoViews(v, 3, 10, 0));
        assertTrue(e.getMessage().contains("y"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Stack3D.histogram(v, (double[]) null));
        assertTrue(e.getMessage().contains("thresholds"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Stack3D.toImage(null));
    }
}
