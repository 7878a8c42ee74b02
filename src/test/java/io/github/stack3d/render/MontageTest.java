package io.github.stack3d.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Mask;
import io.github.stack3d.Grid;
import io.github.stack3d.Volume;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class MontageTest {

    /**
     * Where a label may draw in tiles of 100 to 120 px: an 11 px font, box at 2 px from the tile corner, about
     * 30 × 15 px; the tests check that nothing outside this area changes.
     */
    private static final int LABEL_W = 45;
    private static final int LABEL_H = 22;

    /** An 8-bit volume whose voxel (x, y, z) is {@code (x + 3y + 20z) % 256}: every tile differs from the others. */
    private static Volume ramp(int w, int h, int d) {
        byte[][] slices = new byte[d][w * h];
        for (int z = 0; z < d; z++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    slices[z][y * w + x] = (byte) ((x + 3 * y + 20 * z) % 256);
                }
            }
        }
        return Volume.ofBytes(w, h, slices, Grid.PIXELS);
    }

    private static boolean labelArea(int u, int v) {
        return u < LABEL_W && v < LABEL_H;
    }

    @Test
    void runsHeadless() {
        assertTrue(GraphicsEnvironment.isHeadless(), "surefire runs with -Djava.awt.headless=true");
    }

    /**
     * 10 slices of 100×100, 4 tiles: slices 0, 3, 6, 9 in a 2×2 grid of 100 px tiles, 2 px gaps:
     * 2·100 + 3·2 = 206 px each way. Outside the label every tile pixel is its slice's voxel.
     */
    @Test
    void tileShowsItsSlice() {
        Volume v = ramp(100, 100, 10);
        BufferedImage m = Montage.of(v, 4);
        assertEquals(206, m.getWidth());
        assertEquals(206, m.getHeight());
        int[] pixels = SliceImageTest.grey(m);
        int[] slices = {0, 3, 6, 9};
        for (int k = 0; k < 4; k++) {
            int left = 2 + k % 2 * 102;
            int top = 2 + k / 2 * 102;
            for (int v0 = 0; v0 < 100; v0++) {
                for (int u = 0; u < 100; u++) {
                    if (!labelArea(u, v0)) {
                        assertEquals((u + 3 * v0 + 20 * slices[k]) % 256, pixels[(top + v0) * 206 + left + u],
                                "tile " + k + " pixel (" + u + ", " + v0 + ")");
                    }
                }
            }
        }
        for (int i = 0; i < 206; i++) {
            assertEquals(Montage.GAP_GREY, pixels[i], "top gap");
            assertEquals(Montage.GAP_GREY, pixels[102 * 206 + i], "gap between rows");
            assertEquals(Montage.GAP_GREY, pixels[i * 206 + 103], "gap between columns");
        }
    }

    /** A label: white text on a dark box over a uniform grey 128 tile; beyond the box the tile is untouched. */
    @Test
    void labelsAreLightTextOnADarkBox() {
        byte[][] slices = new byte[4][100 * 100];
        for (byte[] s : slices) {
            java.util.Arrays.fill(s, (byte) 128);
        }
        BufferedImage m = Montage.of(Volume.ofBytes(100, 100, slices, Grid.PIXELS));
        int[] pixels = SliceImageTest.grey(m);
        for (int k = 0; k < 4; k++) {
            int left = 2 + k % 2 * 102;
            int top = 2 + k / 2 * 102;
            int light = 0;
            int dark = 0;
            for (int v = 0; v < 100; v++) {
                for (int u = 0; u < 100; u++) {
                    int p = pixels[(top + v) * m.getWidth() + left + u];
                    if (!labelArea(u, v)) {
                        assertEquals(128, p, "tile " + k + " (" + u + ", " + v + ") outside the label");
                    } else if (p >= 200) {
                        light++;
                    } else if (p <= 60) {
                        dark++;
                    }
                }
            }
            assertTrue(light >= 20, "tile " + k + ": " + light + " light text pixels");
            assertTrue(dark >= 100, "tile " + k + ": " + dark + " dark box pixels (128 · 0.35 = 45)");
        }
    }

    /**
     * 5000 slices of 10×10 in 71 columns: tiles of 20 px (enlarged 2×, (2048 − 72·2) / 710 = 2.68), too small
     * for a label: every tile pixel is its voxel (value 200), no box, no text.
     */
    @Test
    void tilesTooSmallForALabelStayClean() {
        byte[][] slices = new byte[5000][100];
        for (byte[] s : slices) {
            java.util.Arrays.fill(s, (byte) 200);
        }
        BufferedImage m = Montage.of(Volume.ofBytes(10, 10, slices, Grid.PIXELS), 5000);
        assertEquals(71 * 20 + 72 * 2, m.getWidth());
        int[] pixels = SliceImageTest.grey(m);
        for (int k = 0; k < 5000; k += 97) {
            int left = 2 + k % 71 * 22;
            int top = 2 + k / 71 * 22;
            for (int v = 0; v < 20; v++) {
                for (int u = 0; u < 20; u++) {
                    assertEquals(200, pixels[(top + v) * m.getWidth() + left + u], "tile " + k);
                }
            }
        }
    }

    /** 20×20 slices are enlarged 6 times (to 120 px, under the 128 px aim): each voxel a 6×6 square. */
    @Test
    void smallSlicesEnlargedByAWholeFactor() {
        Volume v = ramp(20, 20, 4);
        BufferedImage m = Montage.of(v);
        assertEquals(2 * 120 + 3 * 2, m.getWidth());
        int[] pixels = SliceImageTest.grey(m);
        int left = 2 + 122;
        int top = 2 + 122;
        for (int y = 0; y < 120; y++) {
            for (int x = 0; x < 120; x++) {
                if (!labelArea(x, y)) {
                    assertEquals((x / 6 + 3 * (y / 6) + 20 * 3) % 256, pixels[(top + y) * m.getWidth() + left + x],
                            "tile 3 pixel (" + x + ", " + y + ")");
                }
            }
        }
    }

    /**
     * 16 slices of 1000×1000: 4×4 tiles shrunk by (2048 − 5·2) / 4000 to 509 px, montage 4·509 + 5·2 = 2046 px.
     * Left half of each slice 40, right half 240: box averaging keeps both values exactly, away from the middle.
     */
    @Test
    void largeSlicesShrunkToFit() {
        int n = 1000;
        byte[][] slices = new byte[16][n * n];
        for (byte[] s : slices) {
            for (int i = 0; i < s.length; i++) {
                s[i] = (byte) (i % n < n / 2 ? 40 : 240);
            }
        }
        BufferedImage m = Montage.of(Volume.ofBytes(n, n, slices, Grid.PIXELS));
        assertEquals(2046, m.getWidth());
        assertEquals(2046, m.getHeight());
        int[] pixels = SliceImageTest.grey(m);
        int top = 2 + 511 * 3;
        int left = 2 + 511 * 3;
        for (int y = 100; y < 509; y += 7) {
            assertEquals(40, pixels[(top + y) * 2046 + left + 10]);
            assertEquals(40, pixels[(top + y) * 2046 + left + 252]);
            assertEquals(240, pixels[(top + y) * 2046 + left + 256]);
            assertEquals(240, pixels[(top + y) * 2046 + left + 508]);
        }
    }

    @Test
    void maskTilesWhiteAndBlack() {
        boolean[][] slices = new boolean[3][50 * 50];
        for (int i = 0; i < 50 * 50; i++) {
            slices[2][i] = i % 50 >= 25;
        }
        BufferedImage m = Montage.of(Mask.ofBooleans(50, 50, slices, Grid.PIXELS), 2);
        assertEquals(2 * 100 + 3 * 2, m.getWidth(), "slices 0 and 2, enlarged twice, side by side");
        assertEquals(100 + 2 * 2, m.getHeight());
        int[] pixels = SliceImageTest.grey(m);
        for (int y = 30; y < 100; y++) {
            assertEquals(0, pixels[(2 + y) * 206 + 2 + 70], "slice 0 is empty");
            assertEquals(0, pixels[(2 + y) * 206 + 104 + 49], "slice 2, x = 24");
            assertEquals(255, pixels[(2 + y) * 206 + 104 + 50], "slice 2, x = 25");
        }
    }

    /** Overlay tiles as {@link SliceImage#overlay}: grey 100 outside, opaque orange outline, tint inside. */
    @Test
    void overlayMontage() {
        int n = 100;
        byte[][] slices = new byte[2][n * n];
        boolean[][] mask = new boolean[2][n * n];
        for (int z = 0; z < 2; z++) {
            java.util.Arrays.fill(slices[z], (byte) 100);
            for (int y = 50; y < 80; y++) {
                for (int x = 50; x < 80; x++) {
                    mask[z][y * n + x] = true;
                }
            }
        }
        Volume v = Volume.ofBytes(n, n, slices, Grid.PIXELS);
        BufferedImage m = Montage.overlay(v, Mask.ofBooleans(n, n, mask, Grid.PIXELS));
        assertEquals(BufferedImage.TYPE_INT_RGB, m.getType());
        assertEquals(206, m.getWidth());
        int left = 104;
        assertEquals(0x646464, m.getRGB(left + 30, 2 + 30) & 0xFFFFFF);
        assertEquals(0xFF8C00, m.getRGB(left + 50, 2 + 60) & 0xFFFFFF);
        assertEquals(0xA2743C, m.getRGB(left + 60, 2 + 60) & 0xFFFFFF, "as in SliceImageTest");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Montage.overlay(v, Mask.ofBooleans(n, n, new boolean[3][n * n], Grid.PIXELS)));
        assertTrue(e.getMessage().contains("100×100×3") && e.getMessage().contains("100×100×2"), e.getMessage());
    }
}
