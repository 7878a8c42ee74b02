package io.github.stack3d.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Colormap;
import io.github.stack3d.Grid;
import io.github.stack3d.Labels;
import io.github.stack3d.Mask;
import io.github.stack3d.RenderMode;
import io.github.stack3d.TransferFunction;
import io.github.stack3d.View;
import io.github.stack3d.Volume;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Ray-cast pictures of analytic scenes, checked pixel by pixel against the camera's framing rule. */
class VolumeRenderTest {

    /** A plain view of {@code size} pixels, without scale bar and axes, so that every pixel is the data's. */
    private static View plain(double azimuth, double elevation, int size) {
        return View.at(azimuth, elevation).withSize(size, size).withScaleBar(false).withAxes(false);
    }

    /** 8-bit values of {@code f(x, y, z)} (physical coordinates) on a grid of {@code n} voxels. */
    private static Volume volume(int nx, int ny, int nz, Grid grid, Field f) {
        byte[][] slices = new byte[nz][nx * ny];
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    slices[k][j * nx + i] = (byte) Math.round(f.at(grid.x(i), grid.y(j), grid.z(k)));
                }
            }
        }
        return Volume.ofBytes(nx, ny, slices, grid);
    }

    interface Field {
        double at(double x, double y, double z);
    }

    /** 200 inside a ball of radius r, 0 outside, a linear edge 2 units wide centred on the radius. */
    private static Field ball(double cx, double cy, double cz, double r) {
        return (x, y, z) -> {
            double d = Math.sqrt((x - cx) * (x - cx) + (y - cy) * (y - cy) + (z - cz) * (z - cz));
            return 200 * Math.max(0, Math.min(1, (r - d) / 2 + 0.5));
        };
    }

    /** The framing rule of {@link Camera}: 2R / zoom physical units across the picture's smaller side. */
    private static double unitsPerPixel(int nx, int ny, int nz, Grid g, int size) {
        double r = 0.5 * Math.sqrt(Math.pow(nx * g.sx(), 2) + Math.pow(ny * g.sy(), 2) + Math.pow(nz * g.sz(), 2));
        return 2 * r / size;
    }

    private static int count(BufferedImage image, int minGrey) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) & 255) > minGrey ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void opaqueCubeFaceOnCoversItsSquare() {
        int n = 64;
        Grid grid = Grid.PIXELS;
        // voxels 22..41 are 200: with trilinear sampling the value 100 lies half a voxel out, at 21.5 and 41.5
        Volume cube = volume(n, n, n, grid, (x, y, z) -> x >= 22 && x <= 41 && y >= 22 && y <= 41 && z >= 22
                && z <= 41 ? 200 : 0);
        int size = 200;
        BufferedImage image = VolumeRender.of(cube).image(plain(0, 0, size), TransferFunction.ramp(99.5, 100.5));
        double upp = unitsPerPixel(n, n, n, grid, size);
        double half = 10;                 // physical half side: 41.5 − 31.5 about the centre 31.5
        for (int py = 0; py < size; py++) {
            for (int px = 0; px < size; px++) {
                double u = Math.abs((px + 0.5 - size / 2.0) * upp);
                double v = Math.abs((py + 0.5 - size / 2.0) * upp);
                int rgb = image.getRGB(px, py) & 0xFFFFFF;
                if (u < half - upp && v < half - upp) {
                    assertEquals(0xFFFFFF, rgb, "inside the square at " + px + ", " + py);
                } else if (u > half + upp || v > half + upp) {
                    assertEquals(0, rgb, "outside the square at " + px + ", " + py);
                }
            }
        }
        int side = (int) Math.round(2 * half / upp);
        assertEquals(side * side, count(image, 127), 4.0 * side + 4, "the square's area in pixels");
    }

    @Test
    void mipOfBallIsDiscOfItsRadiusFromEveryDirectionWithAnisotropicSpacing() {
        Grid grid = Grid.of(1, 1, 2, "µm");
        int nx = 64;
        int ny = 64;
        int nz = 32;
        double r = 20;
        VolumeRender render = VolumeRender.of(volume(nx, ny, nz, grid, ball(32, 31, 32, r)));
        int size = 256;
        double upp = unitsPerPixel(nx, ny, nz, grid, size);
        double expected = Math.PI * r * r / (upp * upp);       // pixels of a disc of radius r
        double[][] angles = {{0, 0}, {90, 0}, {37, 25}, {-120, -60}, {0, 90}};
        for (double[] a : angles) {
            BufferedImage image = render.image(plain(a[0], a[1], size).withMode(RenderMode.MIP));
            int area = count(image, 127);                      // grey 127.5 is the value 100 of the edge
            assertEquals(expected, area, 0.02 * expected, "disc area at azimuth " + a[0] + ", elevation " + a[1]);
            assertEquals(0xFFFFFF, image.getRGB(size / 2, size / 2) & 0xFFFFFF, "the centre is the maximum");
            assertEquals(0, image.getRGB(0, 0) & 0xFFFFFF, "a corner is background");
        }
    }

    @Test
    void isosurfaceIsBrighterWhereItFacesTheLightThanAtTheSilhouette() {
        Grid grid = Grid.PIXELS;
        int n = 64;
        double r = 24;
        Volume ball = volume(n, n, n, grid, ball(31.5, 31.5, 31.5, r));
        int size = 200;
        BufferedImage image = VolumeRender.of(ball).image(plain(0, 0, size).withLevel(100));
        double upp = unitsPerPixel(n, n, n, grid, size);
        int centre = image.getRGB(size / 2, size / 2) & 255;
        int edge = image.getRGB(size / 2 + (int) (0.95 * r / upp), size / 2) & 255;
        assertTrue(centre > 200, "facing the camera light: " + centre);
        assertTrue(centre > edge + 60, "centre " + centre + " vs silhouette " + edge);
        assertEquals(0, image.getRGB(2, 2) & 0xFFFFFF, "background");
        assertTrue((image.getRGB(size / 2 + (int) (1.05 * r / upp), size / 2) & 0xFFFFFF) == 0,
                "just outside the ball is background");
    }

    @Test
    void skippingEmptySpaceChangesNoPixel() {
        Random random = new Random(7);
        double[][] blobs = new double[6][];
        for (int b = 0; b < blobs.length; b++) {
            blobs[b] = new double[] {random.nextDouble() * 45, random.nextDouble() * 40, random.nextDouble() * 60,
                3 + random.nextDouble() * 6};
        }
        Grid grid = Grid.of(1, 1.2, 2, "µm").withOrigin(5, -3, 1);
        Volume vol = volume(45, 33, 30, grid, (x, y, z) -> {
            double v = random.nextInt(20);
            for (double[] b : blobs) {
                double d2 = Math.pow(x - 5 - b[0], 2) + Math.pow(y + 3 - b[1], 2) + Math.pow(z - 1 - b[2], 2);
                v += 240 * Math.exp(-d2 / (2 * b[3] * b[3]));
            }
            return Math.min(255, v);
        });
        VolumeRender render = VolumeRender.of(vol);
        TransferFunction[] tfs = {TransferFunction.ramp(60, 200).withOpacity(0.3), TransferFunction.ramp(80, 20)};
        for (double[] a : new double[][] {{0, 0}, {33, 21}, {-150, 70}}) {
            for (RenderMode mode : RenderMode.values()) {
                for (boolean perspective : new boolean[] {false, true}) {
                    View view = plain(a[0], a[1], 96).withMode(mode).withPerspective(perspective);
                    if (mode == RenderMode.ISOSURFACE) {
                        view = view.withLevel(120);
                    }
                    for (TransferFunction tf : tfs) {
                        assertArrayEquals(pixels(render.image(view, tf, false)), pixels(render.image(view, tf, true)),
                                mode + " at " + a[0] + ", " + a[1] + (perspective ? " perspective " : " ") + tf);
                    }
                }
            }
        }
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    @Test
    void perspectiveMakesTheNearBallLargerThanTheFarOne() {
        Grid grid = Grid.PIXELS;
        // two equal balls side by side in x, the left one near the camera (small z), the right one far
        Volume vol = volume(80, 40, 80, grid, (x, y, z) -> Math.max(ball(20, 20, 12, 9).at(x, y, z),
                ball(60, 20, 68, 9).at(x, y, z)));
        VolumeRender render = VolumeRender.of(vol);
        View view = plain(0, 0, 240).withMode(RenderMode.MIP);
        int[] ortho = halves(render.image(view));
        int[] persp = halves(render.image(view.withPerspective(true)));
        assertEquals(ortho[0], ortho[1], 0.02 * ortho[0], "orthographic: equal discs");
        assertTrue(persp[0] > 1.2 * persp[1], "perspective: near " + persp[0] + " vs far " + persp[1]);
    }

    /** Bright pixels in the left and right halves. */
    private static int[] halves(BufferedImage image) {
        int[] n = new int[2];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n[x < image.getWidth() / 2 ? 0 : 1] += (image.getRGB(x, y) & 255) > 127 ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void labelsRenderInTheirColors() {
        int n = 40;
        int[][] slices = new int[n][n * n];
        for (int k = 10; k < 30; k++) {
            for (int j = 10; j < 30; j++) {
                for (int i = 4; i < 36; i++) {
                    slices[k][j * n + i] = i < 20 ? 1 : 2;
                }
            }
        }
        Labels labels = Labels.of(n, n, slices, Grid.PIXELS);
        int size = 160;
        BufferedImage image = VolumeRender.of(labels).image(plain(0, 0, size).withMode(RenderMode.MIP));
        double upp = unitsPerPixel(n, n, n, Grid.PIXELS, size);
        int left = image.getRGB((int) (size / 2 - 8 / upp), size / 2) & 0xFFFFFF;
        int right = image.getRGB((int) (size / 2 + 8 / upp), size / 2) & 0xFFFFFF;
        assertEquals(hue(LabelColors.rgb(1)), hue(left), 0.02, "label 1's hue");
        assertEquals(hue(LabelColors.rgb(2)), hue(right), 0.02, "label 2's hue");
        assertEquals(0, image.getRGB(1, 1) & 0xFFFFFF, "background");
    }

    private static double hue(int rgb) {
        return Color.RGBtoHSB(rgb >> 16 & 255, rgb >> 8 & 255, rgb & 255, null)[0];
    }

    @Test
    void maskRendersAsZeroAndOne() {
        int n = 32;
        boolean[][] slices = new boolean[n][n * n];
        for (int k = 8; k < 24; k++) {
            for (int j = 8; j < 24; j++) {
                for (int i = 8; i < 24; i++) {
                    slices[k][j * n + i] = true;
                }
            }
        }
        BufferedImage image = VolumeRender.of(Mask.ofBooleans(n, n, slices, Grid.PIXELS))
                .image(plain(0, 0, 64).withMode(RenderMode.MIP));
        assertEquals(0xFFFFFF, image.getRGB(32, 32) & 0xFFFFFF, "inside: 1, white");
        assertEquals(0, image.getRGB(3, 3) & 0xFFFFFF, "outside: 0, black");
    }

    @Test
    void backgroundColorAndAnnotations() {
        Volume ball = volume(32, 32, 32, Grid.of(0.5, 0.5, 0.5, "mm"), ball(8, 8, 8, 5));
        BufferedImage image = VolumeRender.of(ball).image(View.at(0, 0).withSize(128, 96)
                .withBackground(new Color(0x203040)).withColormap(Colormap.GRAY), TransferFunction.ramp(99, 101));
        assertEquals(128, image.getWidth());
        assertEquals(96, image.getHeight());
        assertEquals(0x203040, image.getRGB(64, 2) & 0xFFFFFF, "background at the top");
        assertTrue((image.getRGB(64, 48) & 255) > 200, "the ball in the middle");
    }

    @Test
    void facadeDrawsTheDefaultViewAndNamesNullParameters() {
        Volume ball = volume(24, 24, 24, Grid.PIXELS, ball(12, 12, 12, 6));
        BufferedImage image = io.github.stack3d.Stack3D.volumeRender(ball);
        assertEquals(512, image.getWidth());
        assertEquals(BufferedImage.TYPE_INT_RGB, image.getType());
        assertTrue((image.getRGB(256, 256) & 255) > 100, "the ball (bright, above the Otsu level) in the middle");
        assertEquals(0, image.getRGB(40, 40) & 0xFFFFFF, "black background in the corner");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> io.github.stack3d.Stack3D.volumeRender(null))
                .getMessage().contains("volume"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> io.github.stack3d.Stack3D.volumeRender(ball, null)).getMessage().contains("view"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> io.github.stack3d.Stack3D.volumeRender(ball, View.DEFAULT, null)).getMessage()
                .contains("transfer"));
    }

    @Test
    void errorsNameTheParameter() {
        Volume ball = volume(16, 16, 16, Grid.PIXELS, ball(8, 8, 8, 5));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> VolumeRender.of(null)).getMessage()
                .contains("volume is null"));
        VolumeRender render = VolumeRender.of(ball);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> render.image(null)).getMessage()
                .contains("view is null"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> render.image(View.DEFAULT, null))
                .getMessage().contains("transfer is null"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> render.image(View.DEFAULT.withLevel(300)))
                .getMessage().contains("level 300.0 outside data range [0.0, 200.0]"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> VolumeRender.of(Volume.ofBytes(4, 4,
                new byte[1][16], Grid.PIXELS))).getMessage().contains("at least 2 along each axis"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> View.at(0, 91)).getMessage()
                .contains("elevation is 91.0; expected -90..90 degrees"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> View.DEFAULT.withSize(0, 10)).getMessage()
                .contains("width"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> View.DEFAULT.withZoom(-1)).getMessage()
                .contains("zoom"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TransferFunction.ramp(5, 5)).getMessage()
                .contains("from and to are both 5.0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TransferFunction.ramp(0, 5).withOpacity(0))
                .getMessage().contains("opacity is 0.0"));
    }
}
