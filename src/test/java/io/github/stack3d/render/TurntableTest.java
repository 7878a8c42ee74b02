package io.github.stack3d.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Mesh;
import io.github.stack3d.Stack3D;
import io.github.stack3d.View;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TurntableTest {

    @Test
    void framesStepTheAzimuthThroughAFullTurn() {
        List<Double> azimuths = new ArrayList<>();
        List<BufferedImage> frames = Turntable.frames(View.at(30, 20), 8, v -> {
            azimuths.add(v.azimuth());
            assertEquals(20, v.elevation());
            return new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        });
        assertEquals(8, frames.size());
        assertEquals(List.of(30.0, 75.0, 120.0, 165.0, 210.0, 255.0, 300.0, 345.0), azimuths);
    }

    @Test
    void aMeshTurns() {
        // two spheres side by side along x: seen from azimuth 0 they are apart, from azimuth 90 one hides the other
        Mesh pair = TestScenes.union(TestScenes.moved(TestScenes.SPHERE, -40, 0, 0),
                TestScenes.moved(TestScenes.SPHERE, 40, 0, 0));
        View view = TestScenes.plain(64);
        List<BufferedImage> frames = Stack3D.turntable(pair, 4, view);
        assertEquals(4, frames.size());
        int[] first = frames.get(0).getRGB(0, 0, 64, 64, null, 0, 64);
        int[] again = MeshRender.renderMesh(pair, view).getRGB(0, 0, 64, 64, null, 0, 64);
        assertArrayEquals(again, first, "frame 0 is the view itself");
        assertFalse(Arrays.equals(first, frames.get(1).getRGB(0, 0, 64, 64, null, 0, 64)), "frame 1 turned");
        assertTrue(TestScenes.brightness(frames.get(0), 32, 32) == 0, "gap between the spheres at azimuth 0");
        assertTrue(TestScenes.brightness(frames.get(1), 32, 32) > 0, "spheres in line at azimuth 90");
    }

    @Test
    void badFrameCountNamesItself() {
        var e = assertThrows(IllegalArgumentException.class, () -> Stack3D.turntable(TestScenes.SPHERE, 0));
        assertTrue(e.getMessage().contains("frames"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Stack3D.turntable((io.github.stack3d.Mesh) null, 3));
        assertTrue(e.getMessage().contains("mesh"), e.getMessage());
    }
}
