package io.github.stack3d.notebook;

import io.github.stack3d.Mesh;
import io.github.stack3d.Stack3D;
import io.github.stack3d.View;
import io.github.stack3d.Volume;
import io.github.stack3d.sample.SampleStacks;
import io.github.stack3d.web.GeometryCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Saved viewer pages opened in headless Chromium (WebGL2 on SwiftShader), driven through the DevTools protocol:
 * the live canvas replaces the still picture, the object is drawn in the middle of the canvas and not in its
 * corner, and a drag with the left button turns it (the picture changes). The screenshots are kept in
 * {@code target/viewer-screenshots/} to look at. Skipped where Chromium is not installed.
 */
class ViewerBrowserTest {

    private static final int SIZE = 320;
    private static final Path SHOTS = Path.of("target", "viewer-screenshots");

    /** An elongated ellipsoid (radii 28, 10, 16 voxels): turning it changes its outline. */
    private static final Volume ELLIPSOID = SampleStacks.ellipsoid(64, 64, 64, 28, 10, 16);

    private static Chromium browser;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        Path chromium = Chromium.find();
        assumeTrue(chromium != null, "no chromium installed (Debian package chromium): browser tests skipped");
        browser = new Chromium(chromium, SIZE + 40, SIZE + 40);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aMeshIsDrawnTurnsWhenDraggedAndKeepsItsBounds() throws Exception {
        Mesh mesh = Stack3D.marchingCubes(ELLIPSOID, 0);
        open(Stack3D.viewer(mesh, View.DEFAULT.withSize(SIZE, SIZE)), "mesh");
        double[] expected = GeometryCode.bounds(mesh.vertices());
        double[] decoded = Arrays.stream(browser.evaluate(root() + ".dataset.bounds").replaceAll("[\\[\\]]", "")
                .split(",")).mapToDouble(Double::parseDouble).toArray();
        for (int i = 0; i < 6; i++) {
            // the ends of the box are quantised values 0 and 65535: exact up to float rounding
            assertEquals(expected[i], decoded[i], 1e-4, "decoded bound " + i + " of " + Arrays.toString(decoded));
        }
        drawnAndTurned("mesh");
    }

    @Test
    void pointsAreDrawnAndTurnWhenDragged() throws Exception {
        open(Stack3D.viewer(Stack3D.shellPoints(Stack3D.threshold(ELLIPSOID, 0)), View.DEFAULT.withSize(SIZE, SIZE)),
                "points");
        drawnAndTurned("points");
    }

    @Test
    void aBrightVolumeShowsItsIsosurfaceTurnsAndSwitchesToMip() throws Exception {
        open(Stack3D.viewer(ELLIPSOID, View.DEFAULT.withSize(SIZE, SIZE).withLevel(0)), "volume");
        BufferedImage turned = drawnAndTurned("volume");
        browser.evaluate(root() + ".querySelector('.stack3d-bar button:nth-child(2)').click()");
        BufferedImage mip = browser.screenshot();
        ImageIO.write(mip, "png", SHOTS.resolve("volume-mip.png").toFile());
        assertTrue(changed(turned, mip) > 0.05, "the MIP button changes the picture");
    }

    @Test
    void aDarkVolumeShowsItsIsosurfaceToo() throws Exception {
        // the ellipsoid's field negated: a dark object in a bright surrounding, as the sample stack is
        float[][] slices = new float[ELLIPSOID.depth()][];
        for (int z = 0; z < slices.length; z++) {
            slices[z] = ELLIPSOID.floats(z).clone();
            for (int i = 0; i < slices[z].length; i++) {
                slices[z][i] = -slices[z][i];
            }
        }
        Volume dark = Volume.ofFloats(64, 64, slices, ELLIPSOID.grid());
        open(Stack3D.viewer(dark, View.DEFAULT.withSize(SIZE, SIZE).withLevel(0)), "dark");
        drawnAndTurned("dark");
    }

    private static String root() {
        return "document.querySelector('.stack3d-viewer')";
    }

    private static void open(Viewer viewer, String name) throws IOException, InterruptedException {
        Path page = Stack3D.saveHtml(viewer, SHOTS.resolve(name + ".html"));
        browser.open(page.toAbsolutePath());
        browser.await(root() + ".dataset.state !== 'still'");
        assertEquals("ready", browser.evaluate(root() + ".dataset.state"),
                () -> "the live view failed: " + browser.evaluate(root() + ".querySelector('.stack3d-note').textContent"));
        assertEquals("none", browser.evaluate("getComputedStyle(" + root() + ".querySelector('img')).display"),
                "the still picture is hidden");
    }

    /** Asserts the object drawn (middle) on the black background (corner), drags, asserts it turned. */
    private static BufferedImage drawnAndTurned(String name) throws IOException {
        BufferedImage before = browser.screenshot();
        ImageIO.write(before, "png", SHOTS.resolve(name + "-before.png").toFile());
        double middle = foreground(before, SIZE / 4, SIZE / 4, SIZE * 3 / 4, SIZE * 3 / 4);
        assertTrue(middle > 0.15, name + ": " + middle + " of the middle of the canvas is drawn; expected the object");
        assertEquals(0.0, foreground(before, SIZE - 30, SIZE - 30, SIZE - 2, SIZE - 2), name
                + ": the canvas's corner shows the background");
        browser.drag(SIZE / 2, SIZE / 2, SIZE / 2 + 120, SIZE / 2 + 40);
        BufferedImage after = browser.screenshot();
        ImageIO.write(after, "png", SHOTS.resolve(name + "-dragged.png").toFile());
        double changed = changed(before, after);
        assertTrue(changed > 0.05, name + ": a drag changed " + changed + " of the canvas; expected it to turn");
        assertTrue(foreground(after, 0, 0, SIZE, SIZE) > 0.03, name + ": still drawn after the drag");
        return after;
    }

    /** The share of pixels in the box [x0, x1) × [y0, y1) brighter than the black background. */
    private static double foreground(BufferedImage image, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int p = image.getRGB(x, y);
                if (Math.max((p >> 16) & 255, Math.max((p >> 8) & 255, p & 255)) > 24) {
                    n++;
                }
            }
        }
        return (double) n / ((x1 - x0) * (y1 - y0));
    }

    /** The share of canvas pixels that differ by more than 24 in a channel between two screenshots. */
    private static double changed(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift < 24; shift += 8) {
                    if (Math.abs((p >> shift & 255) - (q >> shift & 255)) > 24) {
                        n++;
                        break;
                    }
                }
            }
        }
        return (double) n / (SIZE * SIZE);
    }
}
