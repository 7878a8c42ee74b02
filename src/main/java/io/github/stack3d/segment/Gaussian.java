package io.github.stack3d.segment;

import io.github.stack3d.Checks;
import io.github.stack3d.Grid;
import io.github.stack3d.Memory;
import io.github.stack3d.Parallel;
import io.github.stack3d.SampleType;
import io.github.stack3d.SliceSource;
import io.github.stack3d.Volume;
import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * The Gaussian filter with a standard deviation in physical units, as {@code scipy.ndimage.gaussian_filter(v,
 * sigma / spacing, mode='nearest', truncate=4.0)}: separable, one 1D kernel per axis of {@code σ / s} voxels,
 * {@code exp(−x² / 2σ²)} for {@code x = −r..r} with {@code r = (int) (4σ + 0.5)}, normalised to sum 1 (scipy's
 * {@code _gaussian_kernel1d}); outside the stack each line continues with its end value ("nearest").
 *
 * <p>The x and y passes run on each slice, the z pass on a window of {@code 2r + 1} of those slices
 * ({@link SliceBlocks}), so a stack on disk streams through and only the result (float, 4 bytes a voxel) is held
 * whole; the window holds the x and y passes' results in double precision (8 bytes a voxel). Sums are in double
 * precision in a fixed order; the result is the same for any number of threads.
 */
public final class Gaussian {

    /**
     * Voxels per part of the z pass: its sums (16 KB) stay in the first-level cache, the part of a block's window
     * in the second.
     */
    private static final int CHUNK = 2048;

    private Gaussian() {
    }

    /**
     * The filtered volume, 32-bit float, with the source's grid.
     *
     * @throws IllegalArgumentException when the source is null or labels, or {@code sigma} is not finite and
     *                                  positive
     * @throws IllegalStateException    when the result does not fit in the Java heap
     */
    public static Volume filter(SliceSource source, double sigma) {
        Checks.requireNonNull(source, "volume");
        requireSigma(sigma);
        if (source.type() == SampleType.INT32) {
            throw new IllegalArgumentException("a Gaussian filter smooths grey values or masks; " + source
                    + " holds labels");
        }
        Memory.require((long) Float.BYTES * source.voxelCount(), "the Gaussian filter of " + source);
        Grid g = source.grid();
        double[] kx = kernel(sigma / g.sx());
        double[] ky = kernel(sigma / g.sy());
        double[] kz = kernel(sigma / g.sz());
        int w = source.width();
        int h = source.height();
        int n = source.sliceSize();
        int depth = source.depth();
        float[][] out = new float[depth][];
        int rz = kz.length / 2;
        SliceBlocks.<double[]>runBlocks(depth, rz, z -> inSlice(source.floatSlice(z, new float[n]), w, h, kx, ky),
                (first, end, window) -> {
                    for (int z = first; z < end; z++) {
                        out[z] = new float[n];
                    }
                    Parallel.forEach((n + CHUNK - 1) / CHUNK, c -> alongZ(kz, window, depth, first, end, c * CHUNK,
                            Math.min(CHUNK, n - c * CHUNK), out));
                });
        return Volume.ofFloats(w, h, out, g);
    }

    /** Requires a finite, positive sigma. */
    static void requireSigma(double sigma) {
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("sigma is " + sigma + "; expected a finite number > 0 (a standard "
                    + "deviation in the grid's unit)");
        }
    }

    /** scipy's {@code _gaussian_kernel1d(sigma, 0, int(4 * sigma + 0.5))}: {@code 2r + 1} weights summing to 1. */
    static double[] kernel(double sigma) {
        int r = (int) (4 * sigma + 0.5);
        double[] k = new double[2 * r + 1];
        double sum = 0;
        for (int x = -r; x <= r; x++) {
            k[x + r] = Math.exp(-0.5 / (sigma * sigma) * x * x);
            sum += k[x + r];
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= sum;
        }
        return k;
    }

    /** The z pass for voxels {@code i..i+len−1} of output slices {@code first..end−1}, into {@code out}. */
    private static void alongZ(double[] kz, IntFunction<double[]> window, int depth, int first, int end, int i,
                               int len, float[][] out) {
        int rz = kz.length / 2;
        double[][] src = new double[kz.length][];
        int[] off = new int[kz.length];
        Arrays.fill(off, i);
        double[] acc = new double[len];
        for (int z = first; z < end; z++) {
            for (int j = 0; j < kz.length; j++) {
                src[j] = window.apply(clamp(z + j - rz, depth));
            }
            symmetric(kz, src, off, len, acc, 0);
            float[] o = out[z];
            for (int t = 0; t < len; t++) {
                o[i + t] = (float) acc[t];
            }
        }
    }

    /**
     * The x pass (rows, through a padded copy of each) then the y pass (whole rows at a time) of one slice, kept in
     * double precision for the z pass.
     */
    private static double[] inSlice(float[] s, int w, int h, double[] kx, double[] ky) {
        int rx = kx.length / 2;
        double[] line = new double[w + 2 * rx];
        double[][] lines = new double[kx.length][];
        Arrays.fill(lines, line);
        int[] shifts = new int[kx.length];
        for (int j = 0; j < kx.length; j++) {
            shifts[j] = j;
        }
        double[] xs = new double[w * h];
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < line.length; x++) {
                line[x] = s[row + clamp(x - rx, w)];
            }
            symmetric(kx, lines, shifts, w, xs, row);
        }
        int ry = ky.length / 2;
        double[] o = new double[w * h];
        double[][] rows = new double[ky.length][];
        Arrays.fill(rows, xs);
        int[] off = new int[ky.length];
        for (int y = 0; y < h; y++) {
            for (int j = 0; j < ky.length; j++) {
                off[j] = clamp(y + j - ry, h) * w;
            }
            symmetric(ky, rows, off, w, o, y * w);
        }
        return o;
    }

    /**
     * One line of a correlation with a symmetric kernel {@code k} of {@code 2r + 1} weights: {@code dst[at + t] =
     * k[r]·c + Σ_{j=1..r} k[r+j]·(a₋ⱼ + a₊ⱼ)}, where tap {@code j} reads {@code src[j][off[j] + t]}: the two taps
     * at the same distance are added first, as scipy's {@code correlate1d} does for a symmetric kernel. {@code t}
     * runs over {@code 0..len−1} in the inner loops, over double arrays, so that they vectorise.
     */
    static void symmetric(double[] k, double[][] src, int[] off, int len, double[] dst, int at) {
        int r = k.length / 2;
        double[] c = src[r];
        int oc = off[r];
        double kc = k[r];
        for (int t = 0; t < len; t++) {
            dst[at + t] = kc * c[oc + t];
        }
        for (int j = 1; j <= r; j++) {
            double[] a = src[r - j];
            double[] b = src[r + j];
            int oa = off[r - j];
            int ob = off[r + j];
            double kj = k[r + j];
            for (int t = 0; t < len; t++) {
                dst[at + t] += kj * (a[oa + t] + b[ob + t]);
            }
        }
    }

    static int clamp(int i, int n) {
        return i < 0 ? 0 : i >= n ? n - 1 : i;
    }
}
