package io.github.stack3d.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.stack3d.RenderMode;
import io.github.stack3d.Stack3D;
import io.github.stack3d.View;
import io.github.stack3d.Volume;
import io.github.stack3d.sample.SampleStacks;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class VolumeTurntableTest {

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    @Test
    void aVolumeTurnsOnceAroundWithTheViewsOtherSettings() {
        Volume ellipsoid = SampleStacks.ellipsoid(40, 30, 24, 15, 8, 6);
        View view = View.at(10, 20).withSize(64, 48).withMode(RenderMode.MIP);
        List<BufferedImage> frames = Stack3D.turntable(ellipsoid, 4, view);
        assertEquals(4, frames.size());
        assertEquals(64, frames.get(2).getWidth());
        assertEquals(48, frames.get(2).getHeight());
        assertArrayEquals(pixels(Stack3D.volumeRender(ellipsoid, view)), pixels(frames.get(0)));
        assertArrayEquals(pixels(Stack3D.volumeRender(ellipsoid, view.withAngles(100, 20))), pixels(frames.get(1)));
        assertFalse(Arrays.equals(pixels(frames.get(0)), pixels(frames.get(1))), "a quarter turn of an ellipsoid "
                + "shows another outline");
    }
}
