package io.github.stack3d.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class AnnotationsTest {

    @Test
    void roundLengthIsTheLargestOneTwoOrFiveTimesAPowerOfTenNotAbove() {
        assertEquals(1, Annotations.roundLength(1), 0);
        assertEquals(1, Annotations.roundLength(1.99), 0);
        assertEquals(2, Annotations.roundLength(2), 0);
        assertEquals(2, Annotations.roundLength(4.9), 0);
        assertEquals(5, Annotations.roundLength(9.99), 0);
        assertEquals(10, Annotations.roundLength(10), 0);
        assertEquals(20, Annotations.roundLength(25.6), 0);
        assertEquals(500, Annotations.roundLength(999), 0);
        assertEquals(0.05, Annotations.roundLength(0.07), 1e-15);
        assertEquals(0.2, Annotations.roundLength(0.2), 1e-15);
    }

    /**
     * A 400-pixel-wide black picture at 0.25 µm per pixel: a fifth of it is 20 µm, a round length, so the bar is
     * 20 / 0.25 = 80 white pixels long, starting at the margin max(6, 400 / 60) = 6.
     */
    @Test
    void scaleBarOfKnownLengthHasThatManyWhitePixels() {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Annotations.scaleBar(image, 0.25, "µm");
        int thick = Math.max(3, 300 / 120);
        int y = 300 - 6 - thick + thick / 2;
        int first = -1;
        int white = 0;
        for (int x = 0; x < 400; x++) {
            if ((image.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF) {
                white++;
                first = first < 0 ? x : first;
            }
        }
        assertEquals(80, white, "white pixels along row " + y);
        assertEquals(6, first);
    }

    @Test
    void annotatedSmallProjectionsAreEnlargedAndCarryTheScaleBar() {
        io.github.stack3d.Volume ball = ProjectionsTest.ball(10, io.github.stack3d.Grid.of(1, 1, 1, "µm"));
        BufferedImage plain = Projections.plain(ball, io.github.stack3d.Axis.Z, io.github.stack3d.Projection.MAX,
                io.github.stack3d.Colormap.GRAY);
        BufferedImage image = Projections.of(ball, io.github.stack3d.Axis.Z, io.github.stack3d.Projection.MAX,
                io.github.stack3d.Colormap.GRAY);
        int factor = Projections.MIN_ANNOTATED / plain.getWidth();
        assertEquals(plain.getWidth() * factor, image.getWidth());
        assertEquals(plain.getRGB(plain.getWidth() / 2, plain.getHeight() / 2),
                image.getRGB(image.getWidth() / 2, image.getHeight() / 2));
    }
}
