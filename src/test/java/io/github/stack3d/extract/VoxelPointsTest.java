package io.github.stack3d.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Mask;
import io.github.stack3d.PointCloud;
import io.github.stack3d.Grid;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VoxelPointsTest {

    @Test
    void everyForegroundVoxelInZYXOrderWithSpacing() {
        boolean[][] s = {{true, false, false, true, false, true}, {false, false, false, false, false, false},
            {false, true, false, false, false, false}};
        PointCloud p = VoxelPoints.of(Mask.ofBooleans(3, 2, s, Grid.of(0.5, 2, 10, "mm")));
        assertArrayEquals(new float[] {0, 0, 0, 0, 2, 0, 1, 2, 0, 0.5f, 0, 20}, p.xyz());
        assertEquals("mm", p.unit());
    }

    @Test
    void countAndCoordinatesOnRandomMasks() {
        Random rnd = new Random(5);
        for (int k = 0; k < 30; k++) {
            int w = 1 + rnd.nextInt(20);
            int h = 1 + rnd.nextInt(20);
            int d = 1 + rnd.nextInt(6);
            boolean[][] s = new boolean[d][w * h];
            s[rnd.nextInt(d)][rnd.nextInt(w * h)] = true;
            for (boolean[] slice : s) {
                for (int i = 0; i < slice.length; i++) {
                    slice[i] |= rnd.nextInt(3) == 0;
                }
            }
            Grid sp = Grid.of(0.3, 0.7, 1.9, "µm");
            Mask m = Mask.ofBooleans(w, h, s, sp);
            float[] xyz = VoxelPoints.of(m).xyz();
            assertEquals(3 * m.count(), xyz.length);
            int i = 0;
            for (int z = 0; z < d; z++) {
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        if (m.get(x, y, z)) {
                            assertEquals((float) (x * 0.3), xyz[i++]);
                            assertEquals((float) (y * 0.7), xyz[i++]);
                            assertEquals((float) (z * 1.9), xyz[i++]);
                        }
                    }
                }
            }
        }
    }

    @Test
    void emptyMaskIsAnError() {
        Mask m = Mask.ofBooleans(2, 2, new boolean[1][4], Grid.PIXELS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VoxelPoints.of(m));
        assertTrue(e.getMessage().contains("mask is empty"), e.getMessage());
    }
}
