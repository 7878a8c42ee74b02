package io.github.stack3d.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Grid;
import io.github.stack3d.Labels;
import io.github.stack3d.Mask;
import io.github.stack3d.Python;
import io.github.stack3d.Stack3D;
import io.github.stack3d.TestData;
import io.github.stack3d.ValueRange;
import io.github.stack3d.Volume;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The automatic thresholds against {@code skimage.filters.threshold_*} (scikit-image 0.19) and
 * {@code numpy.percentile}, and components and hole filling against {@code scipy.ndimage.label} and
 * {@code binary_fill_holes} (scipy 1.10), on every stack of the shared data (Debian's {@code /usr/bin/python3};
 * skipped when it or the data is missing). Python is given the very voxels stack3d read, as raw files.
 */
class SegmentCrossCheckTest {

    private static final String[] METHODS = {"otsu", "li", "triangle", "isodata", "mean"};
    private static final double[] PERCENTS = {0, 1, 37.5, 50, 99, 100};

    /** Every stack in the shared data (multipage TIFFs, 2D images and slice folders), by name. */
    static Map<String, Volume> sharedStacks() throws IOException {
        Path root = TestData.require("morpholibj").getParent();
        Map<String, Volume> stacks = new LinkedHashMap<>();
        for (String folder : List.of("morpholibj", "real")) {
            try (Stream<Path> files = Files.list(root.resolve(folder))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".tif")).sorted().toList()) {
                    stacks.put(folder + "/" + f.getFileName(), Stack3D.loadStack(f));
                }
            }
        }
        stacks.put("cochlea-slices", Stack3D.loadStack(root.resolve("cochlea-slices")));
        stacks.put("real/mri-stack-slices", Stack3D.loadStack(root.resolve("real/mri-stack-slices")));
        return stacks;
    }

    /**
     * The thresholds of each shared stack (all 8-bit) and of the MRI head turned into 16-bit and float data, so
     * that each binning is met: one bin per value for 8- and 16-bit data, 256 bins for float data. Integer data:
     * every level is exactly {@code floor(t) + 0.5} of skimage's {@code t} (so {@code threshold} selects exactly
     * skimage's {@code v > t}), and the percentiles are numpy's to the bit. Float data: Otsu, triangle and isodata
     * give skimage's bin exactly, Li and the mean lie within one of its 256 bins, the percentiles within 1e-6.
     */
    @Test
    void thresholdsMatchScikitImage(@TempDir Path dir) throws IOException {
        Python.requireModules("skimage", "numpy");
        Map<String, Volume> stacks = sharedStacks();
        Volume mri = stacks.get("real/mri-stack.tif");
        stacks.put("mri as 16-bit", sixteenBit(mri));
        stacks.put("mri as float", floats(mri));
        // -W ignore: threshold_li divides by log(0) on two-valued data (as stack3d does, with the same result)
        List<String> args = new ArrayList<>(List.of("-W", "ignore", "-c", String.join("\n",
                "import sys, numpy as np",
                "from skimage import filters",
                "a = sys.argv[1:]",
                "for k in range(0, len(a), 5):",
                "    v = np.fromfile(a[k], a[k + 1]).reshape(int(a[k + 2]), int(a[k + 3]), int(a[k + 4]))",
                "    t = [filters.threshold_" + String.join("(v), filters.threshold_", METHODS) + "(v)]",
                "    t += [np.percentile(v, p) for p in " + Arrays.toString(PERCENTS) + "]",
                "    print(' '.join(repr(float(x)) for x in t))")));
        List<String> names = new ArrayList<>(stacks.keySet());
        for (int k = 0; k < names.size(); k++) {
            Volume v = stacks.get(names.get(k));
            args.addAll(List.of(RawVolumes.args(v, RawVolumes.write(v, dir.resolve(k + ".raw")))));
        }
        Python.Result r = Python.run(args, dir);
        assertEquals(0, r.exitCode(), r.output());
        String[] lines = r.output().strip().split("\\R");
        assertEquals(names.size(), lines.length, r.output());
        for (int k = 0; k < names.size(); k++) {
            Volume v = stacks.get(names.get(k));
            double[] sk = Arrays.stream(lines[k].trim().split(" ")).mapToDouble(Double::parseDouble).toArray();
            double[] ours = {Stack3D.otsu(v), Stack3D.li(v), Stack3D.triangle(v), Stack3D.isodata(v), Stack3D.mean(v)};
            ValueRange range = v.range();
            double bin = (range.max() - range.min()) / 256;
            for (int m = 0; m < METHODS.length; m++) {
                String what = names.get(k) + " " + v + ": " + METHODS[m] + ", skimage t = " + sk[m];
                boolean binned = !v.type().isInteger() && (m == 1 || m == 4);
                if (binned) {
                    assertEquals(sk[m], ours[m], bin, what);
                } else {
                    assertEquals(ThresholdBins.level(sk[m], v.type()), ours[m], what);
                }
            }
            for (int p = 0; p < PERCENTS.length; p++) {
                double expected = sk[METHODS.length + p];
                double percentile = Stack3D.percentile(v, PERCENTS[p]);
                assertEquals(expected, percentile, v.type().isInteger() ? 0 : 1e-6 * (range.max() - range.min()),
                        names.get(k) + ": percentile " + PERCENTS[p]);
            }
        }
    }

    /**
     * Component counts and every component's size for connectivity 6, 18 and 26 equal scipy.ndimage.label's with
     * {@code generate_binary_structure(3, 1..3)}, and hole filling equals binary_fill_holes in 3D and on each
     * slice, voxel count for voxel count, on each shared stack's foreground ({@code v > 0} for the binary ones,
     * {@code v >= otsu} and {@code v < 20} for the MRI head).
     */
    @Test
    void componentsAndHolesMatchScipy(@TempDir Path dir) throws IOException {
        Python.requireModules("scipy", "numpy");
        Map<String, Mask> masks = new LinkedHashMap<>();
        for (Map.Entry<String, Volume> e : sharedStacks().entrySet()) {
            Volume v = e.getValue();
            if (e.getKey().contains("mri")) {
                masks.put(e.getKey() + " >= otsu", Stack3D.threshold(v, Stack3D.otsu(v)));
                masks.put(e.getKey() + " < 20", Stack3D.inRange(v, 0, 19));
            } else if (!e.getKey().contains("appleCells")) {
                masks.put(e.getKey() + " > 0", Stack3D.threshold(v, 1));
            }
        }
        List<String> args = new ArrayList<>(List.of("-c", String.join("\n",
                "import sys, numpy as np",
                "from scipy import ndimage as ndi",
                "a = sys.argv[1:]",
                "for k in range(0, len(a), 5):",
                "    m = np.fromfile(a[k], a[k + 1]).reshape(int(a[k + 2]), int(a[k + 3]), int(a[k + 4])) != 0",
                "    for c in (1, 2, 3):",
                "        lab, n = ndi.label(m, ndi.generate_binary_structure(3, c))",
                "        s = np.sort(np.bincount(lab.ravel())[1:])[::-1]",
                "        print(n, ' '.join(str(x) for x in s))",
                "    print(int(ndi.binary_fill_holes(m).sum()), int(sum(ndi.binary_fill_holes(s).sum() for s in m)))")));
        List<String> names = new ArrayList<>(masks.keySet());
        for (int k = 0; k < names.size(); k++) {
            Volume bytes = asBytes(masks.get(names.get(k)));
            args.addAll(List.of(RawVolumes.args(bytes, RawVolumes.write(bytes, dir.resolve(k + ".raw")))));
        }
        Python.Result r = Python.run(args, dir);
        assertEquals(0, r.exitCode(), r.output());
        String[] lines = r.output().strip().split("\\R");
        assertEquals(4 * names.size(), lines.length, r.output());
        int[] connectivity = {6, 18, 26};
        for (int k = 0; k < names.size(); k++) {
            Mask m = masks.get(names.get(k));
            for (int c = 0; c < 3; c++) {
                long[] expected = Arrays.stream(lines[4 * k + c].trim().split(" ")).mapToLong(Long::parseLong).toArray();
                Labels l = Stack3D.labels(m, connectivity[c]);
                long[] sizes = new long[l.count() + 1];
                sizes[0] = l.count();
                for (int i = 1; i <= l.count(); i++) {
                    sizes[i] = l.voxels(i);
                }
                assertArrayEquals(expected, sizes, names.get(k) + ", connectivity " + connectivity[c]
                        + ": count, then sizes largest first");
            }
            String[] filled = lines[4 * k + 3].trim().split(" ");
            assertEquals(Long.parseLong(filled[0]), Stack3D.fillHoles(m).count(), names.get(k) + ": fillHoles");
            assertEquals(Long.parseLong(filled[1]), Stack3D.fillHoles2D(m).count(), names.get(k) + ": fillHoles2D");
        }
        assertTrue(names.size() >= 12, "every shared stack: " + names);
    }

    /** The MRI head spread over 16 bits: {@code v·250 + (x·7 + y·13 + z·31) mod 250}. */
    static Volume sixteenBit(Volume v) {
        short[][] s = new short[v.depth()][v.sliceSize()];
        for (int z = 0; z < v.depth(); z++) {
            byte[] b = v.bytes(z);
            for (int i = 0; i < b.length; i++) {
                int x = i % v.width();
                int y = i / v.width();
                s[z][i] = (short) ((b[i] & 0xFF) * 250 + (x * 7 + y * 13 + z * 31) % 250);
            }
        }
        return Volume.ofShorts(v.width(), v.height(), s, Grid.PIXELS);
    }

    /** The MRI head as float values around 0: {@code v / 255 − 0.3 + ((x·7 + y·13 + z·31) mod 100)·1e-4}. */
    static Volume floats(Volume v) {
        float[][] f = new float[v.depth()][v.sliceSize()];
        for (int z = 0; z < v.depth(); z++) {
            byte[] b = v.bytes(z);
            for (int i = 0; i < b.length; i++) {
                int x = i % v.width();
                int y = i / v.width();
                f[z][i] = (float) ((b[i] & 0xFF) / 255.0 - 0.3 + ((x * 7 + y * 13 + z * 31) % 100) * 1e-4);
            }
        }
        return Volume.ofFloats(v.width(), v.height(), f, Grid.PIXELS);
    }

    /** A mask as 8-bit 0/1 values, for numpy. */
    static Volume asBytes(Mask m) {
        byte[][] b = new byte[m.depth()][];
        for (int z = 0; z < m.depth(); z++) {
            boolean[] s = io.github.stack3d.TestMasks.booleans(m, z);
            b[z] = new byte[s.length];
            for (int i = 0; i < s.length; i++) {
                b[z][i] = (byte) (s[i] ? 1 : 0);
            }
        }
        return Volume.ofBytes(m.width(), m.height(), b, Grid.PIXELS);
    }
}
