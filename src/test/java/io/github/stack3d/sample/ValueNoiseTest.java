package io.github.stack3d.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ValueNoiseTest {

    /** SplitMix64: the JDK's SplittableRandom(0) returns mix64(0 + golden gamma) first, which is hash(1). */
    @Test
    void hashIsSplitMix64() {
        assertEquals(new SplittableRandom(0).nextLong(), ValueNoise.hash(1));
        assertEquals(0xE220A8397B1DCDAFL, ValueNoise.hash(1), "splitmix64.c (Vigna), seed 0, first output");
    }

    @Test
    void sameTextureEveryTime() {
        assertArrayEquals(ValueNoise.slice(50, 40, 7, 0.5, 0.5, 1, 3, 42),
                ValueNoise.slice(50, 40, 7, 0.5, 0.5, 1, 3, 42));
    }

    /**
     * Cell 4 voxels, spacing 1: on lattice rows and slices (y, z multiples of 4), halfway between lattice points
     * the smoothstep weight is 1/2, so the value is the mean of its neighbours 2 voxels away on either side.
     */
    @Test
    void interpolatesBetweenLatticePoints() {
        double[] s = ValueNoise.slice(33, 9, 8, 1, 1, 1, 4, 5);
        for (int y = 0; y <= 8; y += 4) {
            for (int x = 2; x < 33; x += 4) {
                int i = y * 33 + x;
                assertEquals((s[i - 2] + s[i + 2]) / 2, s[i], 1e-12, "(" + x + ", " + y + ")");
            }
        }
    }

    /**
     * Values in [−1, 1]; neighbours differ by at most 3 · step / cell (the lattice values span 2, the smoothstep's
     * slope is at most 1.5).
     */
    @Test
    void boundedAndSmooth() {
        double[] s = ValueNoise.slice(100, 80, 3, 0.5, 0.5, 1, 7, 9);
        double bound = 3 * 0.5 / 7;
        for (int y = 0; y < 80; y++) {
            for (int x = 0; x < 100; x++) {
                double v = s[y * 100 + x];
                assertTrue(v >= -1 && v <= 1, "value " + v);
                if (x > 0) {
                    assertTrue(Math.abs(v - s[y * 100 + x - 1]) <= bound, "x step at (" + x + ", " + y + ")");
                }
                if (y > 0) {
                    assertTrue(Math.abs(v - s[(y - 1) * 100 + x]) <= bound, "y step at (" + x + ", " + y + ")");
                }
            }
        }
    }
}
