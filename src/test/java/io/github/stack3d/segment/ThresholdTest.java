package io.github.stack3d.segment;

import io.github.stack3d.TestMasks;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Mask;
import io.github.stack3d.Python;
import io.github.stack3d.Grid;
import io.github.stack3d.Volume;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class ThresholdTest {

    private static final Grid ANISO = Grid.of(0.5, 0.25, 2, "µm");

    /** One 16×16 slice holding every 8-bit value once: value v at index v. */
    private static Volume ramp8() {
        byte[] s = new byte[256];
        for (int i = 0; i < 256; i++) {
            s[i] = (byte) i;
        }
        return Volume.ofBytes(16, 16, new byte[][] {s}, ANISO);
    }

    /** The values a mask of {@link #ramp8} (or a one-slice ramp) selects, as {first, last, count}. */
    private static int[] selected(Mask m) {
        int first = -1;
        int last = -1;
        int n = 0;
        boolean[] s = TestMasks.booleans(m, 0);
        for (int i = 0; i < s.length; i++) {
            if (s[i]) {
                first = first < 0 ? i : first;
                last = i;
                n++;
            }
        }
        return new int[] {first, last, n};
    }

    @Test
    void inRangeIsInclusiveAtBothEndsAndKeepsSpacing() {
        Mask m = Threshold.inRange(ramp8(), 10, 20);
        assertArrayEquals(new int[] {10, 20, 11}, selected(m));
        assertEquals(ANISO, m.grid());
        assertEquals(16, m.width());
        assertArrayEquals(new int[] {0, 255, 256}, selected(Threshold.inRange(ramp8(), 0, 255)));
        assertArrayEquals(new int[] {7, 7, 1}, selected(Threshold.inRange(ramp8(), 7, 7)));
    }

    /**
     * Non-integer bounds on integer data, as cv2.inRange 4.6 treats them (measured with /usr/bin/python3 on
     * np.arange(256, dtype=uint8)): each bound is rounded to the nearest integer, ties to even.
     */
    @Test
    void nonIntegerBoundsRoundHalfToEvenLikeCv2() {
        Volume v = ramp8();
        assertArrayEquals(new int[] {0, 100, 101}, selected(Threshold.inRange(v, 0.5, 100.5)));
        assertArrayEquals(new int[] {2, 102, 101}, selected(Threshold.inRange(v, 1.5, 101.5)));
        assertArrayEquals(new int[] {2, 102, 101}, selected(Threshold.inRange(v, 2.5, 102.5)));
        assertArrayEquals(new int[] {0, 100, 101}, selected(Threshold.inRange(v, 0.49, 100.49)));
        assertArrayEquals(new int[] {1, 101, 101}, selected(Threshold.inRange(v, 0.51, 100.51)));
        assertArrayEquals(new int[] {0, 0, 1}, selected(Threshold.inRange(v, -0.6, -0.4)));
        assertArrayEquals(new int[] {254, 255, 2}, selected(Threshold.inRange(v, 254.5, 255.4)));
        assertArrayEquals(new int[] {0, 255, 256}, selected(Threshold.inRange(v, -5, 300)));
    }

    @Test
    void floatBoundsAreRoundedToFloatLikeCv2() {
        float[] s = {0.1f, 0.25f, Float.NaN, Float.POSITIVE_INFINITY, 3.4e38f, -1f};
        Volume v = Volume.ofFloats(6, 1, new float[][] {s}, Grid.PIXELS);
        // cv2.inRange(f, 0.1 + 1e-12, 1.0) selects the float 0.1: the bound becomes (float) 0.1 first
        assertArrayEquals(new boolean[] {true, true, false, false, false, false},
                TestMasks.booleans(Threshold.inRange(v, 0.1 + 1e-12, 1.0), 0));
        // ±1e300 become ±infinity as floats, so infinite voxels are inside; NaN never is
        assertArrayEquals(new boolean[] {true, true, false, true, true, true},
                TestMasks.booleans(Threshold.inRange(v, -1e300, 1e300), 0));
    }

    @Test
    void sixteenBitBounds() {
        short[] s = new short[] {0, 1, 2, 1000, (short) 65534, (short) 65535};
        Volume v = Volume.ofShorts(6, 1, new short[][] {s}, Grid.PIXELS);
        assertArrayEquals(new boolean[] {false, false, false, false, true, true},
                TestMasks.booleans(Threshold.inRange(v, 65534.5, 70000), 0));
        assertArrayEquals(new boolean[] {true, true, true, false, false, false},
                TestMasks.booleans(Threshold.inRange(v, -3, 2.5), 0));
        assertArrayEquals(new boolean[] {false, false, false, true, true, true},
                TestMasks.booleans(Threshold.atLeast(v, 999.5), 0));
    }

    @Test
    void atLeastOnEveryType() {
        assertArrayEquals(new int[] {36, 255, 220}, selected(Threshold.atLeast(ramp8(), 35.5)));
        assertArrayEquals(new int[] {35, 255, 221}, selected(Threshold.atLeast(ramp8(), 35)));
        assertArrayEquals(new int[] {0, 255, 256}, selected(Threshold.atLeast(ramp8(), 0)));
        assertArrayEquals(new int[] {255, 255, 1}, selected(Threshold.atLeast(ramp8(), 255)));
        float[] f = {-2f, 0.5f, Math.nextDown(0.5f), Float.NaN, 7f};
        Volume fv = Volume.ofFloats(5, 1, new float[][] {f}, ANISO);
        Mask m = Threshold.atLeast(fv, 0.5);
        assertArrayEquals(new boolean[] {false, true, false, false, true}, TestMasks.booleans(m, 0));
        assertEquals(ANISO, m.grid());
    }

    @Test
    void badArgumentsNameTheParameterAndValue() {
        Volume v = ramp8();
        assertMessage(() -> Threshold.inRange(v, 200, 100), "lo 200 > hi 100");
        assertMessage(() -> Threshold.inRange(v, 10.4, 10.3), "lo 10.4 > hi 10.3");
        assertMessage(() -> Threshold.inRange(v, Double.NaN, 3), "lo is NaN");
        assertMessage(() -> Threshold.inRange(v, 3, Double.NaN), "hi is NaN");
        assertMessage(() -> Threshold.inRange(v, 300, 400), "inRange(300, 400) cannot select any 8-bit value");
        assertMessage(() -> Threshold.inRange(v, -10, -1), "cannot select any 8-bit value: 8-bit voxels hold 0..255");
        assertMessage(() -> Threshold.inRange(v, 255.5, 256), "(bounds round to 256, 256)");
        Volume s = Volume.ofShorts(1, 1, new short[][] {{5}}, Grid.PIXELS);
        assertMessage(() -> Threshold.inRange(s, 65535.5, 1e6), "cannot select any 16-bit value");
        Volume f = Volume.ofFloats(1, 1, new float[][] {{5}}, Grid.PIXELS);
        assertMessage(() -> Threshold.inRange(f, 1e39, 1e40), "cannot select any 32-bit float value");
        assertMessage(() -> Threshold.atLeast(v, Double.NaN), "threshold is NaN");
        assertMessage(() -> Threshold.atLeast(v, 256), "threshold 256 is outside the 8-bit range 0..255");
        assertMessage(() -> Threshold.atLeast(v, -0.5), "threshold -0.5 is outside the 8-bit range 0..255");
        assertMessage(() -> Threshold.atLeast(s, 65536), "outside the 16-bit range 0..65535");
        assertMessage(() -> Threshold.atLeast(f, Double.POSITIVE_INFINITY), "outside the 32-bit float range");
    }

    @Test
    void anEmptyResultSaysWhereTheValuesAreAndWhatToMove() {
        byte[] s = new byte[12];
        for (int i = 0; i < s.length; i++) {
            s[i] = (byte) (120 + 10 * i);
        }
        Volume v = Volume.ofBytes(4, 3, new byte[][] {s, s}, Grid.PIXELS);
        assertMessage(() -> Threshold.inRange(v, 0, 100),
                "inRange(0, 100) selects no voxel: the values lie in [120, 230]; raise hi");
        assertMessage(() -> Threshold.inRange(v, 240, 255),
                "inRange(240, 255) selects no voxel: the values lie in [120, 230]; lower lo");
        assertMessage(() -> Threshold.inRange(v, 121, 129),
                "inRange(121, 129) selects no voxel: the values lie in [120, 230]; widen the range");
        assertMessage(() -> Threshold.atLeast(v, 231),
                "threshold 231 selects no voxel: the values lie in [120, 230]; lower the threshold");
    }

    @Test
    void slicesAreThresholdedIndependently() {
        Random rnd = new Random(7);
        Volume v = RawVolumes.randomBytes(rnd, 13, 11, 40);
        Mask m = Threshold.inRange(v, 50, 150);
        for (int z = 0; z < v.depth(); z++) {
            byte[] s = v.bytes(z);
            for (int i = 0; i < s.length; i++) {
                int x = s[i] & 0xFF;
                assertEquals(x >= 50 && x <= 150, TestMasks.booleans(m, z)[i], "slice " + z + " index " + i);
            }
        }
    }

    /**
     * Every mask equals cv2.inRange(slice, lo, hi) run slice by slice by /usr/bin/python3 on the same random
     * volumes (8-bit, 16-bit, float with NaN), for integer and non-integer bounds; where cv2 selects nothing,
     * inRange must throw instead.
     */
    @Test
    void matchesCv2InRangeOnRandomVolumes(@TempDir Path dir) throws IOException {
        Python.requireModules("cv2", "numpy");
        Random rnd = new Random(42);
        Volume v8 = RawVolumes.randomBytes(rnd, 23, 17, 5);
        short[][] s16 = new short[4][29 * 13];
        for (short[] s : s16) {
            for (int i = 0; i < s.length; i++) {
                s[i] = (short) (rnd.nextInt(10) == 0 ? 65530 + rnd.nextInt(6) : rnd.nextInt(2001));
            }
        }
        Volume v16 = Volume.ofShorts(29, 13, s16, Grid.PIXELS);
        float[][] f32 = new float[3][31 * 7];
        for (float[] s : f32) {
            for (int i = 0; i < s.length; i++) {
                s[i] = rnd.nextInt(50) == 0 ? Float.NaN : (float) (rnd.nextGaussian() * 3);
            }
        }
        f32[0][0] = 0.1f;
        Volume vf = Volume.ofFloats(31, 7, f32, Grid.PIXELS);
        double[][] intBounds = {{0, 100}, {0.5, 100.5}, {1.5, 101.5}, {2.5, 102.5}, {0.49, 100.49}, {0.51, 100.51},
            {-5, 300}, {-0.5, 0.5}, {-0.6, -0.4}, {254.5, 255.4}, {10.3, 10.4}, {-3, 2.5}, {77.5, 77.5}, {3, 3}};
        double[][] shortBounds = {{0.5, 1000.5}, {1.5, 1001.5}, {65534.5, 70000}, {1000.5, 1000.5},
            {1999.5, 65531.5}, {-3, 2.5}, {30000.2, 40000.7}, {0, 65535}};
        double[][] floatBounds = {{0.1 + 1e-12, 0.7}, {-1e300, 1e300}, {-0.5, 0.5}, {2.9999999999, 3.0000001},
            {8, 9}, {-1.25, -1.25}};
        int cases = compareWithCv2(dir, v8, intBounds) + compareWithCv2(dir, v16, shortBounds)
                + compareWithCv2(dir, vf, floatBounds);
        assertEquals(intBounds.length + shortBounds.length + floatBounds.length, cases);
    }

    private static int compareWithCv2(Path dir, Volume v, double[][] bounds) throws IOException {
        Path raw = RawVolumes.write(v, dir.resolve("v.raw"));
        Path out = dir.resolve("masks.raw");
        List<String> args = new ArrayList<>(List.of("-c", String.join("\n",
                "import sys, numpy as np, cv2",
                "path, dt, d, h, w = sys.argv[1:6]",
                "v = np.fromfile(path, dt).reshape(int(d), int(h), int(w))",
                "b = [float(x) for x in sys.argv[7:]]",
                "with open(sys.argv[6], 'wb') as f:",
                "    for k in range(0, len(b), 2):",
                "        for z in range(v.shape[0]):",
                "            f.write((cv2.inRange(np.ascontiguousarray(v[z]), b[k], b[k + 1]) // 255)"
                        + ".astype(np.uint8).tobytes())")));
        args.addAll(List.of(RawVolumes.args(v, raw)));
        args.add(out.toString());
        for (double[] b : bounds) {
            args.add(Double.toString(b[0]));
            args.add(Double.toString(b[1]));
        }
        Python.Result r = Python.run(args, dir);
        assertEquals(0, r.exitCode(), r.output());
        byte[] expected = Files.readAllBytes(out);
        int n = v.sliceSize();
        assertEquals((long) bounds.length * v.depth() * n, expected.length);
        int cases = 0;
        for (int k = 0; k < bounds.length; k++) {
            double lo = bounds[k][0];
            double hi = bounds[k][1];
            int base = k * v.depth() * n;
            boolean any = false;
            for (int i = 0; i < v.depth() * n; i++) {
                any |= expected[base + i] != 0;
            }
            String what = v.type() + " inRange(" + lo + ", " + hi + ")";
            if (!any) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> Threshold.inRange(v, lo, hi), what);
                assertTrue(e.getMessage().contains("selects no voxel"), e.getMessage());
                cases++;
                continue;
            }
            Mask m = Threshold.inRange(v, lo, hi);
            for (int z = 0; z < v.depth(); z++) {
                boolean[] s = TestMasks.booleans(m, z);
                for (int i = 0; i < n; i++) {
                    assertEquals(expected[base + z * n + i] != 0, s[i], what + " slice " + z + " index " + i);
                }
            }
            cases++;
        }
        return cases;
    }

    @Test
    void inputIsNotChanged() {
        Volume v = ramp8();
        byte[] before = v.bytes(0).clone();
        Threshold.inRange(v, 3, 9);
        Threshold.atLeast(v, 9);
        assertArrayEquals(before, v.bytes(0));
        assertFalse(TestMasks.booleans(Threshold.atLeast(v, 9), 0)[8]);
    }

    static void assertMessage(Executable call, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected), "message \"" + e.getMessage() + "\" lacks \"" + expected + "\"");
    }
}
