package io.github.stack3d.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.stack3d.Mask;
import io.github.stack3d.PointCloud;
import io.github.stack3d.Python;
import io.github.stack3d.Grid;
import io.github.stack3d.TestData;
import io.github.stack3d.Volume;
import io.github.stack3d.segment.GraySlices;
import io.github.stack3d.segment.Threshold;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellPointsTest {

    private static Mask random(Random rnd, int w, int h, int d, double p, Grid sp) {
        boolean[][] s = new boolean[d][w * h];
        for (boolean[] slice : s) {
            for (int i = 0; i < slice.length; i++) {
                slice[i] = rnd.nextDouble() < p;
            }
        }
        return Mask.ofBooleans(w, h, s, sp);
    }

    private static boolean fg(Mask m, int x, int y, int z) {
        return x >= 0 && y >= 0 && z >= 0 && x < m.width() && y < m.height() && z < m.depth() && m.get(x, y, z);
    }

    /**
     * The seed's rule written plainly: a foreground voxel whose slice below or above is background there (outside
     * the stack counts as background), or with a background 4-neighbour in its slice (outside the image counts as
     * background); coordinates from the spacing, in z, y, x order.
     */
    static float[] bruteForce(Mask m) {
        Grid sp = m.grid();
        List<Float> xyz = new ArrayList<>();
        for (int z = 0; z < m.depth(); z++) {
            for (int y = 0; y < m.height(); y++) {
                for (int x = 0; x < m.width(); x++) {
                    if (!m.get(x, y, z)) {
                        continue;
                    }
                    boolean shell = !fg(m, x, y, z - 1) || !fg(m, x, y, z + 1) || !fg(m, x - 1, y, z)
                            || !fg(m, x + 1, y, z) || !fg(m, x, y - 1, z) || !fg(m, x, y + 1, z);
                    if (shell) {
                        xyz.add((float) (x * sp.sx()));
                        xyz.add((float) (y * sp.sy()));
                        xyz.add((float) (z * sp.sz()));
                    }
                }
            }
        }
        float[] a = new float[xyz.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = xyz.get(i);
        }
        return a;
    }

    @Test
    void equalsBruteForceOnRandomMasks() {
        Random rnd = new Random(11);
        Grid aniso = Grid.of(0.7, 1.3, 2.5, "mm");
        int[][] sizes = {{1, 1, 1}, {1, 9, 4}, {9, 1, 4}, {7, 5, 1}, {1, 1, 12}, {2, 2, 2}, {16, 11, 9}, {33, 3, 5},
            {40, 40, 6}};
        int cases = 0;
        for (int[] s : sizes) {
            for (double p : new double[] {0.15, 0.5, 0.85, 1.0}) {
                Mask m = random(rnd, s[0], s[1], s[2], p, cases % 2 == 0 ? aniso : Grid.PIXELS);
                if (m.count() == 0) {
                    continue;
                }
                PointCloud shell = ShellPoints.of(m);
                assertArrayEquals(bruteForce(m), shell.xyz(), m + " p=" + p);
                assertEquals(m.grid().unit(), shell.unit());
                cases++;
            }
        }
        for (int k = 0; k < 60; k++) {
            Mask m = random(rnd, 1 + rnd.nextInt(25), 1 + rnd.nextInt(25), 1 + rnd.nextInt(8), rnd.nextDouble(),
                    aniso);
            if (m.count() > 0) {
                assertArrayEquals(bruteForce(m), ShellPoints.of(m).xyz(), m.toString());
                cases++;
            }
        }
        assertTrue(cases > 80, cases + " masks compared");
    }

    /** A solid n³ cube strictly inside the stack: its shell is the cube minus its (n−2)³ interior. */
    @Test
    void solidCubeHasNCubedMinusInteriorPoints() {
        for (int n = 2; n <= 7; n++) {
            int w = n + 3;
            int h = n + 4;
            int d = n + 2;
            boolean[][] s = new boolean[d][w * h];
            for (int z = 1; z <= n; z++) {
                for (int y = 2; y < 2 + n; y++) {
                    for (int x = 1; x < 1 + n; x++) {
                        s[z][y * w + x] = true;
                    }
                }
            }
            Grid sp = Grid.of(0.5, 0.5, 3, "µm");
            PointCloud p = ShellPoints.of(Mask.ofBooleans(w, h, s, sp));
            assertEquals(n * n * n - (n - 2) * (n - 2) * (n - 2), p.size(), "n = " + n);
            assertArrayEquals(new double[] {0.5, 1.0, 3.0, 0.5 * n, 0.5 * (n + 1), 3.0 * n}, p.bounds(), 1e-6);
        }
    }

    @Test
    void pointsAreOrderedByZThenYThenXWithSpacing() {
        boolean[][] s = {{false, true, true, false}, {true, false, false, true}};
        PointCloud p = ShellPoints.of(Mask.ofBooleans(2, 2, s, Grid.of(2, 3, 5, "px")));
        assertArrayEquals(new float[] {2, 0, 0, 0, 3, 0, 0, 0, 5, 2, 3, 5}, p.xyz());
    }

    @Test
    void emptyMaskIsAnError() {
        Mask m = Mask.ofBooleans(3, 2, new boolean[2][6], Grid.PIXELS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ShellPoints.of(m));
        assertTrue(e.getMessage().contains("mask is empty"), e.getMessage());
        assertTrue(e.getMessage().contains("3×2×2"), e.getMessage());
    }

    /**
     * The 2D rule is what cv2.findContours(RETR_TREE, CHAIN_APPROX_NONE) returns: the union of its contour
     * pixels on random masks equals the shell of the middle slice of a stack whose outer slices are full (so no
     * point comes from the slices above and below).
     */
    @Test
    void contourRuleMatchesCv2FindContours(@TempDir Path dir) throws IOException {
        Python.requireModules("cv2", "numpy");
        Random rnd = new Random(3);
        List<Mask> masks = new ArrayList<>();
        List<String> args = new ArrayList<>(List.of("-c", String.join("\n",
                "import sys, numpy as np, cv2",
                "a = sys.argv[1:]",
                "for k in range(0, len(a), 4):",
                "    h, w = int(a[k + 1]), int(a[k + 2])",
                "    m = np.fromfile(a[k], np.uint8).reshape(h, w) * 255",
                "    cs, _ = cv2.findContours(m, cv2.RETR_TREE, cv2.CHAIN_APPROX_NONE)",
                "    out = np.zeros((h, w), np.uint8)",
                "    for c in cs:",
                "        c = c.reshape(-1, 2)",
                "        out[c[:, 1], c[:, 0]] = 1",
                "    out.tofile(a[k + 3])")));
        for (int k = 0; k < 300; k++) {
            int w = 1 + rnd.nextInt(30);
            int h = 1 + rnd.nextInt(30);
            double p = k % 10 == 0 ? 1.0 : rnd.nextDouble();
            boolean[] mid = new boolean[w * h];
            byte[] raw = new byte[w * h];
            for (int i = 0; i < mid.length; i++) {
                mid[i] = rnd.nextDouble() < p;
                raw[i] = (byte) (mid[i] ? 1 : 0);
            }
            boolean[] full = new boolean[w * h];
            Arrays.fill(full, true);
            masks.add(Mask.ofBooleans(w, h, new boolean[][] {full, mid, full}, Grid.PIXELS));
            Path in = Files.write(dir.resolve(k + ".mask"), raw);
            args.addAll(List.of(in.toString(), String.valueOf(h), String.valueOf(w),
                    dir.resolve(k + ".cv2").toString()));
        }
        Python.Result r = Python.run(args, dir);
        assertEquals(0, r.exitCode(), r.output());
        long contourPixels = 0;
        for (int k = 0; k < masks.size(); k++) {
            Mask m = masks.get(k);
            byte[] cv = Files.readAllBytes(dir.resolve(k + ".cv2"));
            boolean[] ours = new boolean[cv.length];
            float[] xyz = ShellPoints.of(m).xyz();
            for (int i = 0; i < xyz.length; i += 3) {
                if (xyz[i + 2] == 1f) {
                    ours[(int) xyz[i + 1] * m.width() + (int) xyz[i]] = true;
                }
            }
            for (int i = 0; i < cv.length; i++) {
                assertEquals(cv[i] != 0, ours[i], "mask " + k + " (" + m.width() + "×" + m.height() + ") pixel " + i);
                contourPixels += cv[i];
            }
        }
        assertTrue(contourPixels > 10_000, contourPixels + " contour pixels compared");
    }

    /**
     * The seed program itself ({@code seed/seed_shell.py}, OpenCV) on the 114 cochlea slices: its PLY holds the same
     * point set as {@code shellPoints(inRange(stack, lo, hi))}, for the background range 0..100 and the object
     * range 200..255.
     */
    @Test
    void equalsTheSeedProgramOnTheCochleaStack(@TempDir Path dir) throws IOException {
        Path slices = TestData.require("cochlea-slices");
        Path seed = TestData.root().toAbsolutePath().getParent().resolve("seed/seed_shell.py");
        assumeTrue(Files.exists(seed), "skipped: the seed program " + seed + " is absent");
        Python.requireModules("cv2", "numpy");
        Volume stack = GraySlices.read(slices);
        assertEquals(114, stack.depth());
        for (int[] range : new int[][] {{0, 100}, {200, 255}}) {
            Path ply = dir.resolve("seed-" + range[0] + ".ply");
            Python.Result r = Python.run(List.of(seed.toString(), slices.toAbsolutePath().toString(), ply.toString(),
                    "--lo", String.valueOf(range[0]), "--hi", String.valueOf(range[1]), "--slice-thickness", "1",
                    "--vectorized", "--quiet"), dir);
            assertEquals(0, r.exitCode(), r.output());
            Set<Long> expected = readPlyPoints(ply, stack);
            PointCloud ours = ShellPoints.of(Threshold.inRange(stack, range[0], range[1]));
            Set<Long> actual = keys(ours.xyz(), stack);
            assertEquals(ours.size(), actual.size(), "no point twice");
            assertEquals(expected.size(), actual.size(), "point count for inRange" + Arrays.toString(range));
            assertEquals(expected, actual, "point set for inRange" + Arrays.toString(range));
        }
    }

    /** Reads the seed's ASCII PLY (x y z per line, integer-valued floats) as voxel keys. */
    private static Set<Long> readPlyPoints(Path ply, Volume v) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(ply)) {
            int count = -1;
            String line;
            while (!(line = in.readLine()).equals("end_header")) {
                if (line.startsWith("element vertex ")) {
                    count = Integer.parseInt(line.substring("element vertex ".length()).trim());
                }
            }
            float[] xyz = new float[count * 3];
            for (int i = 0; i < count; i++) {
                String[] t = in.readLine().trim().split(" ");
                for (int a = 0; a < 3; a++) {
                    xyz[3 * i + a] = Float.parseFloat(t[a]);
                }
            }
            assertEquals(null, in.readLine(), "nothing after the " + count + " vertices");
            Set<Long> keys = keys(xyz, v);
            assertEquals(count, keys.size(), "the seed writes each point once (np.unique)");
            return keys;
        }
    }

    private static Set<Long> keys(float[] xyz, Volume v) {
        Set<Long> keys = new HashSet<>();
        for (int i = 0; i < xyz.length; i += 3) {
            long x = (long) xyz[i];
            long y = (long) xyz[i + 1];
            long z = (long) xyz[i + 2];
            assertTrue(x == xyz[i] && y == xyz[i + 1] && z == xyz[i + 2], "integer coordinates");
            keys.add((z * v.height() + y) * v.width() + x);
        }
        return keys;
    }
}
