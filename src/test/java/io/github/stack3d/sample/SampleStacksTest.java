package io.github.stack3d.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Python;
import io.github.stack3d.SampleType;
import io.github.stack3d.Grid;
import io.github.stack3d.Volume;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleStacksTest {

    private static final int W = 256;
    private static final int H = 256;
    private static final int D = 128;

    /**
     * Object voxels (value ≤ 100) of the specimen: measured by {@link #objectVoxelCount()} when the model was fixed,
     * and the same in SciPy ({@link #scipyAgrees}). A change means the specimen changed, and with it every figure
     * derived from it (mesh sizes, point counts in examples and notebooks).
     */
    private static final long OBJECT_VOXELS = 1_248_846;

    /**
     * Background-valued voxels (> 100) that a 6-connected fill from the border does not reach: the cavity.
     * Measured likewise (SciPy agrees); the model's cavity is an ellipsoid of radii 12, 9, 9 µm, whose volume
     * 4/3·π·12·9·9 µm³ = 4,071.5 µm³ is 16,286 voxels of 0.5·0.5·1.0 µm³, 0.7 % more than this voxelisation.
     */
    private static final long CAVITY_VOXELS = 16_171;

    private static Volume specimen;

    @BeforeAll
    static void generate() {
        specimen = SampleStacks.specimen();
    }

    @Test
    void sizeTypeAndSpacing() {
        assertEquals(W, specimen.width());
        assertEquals(H, specimen.height());
        assertEquals(D, specimen.depth());
        assertEquals(SampleType.UINT8, specimen.type());
        assertEquals(Grid.of(0.5, 0.5, 1.0, "µm"), specimen.grid());
        assertEquals("Volume[256×256×128, 8-bit, 0.5×0.5×1.0 µm]", specimen.toString());
    }

    @Test
    void sameVoxelsEveryCall() {
        Volume again = SampleStacks.specimen();
        for (int z = 0; z < D; z++) {
            assertArrayEquals(specimen.bytes(z), again.bytes(z), "slice " + z);
        }
    }

    @Test
    void objectVoxelCount() {
        long n = 0;
        for (int z = 0; z < D; z++) {
            for (byte b : specimen.bytes(z)) {
                if ((b & 0xFF) <= 100) {
                    n++;
                }
            }
        }
        assertEquals(OBJECT_VOXELS, n);
    }

    @Test
    void valuesMostlyInTheirBands() {
        long object = 0;
        long objectIn = 0;
        long background = 0;
        long backgroundIn = 0;
        for (int z = 0; z < D; z++) {
            for (byte b : specimen.bytes(z)) {
                int v = b & 0xFF;
                if (v <= 100) {
                    object++;
                    objectIn += v >= 30 && v <= 90 ? 1 : 0;
                } else {
                    background++;
                    backgroundIn += v >= 150 && v <= 230 ? 1 : 0;
                }
            }
        }
        // measured: 97.2 % and 99.65 %; the rest of the object is its blurred rim (90..100)
        assertTrue(objectIn >= 0.95 * object, objectIn + " of " + object + " object voxels in 30..90");
        assertTrue(backgroundIn >= 0.99 * background,
                backgroundIn + " of " + background + " background voxels in 150..230");
    }

    @Test
    void objectIsOneSixConnectedPieceAwayFromTheBorder() {
        boolean[] object = threshold(true);
        int first = -1;
        for (int i = 0; i < object.length && first < 0; i++) {
            if (object[i]) {
                first = i;
            }
        }
        boolean[] reached = new boolean[object.length];
        long component = flood(object, reached, new int[] {first});
        assertEquals(OBJECT_VOXELS, component, "voxels 6-connected to the first object voxel");
        int[] box = boundingBox(object);
        assertArrayEquals(new int[] {34, 221, 41, 206, 22, 114}, box, "bounding box, as SampleStacks documents");
        assertTrue(box[0] > 0 && box[1] < W - 1 && box[2] > 0 && box[3] < H - 1 && box[4] > 0 && box[5] < D - 1,
                "object bounding box x " + box[0] + ".." + box[1] + ", y " + box[2] + ".." + box[3] + ", z " + box[4]
                        + ".." + box[5] + " touches the border");
    }

    @Test
    void objectEnclosesABackgroundCavity() {
        boolean[] background = threshold(false);
        boolean[] reached = new boolean[background.length];
        long outside = flood(background, reached, borderVoxels(background));
        long cavity = 0;
        long cavitySum = 0;
        for (int z = 0, i = 0; z < D; z++) {
            byte[] s = specimen.bytes(z);
            for (int j = 0; j < s.length; j++, i++) {
                if (background[i] && !reached[i]) {
                    cavity++;
                    cavitySum += s[j] & 0xFF;
                }
            }
        }
        assertEquals((long) W * H * D - OBJECT_VOXELS - CAVITY_VOXELS, outside, "background reached from the border");
        assertEquals(CAVITY_VOXELS, cavity, "enclosed background voxels");
        double ellipsoid = 4 / 3.0 * Math.PI * 12 * 9 * 9 / (0.5 * 0.5 * 1.0);
        assertEquals(ellipsoid, cavity, 0.02 * ellipsoid, "cavity vs the model's ellipsoid");
        assertTrue(cavitySum / (double) cavity > 150, "cavity mean " + cavitySum / (double) cavity);
    }

    /** The same object and cavity counted by SciPy ({@code ndimage.label}, 6-connected by default). */
    @Test
    void scipyAgrees(@TempDir Path dir) throws IOException {
        Python.requireModules("numpy", "scipy.ndimage");
        Path raw = dir.resolve("specimen.raw");
        try (OutputStream out = Files.newOutputStream(raw)) {
            for (int z = 0; z < D; z++) {
                out.write(specimen.bytes(z));
            }
        }
        String script = String.join("\n",
                "import numpy as np, scipy.ndimage as ndi",
                "v = np.fromfile('specimen.raw', dtype=np.uint8).reshape(128, 256, 256)",
                "obj = v <= 100",
                "_, parts = ndi.label(obj)",
                "labels, n = ndi.label(~obj)",
                "outside = set(np.unique(np.concatenate([labels[0].ravel(), labels[-1].ravel(), labels[:, 0].ravel(),"
                        + " labels[:, -1].ravel(), labels[:, :, 0].ravel(), labels[:, :, -1].ravel()])))",
                "cavity = sum(int((labels == k).sum()) for k in range(1, n + 1) if k not in outside)",
                "print(int(obj.sum()), parts, cavity)");
        Python.Result r = Python.run(List.of("-c", script), dir);
        assertEquals(0, r.exitCode(), r.output());
        assertEquals(OBJECT_VOXELS + " 1 " + CAVITY_VOXELS, r.output().strip());
    }

    /**
     * Voxels of sphere(33, 10) with value ≥ 0: the lattice points within distance 10 of the centre, 4,169
     * (OEIS A000605, number of points of norm ≤ n² in the cubic lattice, n = 10).
     */
    @Test
    void sphereField() {
        Volume ball = SampleStacks.sphere(33, 10);
        assertEquals("Volume[33×33×33, 32-bit float, 1.0×1.0×1.0 px]", ball.toString());
        assertEquals(10, ball.value(16, 16, 16));
        assertEquals(0, ball.value(16, 16, 26), "on the sphere");
        assertEquals(0, ball.value(22, 24, 16), "6² + 8² = 10²");
        assertEquals(10 - Math.sqrt(3 * 16 * 16), ball.value(0, 0, 0), 1e-5);
        assertEquals(4169, atLeastZero(ball));
    }

    /** Ellipsoid radii 12, 7, 5 in 31×21×17: 0 at the axis ends; voxels ≥ 0 = lattice points in it (brute force). */
    @Test
    void ellipsoidField() {
        Volume e = SampleStacks.ellipsoid(31, 21, 17, 12, 7, 5);
        assertEquals(0, e.value(15 + 12, 10, 8), 1e-6);
        assertEquals(0, e.value(15, 10 - 7, 8), 1e-6);
        assertEquals(0, e.value(15, 10, 8 + 5), 1e-6);
        assertEquals(5, e.value(15, 10, 8), "the centre: the smallest radius");
        assertEquals(-3, e.value(15, 10, 16), 1e-6, "3 beyond the z pole along the z axis");
        long expected = 0;
        for (int z = 0; z < 17; z++) {
            for (int y = 0; y < 21; y++) {
                for (int x = 0; x < 31; x++) {
                    double q = Math.pow((x - 15) / 12.0, 2) + Math.pow((y - 10) / 7.0, 2) + Math.pow((z - 8) / 5.0, 2);
                    expected += q <= 1 + 1e-12 ? 1 : 0;
                }
            }
        }
        assertEquals(expected, atLeastZero(e));
        double volume = 4 / 3.0 * Math.PI * 12 * 7 * 5;
        assertEquals(volume, expected, 0.03 * volume, "lattice points vs 4/3·π·abc = 1759.3");
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> SampleStacks.ellipsoid(10, 10, 10, 3, 0, 3));
        assertTrue(bad.getMessage().contains("radius y is 0.0"), bad.getMessage());
    }

    private static long atLeastZero(Volume v) {
        long n = 0;
        for (int z = 0; z < v.depth(); z++) {
            for (float f : v.floats(z)) {
                n += f >= 0 ? 1 : 0;
            }
        }
        return n;
    }

    /** Voxels ≤ 100 ({@code object}) or > 100, as one flat array indexed {@code (z · H + y) · W + x}. */
    private static boolean[] threshold(boolean object) {
        boolean[] out = new boolean[W * H * D];
        for (int z = 0; z < D; z++) {
            byte[] s = specimen.bytes(z);
            for (int j = 0; j < s.length; j++) {
                out[z * W * H + j] = (s[j] & 0xFF) <= 100 == object;
            }
        }
        return out;
    }

    private static int[] borderVoxels(boolean[] set) {
        int[] seeds = new int[set.length];
        int n = 0;
        for (int z = 0; z < D; z++) {
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    int i = (z * H + y) * W + x;
                    boolean border = x == 0 || y == 0 || z == 0 || x == W - 1 || y == H - 1 || z == D - 1;
                    if (border && set[i]) {
                        seeds[n++] = i;
                    }
                }
            }
        }
        return java.util.Arrays.copyOf(seeds, n);
    }

    /** Breadth-first fill over {@code set} from {@code seeds}, 6-connected; returns the voxels reached. */
    private static long flood(boolean[] set, boolean[] reached, int[] seeds) {
        int[] queue = new int[set.length];
        int head = 0;
        int tail = 0;
        for (int s : seeds) {
            if (!reached[s]) {
                reached[s] = true;
                queue[tail++] = s;
            }
        }
        while (head < tail) {
            int i = queue[head++];
            int x = i % W;
            int y = i / W % H;
            int z = i / (W * H);
            int[] next = {x > 0 ? i - 1 : -1, x < W - 1 ? i + 1 : -1, y > 0 ? i - W : -1, y < H - 1 ? i + W : -1,
                z > 0 ? i - W * H : -1, z < D - 1 ? i + W * H : -1};
            for (int j : next) {
                if (j >= 0 && set[j] && !reached[j]) {
                    reached[j] = true;
                    queue[tail++] = j;
                }
            }
        }
        return tail;
    }

    /** {xmin, xmax, ymin, ymax, zmin, zmax} of the voxels in {@code set}. */
    private static int[] boundingBox(boolean[] set) {
        int[] box = {W, -1, H, -1, D, -1};
        for (int i = 0; i < set.length; i++) {
            if (set[i]) {
                int x = i % W;
                int y = i / W % H;
                int z = i / (W * H);
                box[0] = Math.min(box[0], x);
                box[1] = Math.max(box[1], x);
                box[2] = Math.min(box[2], y);
                box[3] = Math.max(box[3], y);
                box[4] = Math.min(box[4], z);
                box[5] = Math.max(box[5], z);
            }
        }
        return box;
    }
}
