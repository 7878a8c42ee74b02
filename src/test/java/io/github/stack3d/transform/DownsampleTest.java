package io.github.stack3d.transform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.stack3d.Grid;
import io.github.stack3d.Volume;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DownsampleTest {

    /** [1, 2, 4] by 2: the first block averages 1 and 2 (1.5, rounded up to 2), the partial last block is 4. */
    @Test
    void partialEdgeBlockAndRoundingHalfUp() {
        Volume v = Volume.ofBytes(3, 1, new byte[][] {{1, 2, 4}}, Grid.of(1, 2, 3, "mm"));
        Volume d = Downsample.average(v, 2);
        assertArrayEquals(new byte[] {2, 4}, d.bytes(0));
        // the first block's centre: half an old voxel in along each axis
        assertEquals(Grid.of(2, 4, 6, "mm").withOrigin(0.5, 1, 1.5), d.grid());
    }

    /**
     * A 3×3×3 16-bit volume with value 100·z + 10·y + x, factor 2, gives 2×2×2: block (0,0,0) holds x, y, z in
     * {0, 1}, mean 55.5 → 56; block (1,0,0) holds x = 2 and y, z in {0, 1}: mean 57; block (0,1,0): y = 2, mean
     * 70.5 → 71; block (1,1,0): 72; block (0,0,1): z = 2, mean 205.5 → 206; (1,0,1): 207; (0,1,1): 220.5 → 221;
     * (1,1,1) is the single voxel 222.
     */
    @Test
    void handComputedBlocks() {
        short[][] s = new short[3][9];
        for (int z = 0; z < 3; z++) {
            for (int y = 0; y < 3; y++) {
                for (int x = 0; x < 3; x++) {
                    s[z][y * 3 + x] = (short) (100 * z + 10 * y + x);
                }
            }
        }
        Volume d = Downsample.average(Volume.ofShorts(3, 3, s, Grid.PIXELS), 2);
        assertEquals(2, d.width());
        assertEquals(2, d.height());
        assertEquals(2, d.depth());
        assertArrayEquals(new short[] {56, 57, 71, 72}, d.shorts(0));
        assertArrayEquals(new short[] {206, 207, 221, 222}, d.shorts(1));
    }

    @Test
    void floatMeansAndNaN() {
        float[][] s = {{1f, 2f, 4f, Float.NaN}, {0.5f, 0.25f, 1f, 1f}};
        Volume d = Downsample.average(Volume.ofFloats(4, 1, s, Grid.PIXELS), 2);
        assertArrayEquals(new float[] {0.9375f, Float.NaN}, d.floats(0));
        assertEquals(1, d.depth());
    }

    /** Every type against a plain reference: the mean of the voxels of each block, rounded half up for integers. */
    @Test
    void equalsBruteForceOnRandomVolumes() {
        Random rnd = new Random(9);
        for (int k = 0; k < 25; k++) {
            int w = 1 + rnd.nextInt(17);
            int h = 1 + rnd.nextInt(17);
            int dd = 1 + rnd.nextInt(9);
            int f = 1 + rnd.nextInt(5);
            byte[][] b = new byte[dd][w * h];
            short[][] s = new short[dd][w * h];
            float[][] fl = new float[dd][w * h];
            for (int z = 0; z < dd; z++) {
                rnd.nextBytes(b[z]);
                for (int i = 0; i < w * h; i++) {
                    s[z][i] = (short) rnd.nextInt(65536);
                    fl[z][i] = (float) rnd.nextGaussian();
                }
            }
            for (Volume v : new Volume[] {Volume.ofBytes(w, h, b, Grid.PIXELS),
                Volume.ofShorts(w, h, s, Grid.PIXELS), Volume.ofFloats(w, h, fl, Grid.PIXELS)}) {
                Volume d = Downsample.average(v, f);
                assertEquals((w + f - 1) / f, d.width());
                assertEquals((h + f - 1) / f, d.height());
                assertEquals((dd + f - 1) / f, d.depth());
                for (int z = 0; z < d.depth(); z++) {
                    for (int y = 0; y < d.height(); y++) {
                        for (int x = 0; x < d.width(); x++) {
                            double sum = 0;
                            int n = 0;
                            for (int zz = z * f; zz < Math.min(dd, z * f + f); zz++) {
                                for (int yy = y * f; yy < Math.min(h, y * f + f); yy++) {
                                    for (int xx = x * f; xx < Math.min(w, x * f + f); xx++) {
                                        sum += v.value(xx, yy, zz);
                                        n++;
                                    }
                                }
                            }
                            double expected = v.type().isInteger() ? Math.floor(sum / n + 0.5) : (float) (sum / n);
                            assertEquals(expected, d.value(x, y, z), v + " f=" + f + " at " + x + "," + y + "," + z);
                        }
                    }
                }
            }
        }
    }

    @Test
    void factorOneIsTheSameVolumeAndBadFactorsAreErrors() {
        Volume v = Volume.ofBytes(2, 2, new byte[1][4], Grid.PIXELS);
        assertSame(v, Downsample.average(v, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Downsample.average(v, 0));
        assertEquals("factor is 0; expected 1 or more", e.getMessage());
    }
}
