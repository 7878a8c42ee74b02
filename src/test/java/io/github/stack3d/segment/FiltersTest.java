package io.github.stack3d.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Grid;
import io.github.stack3d.Parallel;
import io.github.stack3d.Python;
import io.github.stack3d.SampleType;
import io.github.stack3d.Volume;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Gaussian} and {@link Median}: hand-made cases, thread independence, and scipy.ndimage on random data. */
class FiltersTest {

    private static Volume noisyBlobs(Random rnd, int w, int h, int d, Grid g) {
        byte[][] s = new byte[d][w * h];
        for (int z = 0; z < d; z++) {
            for (int i = 0; i < w * h; i++) {
                double x = i % w;
                double y = i / w;
                double v = 100 + 80 * Math.sin(x / 4) * Math.cos(y / 5) * Math.sin(z / 3.0) + rnd.nextGaussian() * 30;
                s[z][i] = (byte) Math.max(0, Math.min(255, (int) v));
            }
        }
        return Volume.ofBytes(w, h, s, g);
    }

    /** Runs {@code script} on the volume written as raw data ({@code v}, float64, shape (d, h, w)). */
    static double[] scipy(Volume v, String script, Path dir, String... args) throws IOException {
        Python.requireModules("numpy", "scipy.ndimage");
        Path raw = RawVolumes.write(v, dir.resolve("v.raw"));
        List<String> cmd = new ArrayList<>(List.of("-c", """
                import sys, numpy as np, scipy.ndimage as ndi
                v = np.fromfile(sys.argv[1], sys.argv[2]).reshape(int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]))
                sampling = (float(sys.argv[6]), float(sys.argv[7]), float(sys.argv[8]))
                """ + Scipy.BALL + script));
        cmd.addAll(List.of(RawVolumes.args(v, raw)));
        Grid g = v.grid();
        cmd.addAll(List.of(String.valueOf(g.sz()), String.valueOf(g.sy()), String.valueOf(g.sx())));
        cmd.addAll(List.of(args));
        Python.Result r = Python.run(cmd, dir);
        assertEquals(0, r.exitCode(), r.output());
        return Scipy.readDoubles(dir.resolve("out.raw"));
    }

    @Test
    void gaussianMatchesScipyToAThousandthOfTheRange(@TempDir Path dir) throws IOException {
        Grid g = Grid.of(0.5, 0.5, 1.2, "µm");
        Volume v = noisyBlobs(new Random(1), 45, 38, 27, g);
        for (double sigma : new double[] {0.3, 1.0, 2.5}) {
            double[] expected = scipy(v, """
                    s = float(sys.argv[9])
                    ndi.gaussian_filter(v.astype(np.float64), [s / x for x in sampling], mode='nearest', truncate=4.0)\\
                        .astype('<f8').tofile('out.raw')
                    """, dir, String.valueOf(sigma));
            Volume f = Gaussian.filter(v, sigma);
            assertEquals(SampleType.FLOAT32, f.type());
            double range = v.range().max() - v.range().min();
            double worst = 0;
            for (int z = 0; z < v.depth(); z++) {
                float[] s = f.floats(z);
                for (int i = 0; i < s.length; i++) {
                    worst = Math.max(worst, Math.abs(s[i] - expected[z * s.length + i]));
                }
            }
            assertTrue(worst <= 1e-3 * range, "sigma " + sigma + ": largest difference " + worst);
            assertTrue(worst <= 1e-4, "in fact float rounding only: " + worst);
        }
    }

    /** scipy's kernel for sigma 1: radius 4, weights exp(−x²/2) / Σ; the centre weight 0.39894 (1/√(2π) nearly). */
    @Test
    void kernelIsScipys() {
        double[] k = Gaussian.kernel(1);
        assertEquals(9, k.length);
        assertEquals(0.3989434, k[4], 1e-6);
        assertEquals(Gaussian.kernel(0.3).length, 3, "int(4·0.3 + 0.5) = 1");
    }

    /** A constant volume stays constant; a flat border continues ("nearest"). */
    @Test
    void constantStaysConstant() {
        float[][] s = new float[4][20];
        for (float[] slice : s) {
            java.util.Arrays.fill(slice, 7.5f);
        }
        Volume f = Gaussian.filter(Volume.ofFloats(5, 4, s, Grid.PIXELS), 1.7);
        for (int z = 0; z < 4; z++) {
            for (float x : f.floats(z)) {
                assertEquals(7.5f, x, 1e-5f);
            }
        }
    }

    @Test
    void medianMatchesScipyWithTheBallFootprint(@TempDir Path dir) throws IOException {
        Grid g = Grid.of(1, 1, 2, "µm");
        Volume v = noisyBlobs(new Random(2), 31, 26, 14, g);
        for (double r : new double[] {1, 2.5}) {
            double[] expected = scipy(v, """
                    ndi.median_filter(v, footprint=ball(float(sys.argv[9])), mode='nearest').astype('<f8')\\
                        .tofile('out.raw')
                    """, dir, String.valueOf(r));
            Volume m = Median.filter(v, r);
            assertEquals(SampleType.UINT8, m.type());
            for (int z = 0; z < v.depth(); z++) {
                byte[] s = m.bytes(z);
                for (int i = 0; i < s.length; i++) {
                    assertEquals(expected[z * s.length + i], s[i] & 0xFF, "r " + r + " voxel " + i + " slice " + z);
                }
            }
        }
    }

    /** Median of 7 values (radius 1): a lone spike goes, an edge stays. */
    @Test
    void medianRemovesASpike() {
        short[][] s = new short[3][9];
        s[1][4] = 1000;
        Volume m = Median.filter(Volume.ofShorts(3, 3, s, Grid.PIXELS), 1);
        assertEquals(0, m.shorts(1)[4]);
        assertEquals(5f, Median.select(new float[] {9, 1, 5, 7, 3}, 2));
    }

    /**
     * The median of each voxel's ball (line ends repeated), sorted out by hand, on 8-bit, 16-bit and float noise:
     * the 7-voxel network, the interior path and the clamped edges, also on slices narrower than the ball.
     */
    @Test
    void medianMatchesASortedBall() {
        Random rnd = new Random(11);
        Grid[] grids = {Grid.PIXELS, Grid.of(1, 1, 2.5, "px"), Grid.of(0.6, 0.6, 1, "px")};
        int[][] sizes = {{23, 17, 9}, {2, 5, 3}, {1, 1, 4}};
        for (Grid g : grids) {
            for (int[] size : sizes) {
                int w = size[0];
                int h = size[1];
                int d = size[2];
                byte[][] b = new byte[d][w * h];
                short[][] sh = new short[d][w * h];
                float[][] f = new float[d][w * h];
                for (int z = 0; z < d; z++) {
                    for (int i = 0; i < w * h; i++) {
                        b[z][i] = (byte) rnd.nextInt(256);
                        sh[z][i] = (short) rnd.nextInt(65536);
                        f[z][i] = (float) rnd.nextGaussian();
                    }
                }
                Volume[] volumes = {Volume.ofBytes(w, h, b, g), Volume.ofShorts(w, h, sh, g),
                    Volume.ofFloats(w, h, f, g)};
                for (double r : new double[] {1, 1.5, 2.2}) {
                    Ball ball = Ball.of(g, r);
                    for (Volume v : volumes) {
                        Volume m = Median.filter(v, r);
                        for (int z = 0; z < d; z++) {
                            float[] got = m.floatSlice(z, new float[w * h]);
                            for (int y = 0; y < h; y++) {
                                for (int x = 0; x < w; x++) {
                                    List<Float> ball1 = new ArrayList<>();
                                    for (int j = 0; j < ball.rows(); j++) {
                                        float[] s = v.floatSlice(Gaussian.clamp(z + ball.dz[j], d), new float[w * h]);
                                        for (int dx = -ball.k[j]; dx <= ball.k[j]; dx++) {
                                            ball1.add(s[Gaussian.clamp(y + ball.dy[j], h) * w
                                                    + Gaussian.clamp(x + dx, w)]);
                                        }
                                    }
                                    ball1.sort(null);
                                    assertEquals(ball1.get(ball1.size() / 2), got[y * w + x],
                                            v.type() + " " + g + " r=" + r + " at " + x + "," + y + "," + z);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void sameForAnyNumberOfThreads() {
        Volume v = noisyBlobs(new Random(3), 40, 30, 41, Grid.PIXELS);
        int threads = Parallel.threads();
        try {
            Parallel.threads(1);
            Volume g1 = Gaussian.filter(v, 2);
            Volume m1 = Median.filter(v, 1.5);
            Parallel.threads(3);
            Volume g3 = Gaussian.filter(v, 2);
            Volume m3 = Median.filter(v, 1.5);
            for (int z = 0; z < v.depth(); z++) {
                assertArrayEquals(g1.floats(z), g3.floats(z), "gaussian slice " + z);
                assertArrayEquals(m1.bytes(z), m3.bytes(z), "median slice " + z);
            }
        } finally {
            Parallel.threads(threads);
        }
    }

    @Test
    void badParametersAreRejected() {
        Volume v = noisyBlobs(new Random(4), 4, 4, 4, Grid.PIXELS);
        for (double sigma : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            String msg = assertThrows(IllegalArgumentException.class, () -> Gaussian.filter(v, sigma)).getMessage();
            assertTrue(msg.contains("sigma") && msg.contains("> 0"), msg);
        }
        String msg = assertThrows(IllegalArgumentException.class, () -> Median.filter(v, -2)).getMessage();
        assertTrue(msg.contains("radius") && msg.contains(">= 0"), msg);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Median.filter(null, 1)).getMessage()
                .contains("null"));
    }
}
