package io.github.stack3d.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ResampleTest {

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    /** 4×2 → 2×1: each output pixel the rounded mean of a 2×2 block: (0+10+20+31)/4 = 15.25 → 15, 252.5 → 253. */
    @Test
    void halving() {
        assertArrayEquals(bytes(15, 253), Resample.grey(bytes(0, 10, 250, 255, 20, 31, 250, 255), 4, 2, 2, 1));
    }

    /** 3 → 2 columns: boxes [0, 1) and [1, 3) (floor(u · 3 / 2)); 100 and (200 + 255) / 2 = 227.5 → 228. */
    @Test
    void unevenBoxes() {
        assertArrayEquals(bytes(100, 228), Resample.grey(bytes(100, 200, 255), 3, 1, 2, 1));
    }

    @Test
    void enlargingRepeatsPixels() {
        assertArrayEquals(bytes(1, 1, 1, 2, 2, 2, 1, 1, 1, 2, 2, 2), Resample.grey(bytes(1, 2), 2, 1, 6, 2));
    }

    @Test
    void sameSizeIsTheSameArray() {
        byte[] b = bytes(1, 2, 3, 4);
        assertSame(b, Resample.grey(b, 2, 2, 2, 2));
    }

    /** Channels averaged apart: red (255+0)/2 = 127.5 → 128, green (0+255)/2 → 128, blue (10+21)/2 = 15.5 → 16. */
    @Test
    void rgbChannels() {
        assertArrayEquals(new int[] {0x808010}, Resample.rgb(new int[] {0xFF000A, 0x00FF15}, 2, 1, 1, 1));
    }

    /** Against a brute-force mean over the same boxes, for random 97×61 → 23×17 (factors 4.2 and 3.6). */
    @Test
    void matchesBruteForce() {
        int w = 97;
        int h = 61;
        int tw = 23;
        int th = 17;
        byte[] src = new byte[w * h];
        new SplittableRandom(7).nextBytes(src);
        byte[] expected = new byte[tw * th];
        for (int v = 0; v < th; v++) {
            for (int u = 0; u < tw; u++) {
                double sum = 0;
                int n = 0;
                for (int y = v * h / th; y < (v + 1) * h / th; y++) {
                    for (int x = u * w / tw; x < (u + 1) * w / tw; x++) {
                        sum += src[y * w + x] & 0xFF;
                        n++;
                    }
                }
                expected[v * tw + u] = (byte) Math.round(sum / n);
            }
        }
        assertArrayEquals(expected, Resample.grey(src, w, h, tw, th));
    }
}
