package io.github.stack3d.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.stack3d.Grid;
import io.github.stack3d.Labels;
import io.github.stack3d.Mask;
import io.github.stack3d.Volume;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class OrthoViewsTest {

    private static final int YELLOW = OrthoViews.CROSSHAIR_COLOR.getRGB() & 0xFFFFFF;

    /** A 40×30×10 8-bit stack, voxel value 10 + z (so each plane's rows tell the slice), spacing 1×1×3. */
    private static Volume stack(Grid grid) {
        int w = 40;
        int h = 30;
        int d = 10;
        byte[][] s = new byte[d][w * h];
        for (int z = 0; z < d; z++) {
            java.util.Arrays.fill(s[z], (byte) (10 + z));
        }
        return Volume.ofBytes(w, h, s, grid);
    }

    private static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xFFFFFF;
    }

    @Test
    void planesAreSizedBySpacingAndPlacedAsFijiPlacesThem() {
        Volume v = stack(Grid.of(1, 1, 3, "µm"));
        BufferedImage image = OrthoViews.draw(v, null, 5, 7, 2, 0);
        // XY 40×30, YZ 10 slices × 3 = 30 wide, XZ 40 × 30 tall
        assertEquals(40 + OrthoViews.GAP + 30, image.getWidth());
        assertEquals(30 + OrthoViews.GAP + 30, image.getHeight());
        int g = Montage.GAP_GREY * 0x010101;
        assertEquals(g, rgb(image, 40 + 1, 10), "gap between XY and YZ");
        assertEquals(g, rgb(image, 40 + OrthoViews.GAP + 15, 30 + OrthoViews.GAP + 15), "the empty corner");
        // YZ column u shows slice u / 3: grey 10 + u / 3 (away from the crosshairs and the label)
        int yz0 = 40 + OrthoViews.GAP;
        assertEquals((10 + 9) * 0x010101, rgb(image, yz0 + 28, 25));
        assertEquals((10 + 4) * 0x010101, rgb(image, yz0 + 13, 25));
        // XZ row v shows slice v / 3
        int xz0 = 30 + OrthoViews.GAP;
        assertEquals((10 + 8) * 0x010101, rgb(image, 20, xz0 + 25));
    }

    /** Checked away from the plane labels (top left) and the scale bar (bottom left). */
    @Test
    void crosshairsCrossAtThePointInEveryPlane() {
        Volume v = stack(Grid.of(1, 1, 3, "µm"));
        BufferedImage image = OrthoViews.draw(v, null, 5, 20, 6, 0);
        // XY: column 5 and row 20
        assertEquals(YELLOW, rgb(image, 5, 27));
        assertEquals(YELLOW, rgb(image, 30, 20));
        assertEquals(16 * 0x010101, rgb(image, 30, 25));
        // YZ: slice 6 is pixels 18..20, its middle 19; row 20
        int yz0 = 40 + OrthoViews.GAP;
        assertEquals(YELLOW, rgb(image, yz0 + 19, 27));
        assertEquals(YELLOW, rgb(image, yz0 + 26, 20));
        assertEquals(16 * 0x010101, rgb(image, yz0 + 18, 27), "slice 6 beside the line");
        // XZ: column 5 and slice 6's middle row 19
        int xz0 = 30 + OrthoViews.GAP;
        assertEquals(YELLOW, rgb(image, 5, xz0 + 25));
        assertEquals(YELLOW, rgb(image, 30, xz0 + 19));
    }

    @Test
    void maskIsDrawnOverEveryPlane() {
        Volume v = stack(Grid.PIXELS);
        boolean[][] m = new boolean[10][40 * 30];
        for (int z = 3; z <= 7; z++) {
            for (int y = 20; y < 30; y++) {
                for (int x = 30; x < 40; x++) {
                    m[z][y * 40 + x] = true;
                }
            }
        }
        Mask mask = Mask.ofBooleans(40, 30, m, Grid.PIXELS);
        BufferedImage image = OrthoViews.draw(v, mask, 34, 25, 5, 0);
        int outline = SliceImage.MASK_COLOR.getRGB() & 0xFFFFFF;
        // XY (slice 5, grey 15): inside tinted round(0.6·15 + 0.4·c) per channel, the edge opaque orange
        assertEquals(tint(15), rgb(image, 37, 22));
        assertEquals(outline, rgb(image, 30, 22));
        assertEquals(15 * 0x010101, rgb(image, 20, 26), "outside the mask");
        // YZ (x = 34): column z = 4 (grey 14), row 22 inside the box, column z = 3 its edge
        int yz0 = 40 + OrthoViews.GAP;
        assertEquals(tint(14), rgb(image, yz0 + 4, 22));
        assertEquals(outline, rgb(image, yz0 + 3, 22));
        // XZ (y = 25): row z = 6 (grey 16), column 37
        int xz0 = 30 + OrthoViews.GAP;
        assertEquals(tint(16), rgb(image, 37, xz0 + 6));
    }

    private static int tint(int grey) {
        int c = SliceImage.MASK_COLOR.getRGB();
        int r = (3 * grey + 2 * (c >> 16 & 0xFF) + 2) / 5;
        int g = (3 * grey + 2 * (c >> 8 & 0xFF) + 2) / 5;
        int b = (3 * grey + 2 * (c & 0xFF) + 2) / 5;
        return r << 16 | g << 8 | b;
    }

    @Test
    void labelsInTheirColorsAndBadPointsNamed() {
        int[][] s = new int[4][8 * 6];
        s[1][2 * 8 + 3] = 5;
        Labels labels = Labels.of(8, 6, s, Grid.PIXELS);
        BufferedImage image = OrthoViews.draw(labels, null, 0, 0, 1, 0);
        assertEquals(LabelColors.rgb(5), rgb(image, 3, 2), "label 5 at (3, 2) of slice 1");
        assertEquals(0, rgb(image, 4, 2), "background");
        BufferedImage large = OrthoViews.of(labels, 0, 0, 1);
        int f = (OrthoViews.MIN_SIZE - OrthoViews.GAP) / (8 + 4);
        assertEquals((8 + 4) * f + OrthoViews.GAP, large.getWidth(), "enlarged by a whole factor towards 512");
        assertEquals(LabelColors.rgb(5), rgb(large, 3 * f + f / 2, 2 * f + f / 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OrthoViews.of(labels, 8, 0, 0));
        assertEquals(true, e.getMessage().contains("x"), e.getMessage());
    }
}
