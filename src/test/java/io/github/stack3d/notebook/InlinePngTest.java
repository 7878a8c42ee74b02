package io.github.stack3d.notebook;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InlinePngTest {

    @Test
    void aLargeNoisyPictureIsScaledAndStaysUnderTheLimit() throws IOException {
        BufferedImage noise = new BufferedImage(2000, 1000, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < 1000; y++) {
            for (int x = 0; x < 2000; x++) {
                noise.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        byte[] png = InlinePng.png(noise);
        assertTrue(png.length <= InlinePng.MAX_BYTES, png.length + " bytes");
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertTrue(back.getWidth() <= 512, "width " + back.getWidth());
        assertEquals(2.0, (double) back.getWidth() / back.getHeight(), 0.01, "aspect kept");
        // 512×256 RGB noise is ~390 KB as PNG, so it must have been halved once more: 256×128
        assertEquals(256, back.getWidth());
    }

    @Test
    void greyRgbBecomesEightBitGrey() {
        BufferedImage rgb = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        rgb.setRGB(2, 3, 0x808080);
        BufferedImage small = InlinePng.compact(rgb, 512);
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, small.getType());
        assertEquals(10, small.getWidth());
        assertEquals(0x80, small.getRaster().getSample(2, 3, 0), "the grey level, not its linear-light twin");
    }

    @Test
    void scalingEightBitGreyKeepsItsLevels() {
        BufferedImage grey = new BufferedImage(1024, 8, BufferedImage.TYPE_BYTE_GRAY);
        for (int x = 0; x < 1024; x++) {
            for (int y = 0; y < 8; y++) {
                grey.getRaster().setSample(x, y, 0, 128);
            }
        }
        BufferedImage small = InlinePng.compact(grey, 512);
        assertEquals(512, small.getWidth());
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, small.getType());
        assertEquals(128, small.getRaster().getSample(100, 2, 0));
    }

    @Test
    void aSmallColourOrGreyPictureIsKept() {
        BufferedImage colour = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        colour.setRGB(0, 0, 0xff0000);
        assertSame(colour, InlinePng.compact(colour, 512));
        BufferedImage grey = new BufferedImage(10, 10, BufferedImage.TYPE_BYTE_GRAY);
        assertSame(grey, InlinePng.compact(grey, 512));
    }
}
