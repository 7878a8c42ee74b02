package io.github.stack3d.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.stack3d.Grid;
import io.github.stack3d.Stack3D;
import io.github.stack3d.Volume;
import org.junit.jupiter.api.Test;

/** Li, triangle, isodata, mean and percentile on volumes small enough to work out by hand. */
class AutomaticThresholdsTest {

    private static Volume bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) values[i];
        }
        return Volume.ofBytes(b.length, 1, new byte[][] {b}, Grid.PIXELS);
    }

    /**
     * numpy.percentile of 0..9 (one voxel each): rank (n − 1)·p / 100, so p 50 → 4.5, p 25 → 2.25, p 100 → 9;
     * the same for float, 16-bit and a shuffled order.
     */
    @Test
    void percentilesInterpolateBetweenRanks() {
        Volume v = bytes(3, 9, 0, 7, 1, 8, 2, 6, 4, 5);
        assertEquals(4.5, Stack3D.percentile(v, 50));
        assertEquals(2.25, Stack3D.percentile(v, 25));
        assertEquals(0, Stack3D.percentile(v, 0));
        assertEquals(9, Stack3D.percentile(v, 100));
        float[] f = {3.5f, -9f, 0f, 7f, -1f, 8f, 2f, -0f, 4f, Float.NaN, 5f};
        Volume fv = Volume.ofFloats(f.length, 1, new float[][] {f}, Grid.PIXELS);
        // sorted without NaN: -9, -1, -0, 0, 2, 3.5, 4, 5, 7, 8; rank 4.5 lies between 2 and 3.5
        assertEquals(2.75, Stack3D.percentile(fv, 50));
        assertEquals(-9, Stack3D.percentile(fv, 0));
        assertEquals(8, Stack3D.percentile(fv, 100));
        assertEquals(-1, Stack3D.percentile(fv, 100.0 / 9), 1e-15, "rank 1 exactly");
        short[] s = {1000, 30000, 2000, (short) 65535};
        assertEquals(16000, Stack3D.percentile(Volume.ofShorts(4, 1, new short[][] {s}, Grid.PIXELS), 50));
    }

    /**
     * Values 10, 10, 10, 10, 10, 200, 200, 220: the mean is 670 / 8 = 83.75, so the level is 83.5; isodata's
     * lowest bin t with t <= (mean at or below t + mean above t) / 2 < t + 1 is 108 ((10 + 206.67) / 2 = 108.33);
     * triangle: the peak (10) is at the low end, so the line runs from it to 220 and the bin furthest below it
     * is the empty bin next to the peak, 11.
     */
    @Test
    void handWorkedLevels() {
        Volume v = bytes(10, 10, 10, 10, 10, 200, 200, 220);
        assertEquals(83.5, Stack3D.mean(v));
        assertEquals(108.5, Stack3D.isodata(v));
        assertEquals(11.5, Stack3D.triangle(v));
        double li = Stack3D.li(v);
        assertEquals(3, Stack3D.threshold(v, li).count(), "Li at " + li + " splits the 10s from the rest");
    }

    @Test
    void badParametersAndDegenerateVolumesAreRefused() {
        Volume v = bytes(1, 2, 3);
        ThresholdTest.assertMessage(() -> Stack3D.percentile(v, 120), "percentile p is 120; expected 0..100");
        ThresholdTest.assertMessage(() -> Stack3D.percentile(v, -0.5), "percentile p is -0.5; expected 0..100");
        ThresholdTest.assertMessage(() -> Stack3D.percentile(v, Double.NaN), "percentile p is NaN");
        Volume flat = bytes(42, 42, 42);
        ThresholdTest.assertMessage(() -> Stack3D.li(flat), "Li needs at least two different values");
        ThresholdTest.assertMessage(() -> Stack3D.triangle(flat), "every voxel of Volume[3×1×1, 8-bit");
        ThresholdTest.assertMessage(() -> Stack3D.isodata(flat), "is 42");
        ThresholdTest.assertMessage(() -> Stack3D.mean(flat), "the mean threshold needs at least two");
        assertEquals(42, Stack3D.percentile(flat, 50));
        Volume nan = Volume.ofFloats(2, 1, new float[][] {{Float.NaN, Float.NaN}}, Grid.PIXELS);
        ThresholdTest.assertMessage(() -> Stack3D.li(nan), "every voxel is NaN");
        ThresholdTest.assertMessage(() -> Stack3D.percentile(nan, 5), "every voxel of Volume[2×1×1");
        ThresholdTest.assertMessage(() -> Stack3D.mean(null), "stack is null");
    }
}
