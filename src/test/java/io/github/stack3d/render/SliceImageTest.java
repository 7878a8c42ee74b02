package io.github.stack3d.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Mask;
import io.github.stack3d.Grid;
import io.github.stack3d.ValueRange;
import io.github.stack3d.Volume;
import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class SliceImageTest {

    /** Grey levels of a TYPE_BYTE_GRAY image, row-major. */
    static int[] grey(BufferedImage image) {
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, image.getType());
        return image.getRaster().getPixels(0, 0, image.getWidth(), image.getHeight(), (int[]) null);
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static short[] shorts(int... values) {
        short[] s = new short[values.length];
        for (int i = 0; i < values.length; i++) {
            s[i] = (short) values[i];
        }
        return s;
    }

    @Test
    void eightBitValuesAsTheyAre() {
        Volume v = Volume.ofBytes(3, 2, new byte[][] {bytes(0, 1, 2, 3, 4, 5), bytes(7, 0, 128, 200, 254, 255)},
                Grid.PIXELS);
        BufferedImage image = SliceImage.of(v, 1);
        assertEquals(3, image.getWidth());
        assertEquals(2, image.getHeight());
        assertArrayEquals(new int[] {7, 0, 128, 200, 254, 255}, grey(image));
        assertEquals(200, image.getRaster().getSample(0, 1, 0), "x right, y down: (0, 1) is the 4th value");
    }

    /** Stack range [1000, 3000] (min in slice 0, max in slice 1): grey = round((v − 1000) · 255 / 2000). */
    @Test
    void sixteenBitMappedFromTheWholeStack() {
        Volume v = Volume.ofShorts(2, 2, new short[][] {shorts(1000, 1200, 1200, 1200),
            shorts(3000, 2000, 1500, 1000)}, Grid.PIXELS);
        assertArrayEquals(new int[] {0, 26, 26, 26}, grey(SliceImage.of(v, 0)), "1200 -> 25.5 -> 26");
        assertArrayEquals(new int[] {255, 128, 64, 0}, grey(SliceImage.of(v, 1)), "2000 -> 127.5, 1500 -> 63.75");
    }

    /** 40000 (a negative Java short) is read unsigned: range [1000, 40000], grey = round((v − 1000) · 255 / 39000). */
    @Test
    void sixteenBitIsUnsigned() {
        Volume v = Volume.ofShorts(2, 2, new short[][] {shorts(3000, 2000, 1500, 40000), shorts(1000, 1000, 1000,
            1000)}, Grid.PIXELS);
        assertArrayEquals(new int[] {13, 7, 3, 255}, grey(SliceImage.of(v, 0)), "13.08, 6.54, 3.27, 255");
    }

    /** Finite range [−1, 3]: grey = round((v + 1) · 63.75); NaN black, +∞ white, −∞ black. */
    @Test
    void floatMappedFromFiniteRange() {
        float nan = Float.NaN;
        Volume v = Volume.ofFloats(3, 2, new float[][] {{-1, 0, 0, 0, 0, 0},
            {3, 1, 0.5f, nan, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY}}, Grid.PIXELS);
        assertArrayEquals(new int[] {0, 64, 64, 64, 64, 64}, grey(SliceImage.of(v, 0)), "0 -> 63.75 -> 64");
        assertArrayEquals(new int[] {255, 128, 96, 0, 255, 0}, grey(SliceImage.of(v, 1)), "0.5 -> 95.625 -> 96");
    }

    @Test
    void constantVolumeIsBlack() {
        Volume v = Volume.ofShorts(2, 1, new short[][] {shorts(500, 500)}, Grid.PIXELS);
        assertArrayEquals(new int[] {0, 0}, grey(SliceImage.of(v, 0)));
    }

    /** Display range [100, 200] on 8-bit values: grey = round((v − 100) · 2.55), clamped. */
    @Test
    void chosenDisplayRange() {
        Volume v = Volume.ofBytes(4, 1, new byte[][] {bytes(50, 100, 150, 250)}, Grid.PIXELS);
        assertArrayEquals(new int[] {0, 0, 128, 255}, grey(SliceImage.of(v, 0, new ValueRange(100, 200))),
                "150 -> 127.5 -> 128");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SliceImage.of(v, 0, new ValueRange(5, 5)));
        assertTrue(e.getMessage().contains("[5, 5]"), e.getMessage());
    }

    @Test
    void maskWhiteOnBlack() {
        Mask m = Mask.ofBooleans(3, 2, new boolean[][] {{true, false, false, false, false, false},
            {false, true, false, true, true, false}}, Grid.PIXELS);
        assertArrayEquals(new int[] {0, 255, 0, 255, 255, 0}, grey(SliceImage.of(m, 1)));
        assertArrayEquals(new int[] {255, 0, 0, 0, 0, 0}, grey(SliceImage.of(m, 0)));
    }

    /**
     * A 5×5 square mask in a 9×9 slice of grey 100: its 16 edge voxels opaque orange (0xFF8C00), the 9 inner ones
     * 40 % orange over 60 % grey, the rest grey.
     */
    @Test
    void overlayTintsInsideAndOutlinesTheEdge() {
        int n = 9;
        byte[] slice = new byte[n * n];
        java.util.Arrays.fill(slice, (byte) 100);
        boolean[] mask = new boolean[n * n];
        for (int y = 2; y <= 6; y++) {
            for (int x = 2; x <= 6; x++) {
                mask[y * n + x] = true;
            }
        }
        Volume v = Volume.ofBytes(n, n, new byte[][] {slice}, Grid.PIXELS);
        BufferedImage image = SliceImage.overlay(v, Mask.ofBooleans(n, n, new boolean[][] {mask}, Grid.PIXELS), 0);
        assertEquals(BufferedImage.TYPE_INT_RGB, image.getType());
        int tint = (int) Math.round(0.6 * 100 + 0.4 * 255) << 16 | (int) Math.round(0.6 * 100 + 0.4 * 140) << 8
                | (int) Math.round(0.6 * 100);
        assertEquals(0xA2_74_3C, tint, "(162, 116, 60)");
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                boolean inside = x >= 2 && x <= 6 && y >= 2 && y <= 6;
                boolean edge = inside && (x == 2 || x == 6 || y == 2 || y == 6);
                int expected = !inside ? 0x646464 : edge ? 0xFF8C00 : tint;
                assertEquals(expected, image.getRGB(x, y) & 0xFFFFFF, "pixel (" + x + ", " + y + ")");
            }
        }
    }

    /** A mask touching the image edge gets no outline along it; a chosen color is used as given. */
    @Test
    void overlayAtTheImageEdgeInAnotherColor() {
        Volume v = Volume.ofBytes(3, 3, new byte[][] {bytes(0, 0, 0, 0, 0, 0, 0, 0, 0)}, Grid.PIXELS);
        boolean[] m = {true, true, false, true, true, false, true, true, false};
        BufferedImage image = SliceImage.overlay(v, Mask.ofBooleans(3, 3, new boolean[][] {m}, Grid.PIXELS), 0,
                new Color(0, 200, 255));
        int tint = 0 << 16 | 80 << 8 | 102;
        int[] expected = {tint, 0x00C8FF, 0, tint, 0x00C8FF, 0, tint, 0x00C8FF, 0};
        int[] actual = image.getRGB(0, 0, 3, 3, null, 0, 3);
        for (int i = 0; i < 9; i++) {
            assertEquals(expected[i], actual[i] & 0xFFFFFF, "pixel " + i);
        }
    }

    @Test
    void sliceOutsideTheStackNamesIndexAndRange() {
        Volume v = Volume.ofBytes(2, 2, new byte[5][4], Grid.PIXELS);
        Mask m = Mask.ofBooleans(2, 2, new boolean[5][4], Grid.PIXELS);
        for (int z : new int[] {-1, 5}) {
            for (var call : new org.junit.jupiter.api.function.Executable[] {() -> SliceImage.of(v, z),
                () -> SliceImage.of(m, z), () -> SliceImage.overlay(v, m, z)}) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
                assertTrue(e.getMessage().contains("slice " + z) && e.getMessage().contains("0..4"), e.getMessage());
            }
        }
    }

    @Test
    void maskOfAnotherSizeNamesBothSizes() {
        Volume v = Volume.ofBytes(4, 3, new byte[2][12], Grid.PIXELS);
        Mask m = Mask.ofBooleans(4, 3, new boolean[5][12], Grid.PIXELS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SliceImage.overlay(v, m, 0));
        assertTrue(e.getMessage().contains("4×3×5") && e.getMessage().contains("4×3×2"), e.getMessage());
    }
}
