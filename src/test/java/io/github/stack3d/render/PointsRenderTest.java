package io.github.stack3d.render;

import static io.github.stack3d.render.TestScenes.brightness;
import static io.github.stack3d.render.TestScenes.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.PointCloud;
import io.github.stack3d.Stack3D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class PointsRenderTest {

    @Test
    void nearerPointsAreBrighter() {
        // looking along +z (azimuth 0, elevation 0): the point at z = -10 is nearest, at z = 10 farthest
        PointCloud points = new PointCloud(new float[] {-10, 0, -10, 0, 0, 0, 10, 0, 10}, "px");
        BufferedImage image = PointsRender.renderPoints(points, plain(101));
        // bounding box 20 × 0 × 20, half diagonal 14.14: 50.5 / 14.14 = 3.57 px per unit about the centre
        int near = brightness(image, 50 - 36, 50);
        int middle = brightness(image, 50, 50);
        int far = brightness(image, 50 + 36, 50);
        assertTrue(near > middle && middle > far && far > 0, near + " > " + middle + " > " + far);
        assertEquals(0, brightness(image, 50, 10), "background above the points");
    }

    @Test
    void nearerPointHidesTheFartherAtTheSamePixel() {
        // both project to the centre; red is nearer (smaller z), written last in one order and first in the other
        // (two blue points at (±8, ±8, 0) centre the bounding box on the origin)
        float[] xyz = {0, 0, -5, 0, 0, 5, 8, 8, 0, -8, -8, 0};
        byte[] redFirst = {(byte) 255, 0, 0, 0, (byte) 255, 0, 0, 0, (byte) 255, 0, 0, (byte) 255};
        float[] swapped = {0, 0, 5, 0, 0, -5, 8, 8, 0, -8, -8, 0};
        byte[] greenFirst = {0, (byte) 255, 0, (byte) 255, 0, 0, 0, 0, (byte) 255, 0, 0, (byte) 255};
        for (PointCloud p : new PointCloud[] {new PointCloud(xyz, null, redFirst, "px"),
            new PointCloud(swapped, null, greenFirst, "px")}) {
            BufferedImage image = PointsRender.renderPoints(p, plain(64));
            int c = image.getRGB(32, 32);
            assertTrue((c >> 16 & 255) > 100 && (c >> 8 & 255) == 0, String.format("centre %06x, expected red",
                    c & 0xFFFFFF));
        }
    }

    @Test
    void sparsePointsAreDrawnLarger() {
        PointCloud two = new PointCloud(new float[] {0, 0, 0, 10, 10, 10}, "px");
        BufferedImage image = PointsRender.renderPoints(two, plain(64));
        int lit = 0;
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                lit += brightness(image, x, y) > 0 ? 1 : 0;
            }
        }
        assertEquals(2 * 9, lit, "two points of 3 × 3 pixels");
    }

    @Test
    void badArgumentsNameThemselves() {
        var e = assertThrows(IllegalArgumentException.class, () -> Stack3D.renderPoints(null));
        assertTrue(e.getMessage().contains("points"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Stack3D.renderPoints(
                new PointCloud(new float[3], "px"), null));
        assertTrue(e.getMessage().contains("view"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Stack3D.preview(new PointCloud(new float[0], "px")));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }
}
