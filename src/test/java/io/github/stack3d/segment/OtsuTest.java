package io.github.stack3d.segment;

import io.github.stack3d.TestMasks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Mask;
import io.github.stack3d.Python;
import io.github.stack3d.Grid;
import io.github.stack3d.TestData;
import io.github.stack3d.Volume;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtsuTest {

    /**
     * The ImageJ "MRI Stack": its README ({@code shared/data/real/README.md}) gives skimage's threshold_otsu = 35
     * on the whole volume, and voxels {@code > 35} = 50.2 % of it.
     */
    @Test
    void mriStackGivesScikitImages35() throws IOException {
        Volume mri = GraySlices.read(TestData.require("real/mri-stack-slices"));
        assertEquals(27, mri.depth());
        assertEquals(186, mri.width());
        assertEquals(35.5, Otsu.threshold(mri));
        Mask head = Threshold.atLeast(mri, Otsu.threshold(mri));
        double percent = 100.0 * head.count() / head.voxelCount();
        assertEquals(50.2, percent, 0.05);
    }

    /** Two values only: every split between them is equally good, and the first (lowest) one wins, as in skimage. */
    @Test
    void twoValuesSplitJustAboveTheLower() {
        byte[] s = {10, 10, 10, (byte) 200, (byte) 200, 10};
        Volume v = Volume.ofBytes(3, 2, new byte[][] {s, s}, Grid.PIXELS);
        assertEquals(10.5, Otsu.threshold(v));
        short[] t = {1000, 1000, 3000};
        assertEquals(1000.5, Otsu.threshold(Volume.ofShorts(3, 1, new short[][] {t}, Grid.PIXELS)));
    }

    /**
     * Hand computation for values {0, 1, 2, 9} (one voxel each): split after 0 gives 1·3·(0 − 4)² = 48, after 1
     * gives 2·2·(0.5 − 5.5)² = 100, after 2 gives 3·1·(1 − 9)² = 192; so t = 2 and the level is 2.5.
     */
    @Test
    void handComputedSplit() {
        Volume v = Volume.ofBytes(4, 1, new byte[][] {{0, 1, 2, 9}}, Grid.PIXELS);
        assertEquals(2.5, Otsu.threshold(v));
        Volume f = Volume.ofFloats(4, 1, new float[][] {{0f, 1f, 2f, 9f}}, Grid.PIXELS);
        // float bins: width 9/256; the bin of 2 has centre (edge 56 + edge 57) / 2 = 1.986328125 (float edges)
        double level = Otsu.threshold(f);
        assertEquals(Math.nextUp(1.986328125f), level);
        assertEquals(2, Threshold.atLeast(f, level).count(), "2 and 9 above, 0 and 1 not");
    }

    @Test
    void nanVoxelsAreSkipped() {
        float[] a = {0f, 1f, 2f, 9f, 3f, 7f};
        float[] b = {0f, 1f, Float.NaN, 2f, 9f, 3f, 7f, Float.NaN};
        double without = Otsu.threshold(Volume.ofFloats(6, 1, new float[][] {a}, Grid.PIXELS));
        double with = Otsu.threshold(Volume.ofFloats(8, 1, new float[][] {b}, Grid.PIXELS));
        assertEquals(without, with);
    }

    @Test
    void nothingToSplitIsAnError() {
        Volume v = Volume.ofBytes(2, 2, new byte[][] {{42, 42, 42, 42}}, Grid.PIXELS);
        ThresholdTest.assertMessage(() -> Otsu.threshold(v), "every voxel of Volume[2×2×1, 8-bit");
        ThresholdTest.assertMessage(() -> Otsu.threshold(v), "is 42");
        Volume nan = Volume.ofFloats(2, 1, new float[][] {{Float.NaN, Float.NaN}}, Grid.PIXELS);
        ThresholdTest.assertMessage(() -> Otsu.threshold(nan), "every voxel is NaN");
        Volume inf = Volume.ofFloats(2, 1, new float[][] {{1, Float.POSITIVE_INFINITY}}, Grid.PIXELS);
        ThresholdTest.assertMessage(() -> Otsu.threshold(inf), "Otsu needs finite values");
    }

    /**
     * Random two-class volumes of each sample type (several seeds): the level must be skimage's threshold_otsu t
     * (+0.5 for integers, the next float up for floats), and {@code atLeast(v, level)} must be exactly skimage's
     * {@code v > t}, voxel for voxel.
     */
    @Test
    void matchesScikitImageOnRandomVolumes(@TempDir Path dir) throws IOException {
        Python.requireModules("skimage", "numpy");
        Random rnd = new Random(2024);
        List<Volume> volumes = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            int w = 20 + rnd.nextInt(30);
            int h = 10 + rnd.nextInt(30);
            int d = 1 + rnd.nextInt(6);
            byte[][] b = new byte[d][w * h];
            short[][] s = new short[d][w * h];
            float[][] f = new float[d][w * h];
            double split = 0.2 + 0.6 * rnd.nextDouble();
            for (int z = 0; z < d; z++) {
                for (int i = 0; i < w * h; i++) {
                    boolean hi = rnd.nextDouble() < split;
                    double g = rnd.nextGaussian();
                    b[z][i] = (byte) Math.max(0, Math.min(255, Math.round(hi ? 170 + 25 * g : 60 + 15 * g)));
                    s[z][i] = (short) Math.max(0, Math.min(65535, Math.round(hi ? 30000 + 5000 * g : 1000 + 200 * g)));
                    f[z][i] = (float) (hi ? 2.0 + g : -1.5 + 0.5 * g);
                }
            }
            volumes.add(Volume.ofBytes(w, h, b, Grid.PIXELS));
            volumes.add(Volume.ofShorts(w, h, s, Grid.PIXELS));
            volumes.add(Volume.ofFloats(w, h, f, Grid.PIXELS));
        }
        volumes.add(RawVolumes.randomBytes(rnd, 64, 64, 3));
        List<String> args = new ArrayList<>(List.of("-c", String.join("\n",
                "import sys, numpy as np",
                "from skimage.filters import threshold_otsu",
                "a = sys.argv[1:]",
                "for k in range(0, len(a), 6):",
                "    v = np.fromfile(a[k], a[k + 1]).reshape(int(a[k + 2]), int(a[k + 3]), int(a[k + 4]))",
                "    t = threshold_otsu(v)",
                "    (v > t).astype(np.uint8).tofile(a[k + 5])",
                "    print(repr(float(t)))")));
        for (int k = 0; k < volumes.size(); k++) {
            Volume v = volumes.get(k);
            args.addAll(List.of(RawVolumes.args(v, RawVolumes.write(v, dir.resolve(k + ".raw")))));
            args.add(dir.resolve(k + ".mask").toString());
        }
        Python.Result r = Python.run(args, dir);
        assertEquals(0, r.exitCode(), r.output());
        String[] lines = r.output().strip().split("\\R");
        assertEquals(volumes.size(), lines.length, r.output());
        for (int k = 0; k < volumes.size(); k++) {
            Volume v = volumes.get(k);
            double t = Double.parseDouble(lines[k]);
            double level = Otsu.threshold(v);
            double expected = v.type().isInteger() ? t + 0.5 : Math.nextUp((float) t);
            assertEquals(expected, level, "volume " + k + " " + v + ": skimage t = " + t);
            byte[] above = Files.readAllBytes(dir.resolve(k + ".mask"));
            Mask m = Threshold.atLeast(v, level);
            int n = v.sliceSize();
            for (int z = 0; z < v.depth(); z++) {
                for (int i = 0; i < n; i++) {
                    assertEquals(above[z * n + i] != 0, TestMasks.booleans(m, z)[i], "volume " + k + " slice " + z + " index " + i);
                }
            }
            assertTrue(m.count() > 0 && m.count() < m.voxelCount(), "volume " + k + " is split in two");
        }
    }
}
