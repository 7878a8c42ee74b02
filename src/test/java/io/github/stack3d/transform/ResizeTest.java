package io.github.stack3d.transform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Python;
import io.github.stack3d.SampleType;
import io.github.stack3d.Grid;
import io.github.stack3d.Volume;
import io.github.stack3d.segment.RawVolumes;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResizeTest {

    /** Source and target sizes {sw, sh, dw, dh}: up, down, mixed, 2× (OpenCV's area shortcut), 1-pixel wide. */
    private static final int[][] SIZES = {{7, 9, 20, 13}, {100, 100, 37, 50}, {64, 64, 100, 100}, {200, 30, 300, 17},
        {5, 5, 3, 3}, {100, 100, 50, 50}, {47, 33, 141, 99}, {186, 226, 100, 100}, {64, 64, 128, 128}, {10, 1, 20, 3},
        {1, 10, 3, 20}, {1, 1, 5, 5}, {40, 40, 41, 39}, {23, 17, 11, 8}, {60, 50, 300, 200}, {8, 8, 7, 32},
        {121, 154, 100, 100}, {3, 90, 34, 8}, {77, 55, 102, 92}, {14, 10, 7, 5}, {22, 6, 11, 3}, {38, 50, 19, 25},
        {2, 2, 1, 1}, {101, 100, 50, 50}};

    /**
     * [0, 100] widened to 4 pixels, by hand: x = −0.25 → 0; x = 0.25 → 25; x = 0.75 → 75; x = 1.25 → 100 (the
     * edges take the edge pixel; 8-bit goes through the fixed-point formula and lands on the same integers).
     */
    @Test
    void handComputedRowOnEveryType() {
        Grid sp = Grid.of(1, 2, 3, "mm");
        Volume b = Resize.bilinear(Volume.ofBytes(2, 1, new byte[][] {{0, 100}}, sp), 4, 1);
        assertArrayEquals(new byte[] {0, 25, 75, 100}, b.bytes(0));
        Volume s = Resize.bilinear(Volume.ofShorts(2, 1, new short[][] {{0, 10000}}, sp), 4, 1);
        assertArrayEquals(new short[] {0, 2500, 7500, 10000}, s.shorts(0));
        Volume f = Resize.bilinear(Volume.ofFloats(2, 1, new float[][] {{0, 100}}, sp), 4, 1);
        assertArrayEquals(new float[] {0, 25, 75, 100}, f.floats(0));
        // pixel centres: new pixel 0 covers the left quarter of old pixel 0, centred 0.25 px left of it
        assertEquals(Grid.of(0.5, 2, 3, "mm").withOrigin(-0.25, 0, 0), b.grid());
        assertEquals(SampleType.UINT16, s.type());
    }

    @Test
    void spacingFollowsTheScaleAndDepthStays() {
        Volume v = Volume.ofBytes(30, 20, new byte[4][600], Grid.of(1, 1.5, 7, "µm"));
        Volume r = Resize.bilinear(v, 60, 10);
        assertEquals(60, r.width());
        assertEquals(10, r.height());
        assertEquals(4, r.depth());
        assertEquals(Grid.of(0.5, 3, 7, "µm").withOrigin(-0.25, 0.75, 0), r.grid());
        assertSame(v, Resize.bilinear(v, 30, 20), "same size: nothing to do");
    }

    @Test
    void badSizeNamesTheParameter() {
        Volume v = Volume.ofBytes(3, 3, new byte[1][9], Grid.PIXELS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Resize.bilinear(v, 0, 3));
        assertEquals("width is 0; expected 1 or more", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Resize.bilinear(v, 3, -2));
        assertEquals("height is -2; expected 1 or more", e.getMessage());
    }

    /**
     * 8-bit: byte for byte cv2.resize(slice, (w, h)) (INTER_LINEAR) of OpenCV 4.6, on random slices; the brief
     * asks for at most one grey level, the fixed-point formula gives no difference at all.
     */
    @Test
    void eightBitMatchesCv2Exactly(@TempDir Path dir) throws IOException {
        Random rnd = new Random(8);
        double[] stats = compare(dir, SIZES, (w, h) -> RawVolumes.randomBytes(rnd, w, h, 3));
        assertTrue(stats[2] <= 1, "max difference " + stats[2]);
        assertEquals(0, stats[1], stats[1] + " of " + stats[0] + " pixels differ from cv2 (max " + stats[2] + ")");
    }

    /** 16-bit: float weights and float sums as OpenCV's, rounded to the nearest integer: the same values as cv2. */
    @Test
    void sixteenBitMatchesCv2(@TempDir Path dir) throws IOException {
        Random rnd = new Random(16);
        double[] stats = compare(dir, SIZES, (w, h) -> {
            short[][] s = new short[2][w * h];
            for (short[] slice : s) {
                for (int i = 0; i < slice.length; i++) {
                    slice[i] = (short) rnd.nextInt(65536);
                }
            }
            return Volume.ofShorts(w, h, s, Grid.PIXELS);
        });
        assertEquals(0, stats[1], stats[1] + " of " + stats[0] + " pixels differ from cv2 (max " + stats[2] + ")");
    }

    /** float: the same float arithmetic as OpenCV's, so the same bits as cv2. */
    @Test
    void floatMatchesCv2(@TempDir Path dir) throws IOException {
        Random rnd = new Random(32);
        double[] stats = compare(dir, SIZES, (w, h) -> {
            float[][] s = new float[2][w * h];
            for (float[] slice : s) {
                for (int i = 0; i < slice.length; i++) {
                    slice[i] = (float) (rnd.nextGaussian() * 1000);
                }
            }
            return Volume.ofFloats(w, h, s, Grid.PIXELS);
        });
        assertEquals(0, stats[1], stats[1] + " of " + stats[0] + " pixels differ from cv2 (max " + stats[2] + ")");
    }

    private interface Maker {
        Volume make(int w, int h);
    }

    /** Runs cv2.resize on every slice of random volumes; returns {pixels compared, pixels that differ, max diff}. */
    private static double[] compare(Path dir, int[][] sizes, Maker maker) throws IOException {
        Python.requireModules("cv2", "numpy");
        List<Volume> sources = new ArrayList<>();
        List<String> args = new ArrayList<>(List.of("-c", String.join("\n",
                "import sys, numpy as np, cv2",
                "a = sys.argv[1:]",
                "for k in range(0, len(a), 8):",
                "    v = np.fromfile(a[k], a[k + 1]).reshape(int(a[k + 2]), int(a[k + 3]), int(a[k + 4]))",
                "    dw, dh = int(a[k + 5]), int(a[k + 6])",
                "    np.stack([cv2.resize(np.ascontiguousarray(s), (dw, dh)) for s in v]).tofile(a[k + 7])")));
        for (int k = 0; k < sizes.length; k++) {
            Volume v = maker.make(sizes[k][0], sizes[k][1]);
            sources.add(v);
            args.addAll(List.of(RawVolumes.args(v, RawVolumes.write(v, dir.resolve(k + ".raw")))));
            args.addAll(List.of(String.valueOf(sizes[k][2]), String.valueOf(sizes[k][3]), dir.resolve(k + ".cv2")
                    .toString()));
        }
        Python.Result r = Python.run(args, dir);
        assertEquals(0, r.exitCode(), r.output());
        long compared = 0;
        long differ = 0;
        double max = 0;
        for (int k = 0; k < sizes.length; k++) {
            Volume ours = Resize.bilinear(sources.get(k), sizes[k][2], sizes[k][3]);
            ByteBuffer cv = ByteBuffer.wrap(Files.readAllBytes(dir.resolve(k + ".cv2"))).order(ByteOrder.LITTLE_ENDIAN);
            for (int z = 0; z < ours.depth(); z++) {
                for (int i = 0; i < ours.sliceSize(); i++) {
                    double expected = switch (ours.type()) {
                        case UINT8 -> cv.get() & 0xFF;
                        case UINT16 -> cv.getShort() & 0xFFFF;
                        case FLOAT32 -> cv.getFloat();
                        case BIT, INT32 -> throw new IllegalArgumentException("not resized: " + ours.type());
                    };
                    double actual = ours.value(i % ours.width(), i / ours.width(), z);
                    compared++;
                    if (expected != actual) {
                        differ++;
                        max = Math.max(max, Math.abs(expected - actual));
                    }
                }
            }
            assertTrue(!cv.hasRemaining(), "size " + k);
        }
        return new double[] {compared, differ, max};
    }
}
