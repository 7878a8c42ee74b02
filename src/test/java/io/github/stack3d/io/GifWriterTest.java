package io.github.stack3d.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Stack3D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

class GifWriterTest {

    @TempDir
    Path dir;

    /** Frame i: a {@code w × h} picture, black with a white column at x = i. */
    private static List<BufferedImage> columns(int n, int w, int h) {
        BufferedImage[] frames = new BufferedImage[n];
        for (int i = 0; i < n; i++) {
            frames[i] = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < h; y++) {
                frames[i].setRGB(i, y, 0xFFFFFF);
            }
        }
        return List.of(frames);
    }

    private static Node find(Node node, String name) {
        if (node.getNodeName().equals(name)) {
            return node;
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            Node found = find(c, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    @Test
    void readsBackWithFramesSizeDelayAndLoop() throws IOException {
        Path file = Stack3D.saveGif(columns(5, 20, 10), dir.resolve("spin.gif").toString(), 12.5);
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(5, reader.getNumImages(true));
            for (int i = 0; i < 5; i++) {
                BufferedImage frame = reader.read(i);
                assertEquals(20, frame.getWidth());
                assertEquals(10, frame.getHeight());
                assertEquals(0xFFFFFF, frame.getRGB(i, 5) & 0xFFFFFF, "white column of frame " + i);
                assertEquals(0, frame.getRGB(i + 1, 5) & 0xFFFFFF, "black beside it in frame " + i);
                Node tree = reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode gce = (IIOMetadataNode) find(tree, "GraphicControlExtension");
                assertEquals("8", gce.getAttribute("delayTime"), "100 / 12.5 fps hundredths of a second");
            }
            Node first = reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode app = (IIOMetadataNode) find(first, "ApplicationExtension");
            assertEquals("NETSCAPE", app.getAttribute("applicationID"));
            assertEquals("2.0", app.getAttribute("authenticationCode"));
            byte[] loop = (byte[]) app.getUserObject();
            assertEquals(1, loop[0]);
            assertEquals(0, loop[1] | loop[2], "loop count 0: forever");
            reader.dispose();
        }
    }

    @Test
    void failureLeavesNoFile() {
        Path missing = dir.resolve("no-such-folder").resolve("a.gif");
        var e = assertThrows(IOException.class, () -> Stack3D.saveGif(columns(2, 4, 4), missing, 10));
        assertTrue(e.getMessage().contains("a.gif"), e.getMessage());
        assertTrue(Files.notExists(missing));
        Path target = dir.resolve("b.gif");
        List<BufferedImage> mixed = List.of(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB),
                new BufferedImage(5, 4, BufferedImage.TYPE_INT_RGB));
        var m = assertThrows(IllegalArgumentException.class, () -> Stack3D.saveGif(mixed, target, 10));
        assertTrue(m.getMessage().contains("frames[1]"), m.getMessage());
        assertTrue(Files.notExists(target));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "no temporary file left behind");
        } catch (IOException io) {
            throw new AssertionError(io);
        }
    }

    @Test
    void badParametersNameThemselves() {
        Path target = dir.resolve("c.gif");
        for (double fps : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            var e = assertThrows(IllegalArgumentException.class, () -> Stack3D.saveGif(columns(1, 2, 2), target,
                    fps));
            assertTrue(e.getMessage().contains("fps"), e.getMessage());
        }
        var e = assertThrows(IllegalArgumentException.class, () -> Stack3D.saveGif(List.of(), target, 10));
        assertTrue(e.getMessage().contains("frames"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Stack3D.saveGif(null, target, 10));
        assertTrue(e.getMessage().contains("frames"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Stack3D.saveGif(columns(1, 2, 2), (Path) null, 10));
        assertTrue(e.getMessage().contains("file"), e.getMessage());
        assertTrue(Files.notExists(target));
    }
}
