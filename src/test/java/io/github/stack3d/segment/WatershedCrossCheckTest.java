package io.github.stack3d.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Grid;
import io.github.stack3d.Labels;
import io.github.stack3d.Mask;
import io.github.stack3d.Python;
import io.github.stack3d.Stack3D;
import io.github.stack3d.TestData;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Watershed#split} against scikit-image's recipe (0.19, Debian's {@code /usr/bin/python3}; skipped when
 * absent): {@code distance_transform_edt} with the mask's sampling, {@code peak_local_max(distance, min_distance=k,
 * labels=label(mask, connectivity=c), exclude_border=False)}, {@code watershed(-distance, markers, mask=mask,
 * connectivity=c)}, on the very voxels stack3d holds. With skimage's peaks taken in a stable order (see
 * {@link #SKIMAGE}) the label counts are equal, and the voxels on which the two disagree (after pairing each label
 * with the skimage label it overlaps most) are a small fraction, from ties of the flood broken differently; with
 * skimage as it is, the counts are within 5 %.
 */
class WatershedCrossCheckTest {

    /**
     * skimage's recipe, run twice: as it is, and with the peaks' sort made stable. scikit-image 0.19 orders the
     * peaks with {@code np.argsort(-intensities)}, which is not stable, so peaks of equal distance are taken in an
     * arbitrary order and a plateau may keep other peaks; stack3d takes them in scan order, which is what the stable
     * sort gives. Prints both marker counts and writes the stable run's labels.
     */
    private static final String SKIMAGE = """
            from skimage import measure, feature, segmentation
            import skimage.feature.peak as peak
            k, conn, out = int(sys.argv[8]), int(sys.argv[9]), sys.argv[10]
            dist = ndi.distance_transform_edt(m, sampling=sampling)
            lab = measure.label(m, connectivity=conn)
            def split():
                pk = feature.peak_local_max(dist, min_distance=k, labels=lab, exclude_border=False)
                mk = np.zeros(m.shape, np.int32)
                mk[tuple(pk.T)] = np.arange(1, len(pk) + 1)
                return len(pk), segmentation.watershed(-dist, mk, mask=m, connectivity=conn)
            n, _ = split()
            argsort = np.argsort
            peak.np.argsort = lambda a, *args, **kw: argsort(a, *args, kind='stable')
            n_stable, ws = split()
            ws.astype('<i4').tofile(out)
            print(n, n_stable)
            """;

    /** Overlapping random balls (radii 6 to 14 voxels), flooded 26- and 6-connected. */
    @Test
    void overlappingBallsSplitAsScikitImage(@TempDir Path dir) throws IOException {
        Mask m = randomBalls(new Random(3), 96, 80, 64, 14);
        compare("random balls, 26", m, 5, 3, dir, 0.01);
        compare("random balls, 6", m, 5, 1, dir, 0.01);
    }

    /**
     * The MorphoLibJ stacks with touching objects: the bat cochlea (a spiral, cut into its turns' segments) and
     * the 2D cell segmentation (the cells touch through thin walls' gaps), foreground {@code v > 0}.
     */
    @Test
    void realStacksSplitAsScikitImage(@TempDir Path dir) throws IOException {
        Path root = TestData.require("morpholibj");
        Mask cochlea = Stack3D.threshold(Stack3D.loadStack(root.resolve("bat-cochlea-volume.tif")), 1);
        compare("bat cochlea", cochlea, 4, 3, dir, 0.02);
        Mask cells = Stack3D.threshold(Stack3D.loadStack(root.resolve("CA_QK_004_H1_small_seg.tif")), 1);
        compare("CA_QK_004 cells", cells.withGrid(Grid.PIXELS), 5, 3, dir, 0.02);
    }

    /**
     * Splits {@code m} with {@code minDistance = k} voxels (the grid's x spacing times k) and connectivity 6, 18 or
     * 26 for {@code conn} 1, 2, 3, and compares with skimage: the same number of labels, and at most
     * {@code tolerance} of the foreground labelled differently.
     */
    private static void compare(String what, Mask m, int k, int conn, Path dir, double tolerance) throws IOException {
        Python.requireModules("skimage", "scipy.ndimage");
        Path out = dir.resolve("ws.raw");
        String printed = Scipy.run(m, SKIMAGE, dir, String.valueOf(k), String.valueOf(conn), out.toString());
        int[] theirs = readInts(out);
        int connectivity = conn == 1 ? 6 : conn == 2 ? 18 : 26;
        Labels ours = Watershed.split(m, k * m.grid().sx(), connectivity);
        String[] counts = printed.strip().split(" ");
        int asIs = Integer.parseInt(counts[0]);
        int stable = Integer.parseInt(counts[1]);
        assertEquals(stable, Arrays.stream(theirs).max().orElse(0), what + ": every skimage marker has a label");
        assertEquals(stable, ours.count(), what + ": label count, skimage with a stable peak order");
        assertEquals(asIs, ours.count(), 0.05 * asIs, what + ": label count, skimage as it is");
        // pair each of our labels with the skimage label it overlaps most; count the voxels outside the pairs
        Map<Long, Long> overlap = new HashMap<>();
        int n = m.sliceSize();
        for (int z = 0; z < m.depth(); z++) {
            int[] s = ours.ints(z);
            for (int i = 0; i < n; i++) {
                if (s[i] != 0 || theirs[z * n + i] != 0) {
                    overlap.merge((long) s[i] << 32 | theirs[z * n + i], 1L, Long::sum);
                }
            }
        }
        long[] best = new long[ours.count() + 1];
        for (Map.Entry<Long, Long> e : overlap.entrySet()) {
            int label = (int) (e.getKey() >>> 32);
            best[label] = Math.max(best[label], e.getValue());
        }
        long agreed = Arrays.stream(best, 1, best.length).sum();
        long fg = m.count();
        double differ = 1 - (double) agreed / fg;
        System.out.printf("%s: %d labels (skimage %d, %d with a stable peak order); %.3f %% of %d voxels labelled"
                + " differently%n", what, ours.count(), asIs, stable, 100 * differ, fg);
        assertTrue(differ <= tolerance, what + ": " + (fg - agreed) + " of " + fg + " voxels labelled differently");
    }

    /** Balls of radius 6..14 at random centres, each overlapping or near the others. */
    static Mask randomBalls(Random rnd, int w, int h, int d, int count) {
        double[][] c = new double[count][4];
        for (double[] b : c) {
            b[3] = 6 + rnd.nextDouble() * 8;
            b[0] = b[3] + rnd.nextDouble() * (w - 2 * b[3]);
            b[1] = b[3] + rnd.nextDouble() * (h - 2 * b[3]);
            b[2] = b[3] + rnd.nextDouble() * (d - 2 * b[3]);
        }
        return ComponentsTest.shape(w, h, d, Grid.PIXELS, (x, y, z) -> {
            for (double[] b : c) {
                double dx = x - b[0];
                double dy = y - b[1];
                double dz = z - b[2];
                if (dx * dx + dy * dy + dz * dz <= b[3] * b[3]) {
                    return true;
                }
            }
            return false;
        });
    }

    private static int[] readInts(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        int[] v = new int[b.capacity() / 4];
        b.asIntBuffer().get(v);
        return v;
    }
}
