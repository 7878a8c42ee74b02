package io.github.stack3d.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngWriterTest {

    @TempDir
    Path dir;

    private static BufferedImage random(int type, long seed) {
        BufferedImage image = new BufferedImage(37, 23, type);
        SplittableRandom r = new SplittableRandom(seed);
        for (int y = 0; y < 23; y++) {
            for (int x = 0; x < 37; x++) {
                image.setRGB(x, y, r.nextInt(1 << 24));
            }
        }
        return image;
    }

    private static int[] samples(Raster r) {
        return r.getPixels(0, 0, r.getWidth(), r.getHeight(), (int[]) null);
    }

    /** Bytes 0..7: the PNG signature; byte 25: IHDR color type (0 grey, 2 RGB); byte 24: bit depth. */
    private static void assertHeader(Path file, int colorType) throws IOException {
        byte[] b = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
                java.util.Arrays.copyOf(b, 8));
        assertEquals(8, b[24], "bit depth");
        assertEquals(colorType, b[25], "color type");
    }

    @Test
    void greyRoundTrip() throws IOException {
        BufferedImage image = random(BufferedImage.TYPE_BYTE_GRAY, 1);
        Path file = dir.resolve("grey.png");
        assertEquals(file, PngWriter.write(image, file));
        assertHeader(file, 0);
        BufferedImage back = ImageIO.read(file.toFile());
        assertEquals(37, back.getWidth());
        assertEquals(23, back.getHeight());
        assertEquals(1, back.getRaster().getNumBands());
        assertArrayEquals(samples(image.getRaster()), samples(back.getRaster()));
    }

    @Test
    void rgbRoundTrip() throws IOException {
        BufferedImage image = random(BufferedImage.TYPE_INT_RGB, 2);
        Path file = dir.resolve("rgb.png");
        PngWriter.write(image, file);
        assertHeader(file, 2);
        BufferedImage back = ImageIO.read(file.toFile());
        assertArrayEquals(image.getRGB(0, 0, 37, 23, null, 0, 37), back.getRGB(0, 0, 37, 23, null, 0, 37));
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path file = dir.resolve("again.png");
        Files.writeString(file, "old");
        PngWriter.write(random(BufferedImage.TYPE_BYTE_GRAY, 3), file);
        assertArrayEquals(samples(random(BufferedImage.TYPE_BYTE_GRAY, 3).getRaster()),
                samples(ImageIO.read(file.toFile()).getRaster()));
    }

    @Test
    void missingFolderNamesTheFile() {
        Path file = dir.resolve("no-such-folder").resolve("slice.png");
        IOException e = assertThrows(IOException.class, () -> PngWriter.write(random(1, 4), file));
        assertTrue(e.getMessage().contains("slice.png") && e.getMessage().contains("no-such-folder"), e.getMessage());
        assertTrue(Files.notExists(file.getParent()));
    }

    /** Pixels that fail to arrive after the PNG header is out: no file, no temporary file, old file untouched. */
    @Test
    void failedWriteLeavesNoFile() throws IOException {
        BufferedImage failing = new BufferedImage(64, 64, BufferedImage.TYPE_BYTE_GRAY) {
            @Override
            public Raster getData(Rectangle rect) {
                throw new UncheckedIOException(new IOException("pixels unavailable"));
            }

            @Override
            public Raster getData() {
                throw new UncheckedIOException(new IOException("pixels unavailable"));
            }

            @Override
            public Raster getTile(int x, int y) {
                throw new UncheckedIOException(new IOException("pixels unavailable"));
            }

            @Override
            public WritableRaster copyData(WritableRaster raster) {
                throw new UncheckedIOException(new IOException("pixels unavailable"));
            }
        };
        Path file = dir.resolve("failed.png");
        assertThrows(UncheckedIOException.class, () -> PngWriter.write(failing, file));
        assertTrue(Files.notExists(file));
        Path existing = dir.resolve("kept.png");
        Files.writeString(existing, "old");
        assertThrows(UncheckedIOException.class, () -> PngWriter.write(failing, existing));
        assertEquals("old", Files.readString(existing));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "only kept.png: no .part file left");
        }
    }
}
