package io.github.stack3d.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.stack3d.Axis;
import io.github.stack3d.Colormap;
import io.github.stack3d.Grid;
import io.github.stack3d.Labels;
import io.github.stack3d.Mask;
import io.github.stack3d.Projection;
import io.github.stack3d.Volume;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class ProjectionsTest {

    /**
     * A ball of radius {@code r} (physical units) in a float volume on {@code grid}: voxel value
     * {@code max(0, r − distance from the centre)}, so the ball is exactly the voxels above 0.
     */
    static Volume ball(double r, Grid grid) {
        int w = (int) Math.ceil(2 * r / grid.sx()) + 8;
        int h = (int) Math.ceil(2 * r / grid.sy()) + 8;
        int d = (int) Math.ceil(2 * r / grid.sz()) + 4;
        float[][] slices = new float[d][w * h];
        for (int z = 0; z < d; z++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    double dx = (x - (w - 1) / 2.0) * grid.sx();
                    double dy = (y - (h - 1) / 2.0) * grid.sy();
                    double dz = (z - (d - 1) / 2.0) * grid.sz();
                    slices[z][y * w + x] = (float) Math.max(0, r - Math.sqrt(dx * dx + dy * dy + dz * dz));
                }
            }
        }
        return Volume.ofFloats(w, h, slices, grid);
    }

    private static long nonBlack(BufferedImage image) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) & 0xFFFFFF) != 0 ? 1 : 0;
            }
        }
        return n;
    }

    /** Each output pixel is p = min(spacing) units wide, so the disc has radius r / p pixels: area π (r / p)². */
    @Test
    void maximumOfABallIsADiscOfItsRadiusAlongEveryAxisAtAnySpacing() {
        for (Grid grid : new Grid[] {Grid.PIXELS, Grid.of(1, 1, 4, "µm"), Grid.of(0.5, 1, 2, "µm")}) {
            double r = 20;
            Volume ball = ball(r, grid);
            double p = Math.min(grid.sx(), Math.min(grid.sy(), grid.sz()));
            for (Axis axis : Axis.values()) {
                BufferedImage image = Projections.plain(ball, axis, Projection.MAX, Colormap.GRAY);
                double pr = Math.min(axis.right().spacing(grid), axis.down().spacing(grid));
                double expected = Math.PI * (r / pr) * (r / pr);
                long area = nonBlack(image);
                assertEquals(expected, area, 0.03 * expected, grid + " along " + axis + ": " + image.getWidth()
                        + "×" + image.getHeight() + " px (p = " + p + ")");
                assertEquals(Math.round(axis.right().size(ball) * axis.right().spacing(grid) / pr),
                        image.getWidth(), "width along " + axis + " at " + grid);
                assertEquals(Math.round(axis.down().size(ball) * axis.down().spacing(grid) / pr),
                        image.getHeight(), "height along " + axis + " at " + grid);
            }
        }
    }

    @Test
    void sideViewOfSlicesFourTimesApartIsFourPixelsPerSlice() {
        Volume ball = ball(10, Grid.of(1, 1, 4, "µm"));
        BufferedImage side = Projections.plain(ball, Axis.Y, Projection.MAX, Colormap.GRAY);
        assertEquals(ball.width(), side.getWidth());
        assertEquals(4 * ball.depth(), side.getHeight());
    }

    /** Hand-made 2×2×3 stack, voxel (x, y, z) = 1 + x + 2y + 4z except one 0: expected values by hand. */
    @Test
    void maxMinMeanSumOfAHandMadeStackAreExact() {
        byte[][] s = {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 0, 11, 12}};
        Volume v = Volume.ofBytes(2, 2, s, Grid.PIXELS);
        assertArrayEquals(new float[] {9, 6, 11, 12}, Projections.values(v, Axis.Z, Projection.MAX));
        assertArrayEquals(new float[] {1, 0, 3, 4}, Projections.values(v, Axis.Z, Projection.MIN));
        assertArrayEquals(new float[] {15, 8, 21, 24}, Projections.values(v, Axis.Z, Projection.SUM));
        assertArrayEquals(new float[] {5, 8 / 3f, 7, 8}, Projections.values(v, Axis.Z, Projection.MEAN));
        // along y: row z holds x = 0, 1 over the rows y = 0, 1
        assertArrayEquals(new float[] {2, 3, 6, 7, 10, 6}, Projections.values(v, Axis.Y, Projection.MEAN));
        assertArrayEquals(new float[] {1, 2, 5, 6, 9, 0}, Projections.values(v, Axis.Y, Projection.MIN));
        // along x: row y holds z = 0, 1, 2 over the columns x = 0, 1
        assertArrayEquals(new float[] {3, 11, 9, 7, 15, 23}, Projections.values(v, Axis.X, Projection.SUM));
        assertArrayEquals(new float[] {2, 6, 9, 4, 8, 12}, Projections.values(v, Axis.X, Projection.MAX));
    }

    @Test
    void sumOfOnesIsTheDepthOfEveryRay() {
        int w = 5;
        int h = 4;
        int d = 7;
        byte[][] s = new byte[d][w * h];
        for (byte[] slice : s) {
            java.util.Arrays.fill(slice, (byte) 1);
        }
        Volume ones = Volume.ofBytes(w, h, s, Grid.PIXELS);
        float[] z = Projections.values(ones, Axis.Z, Projection.SUM);
        float[] y = Projections.values(ones, Axis.Y, Projection.SUM);
        float[] x = Projections.values(ones, Axis.X, Projection.SUM);
        assertEquals(w * h, z.length);
        for (float v : z) {
            assertEquals(d, v);
        }
        for (float v : y) {
            assertEquals(h, v);
        }
        for (float v : x) {
            assertEquals(w, v);
        }
    }

    @Test
    void eightBitMaximumIsShownAsItIsMasksWhiteLabelsInTheirColors() {
        byte[][] s = {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 0, 11, (byte) 200}};
        Volume v = Volume.ofBytes(2, 2, s, Grid.PIXELS);
        BufferedImage image = Projections.plain(v, Axis.Z, Projection.MAX, Colormap.GRAY);
        assertEquals(9 * 0x010101, image.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(200 * 0x010101, image.getRGB(1, 1) & 0xFFFFFF);

        Mask m = Mask.ofBooleans(2, 1, new boolean[][] {{true, false}, {false, false}}, Grid.PIXELS);
        BufferedImage mip = Projections.plain(m, Axis.Z, Projection.MAX, Colormap.GRAY);
        assertEquals(0xFFFFFF, mip.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(0, mip.getRGB(1, 0) & 0xFFFFFF);

        Labels labels = Labels.of(2, 1, new int[][] {{3, 0}, {7, 0}}, Grid.PIXELS);
        BufferedImage lm = Projections.plain(labels, Axis.Z, Projection.MAX, Colormap.GRAY);
        assertEquals(LabelColors.rgb(7), lm.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(0, lm.getRGB(1, 0) & 0xFFFFFF);
        BufferedImage lmin = Projections.plain(labels, Axis.Z, Projection.MIN, Colormap.GRAY);
        assertEquals(LabelColors.rgb(3), lmin.getRGB(0, 0) & 0xFFFFFF, "MIN skips the background");
        assertThrows(IllegalArgumentException.class,
                () -> Projections.plain(labels, Axis.Z, Projection.MEAN, Colormap.GRAY));
    }

    @Test
    void colormapColorsTheProjection() {
        byte[][] s = {{0, (byte) 255}};
        Volume v = Volume.ofBytes(2, 1, s, Grid.PIXELS);
        BufferedImage image = Projections.plain(v, Axis.Z, Projection.MAX, Colormap.VIRIDIS);
        assertEquals(Colormap.VIRIDIS.rgb(0), image.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(Colormap.VIRIDIS.rgb(255), image.getRGB(1, 0) & 0xFFFFFF);
    }
}
