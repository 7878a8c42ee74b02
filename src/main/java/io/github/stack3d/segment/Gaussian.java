package io.github.stack3d.segment;

import io.github.stack3d.Checks;
import io.github.stack3d.Grid;
import io.github.stack3d.Memory;
import io.github.stack3d.SampleType;
import io.github.stack3d.SliceSource;
import io.github.stack3d.Volume;
import java.util.Arrays;

/**
 * The Gaussian filter with a standard deviation in physical units, as {@code scipy.ndimage.gaussian_filter(v,
 * sigma / spacing, mode='nearest', truncate=4.0)}: separable, one 1D kernel per axis of {@code σ / s} voxels,
 * {@code exp(−x² / 2σ²)} for {@code x = −r..r} with {@code r = (int) (4σ + 0.5)}, normalised to sum 1 (scipy's
 * {@code _gaussian_kernel1d}); outside the stack each line continues with its end value ("nearest").
 *
 * <p>The x and y passes run on each slice, the z pass on a window of {@code 2r + 1} of those slices
 * ({@link SliceBlocks}), so a stack on disk streams through and only the result (float, 4 bytes a voxel) is held
 * whole. Sums are in double precision in a fixed order; the result is the same for any number of threads.
 */
public final class Gaussian {

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
        SliceBlocks.run(depth, kz.length / 2, z -> inSlice(source.floatSlice(z, new float[n]), w, h, kx, ky),
                (z, window) -> {
                    double[] acc = new double[n];
                    int r = kz.length / 2;
                    for (int j = 0; j < kz.length; j++) {
                        float[] s = window.apply(clamp(z + j - r, depth));
                        double k = kz[j];
                        for (int i = 0; i < n; i++) {
                            acc[i] += k * s[i];
                        }
                    }
                    float[] o = new float[n];
                    for (int i = 0; i < n; i++) {
                        o[i] = (float) acc[i];
                    }
                    out[z] = o;
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

    /** The x pass (rows, into a padded line) then the y pass (whole rows at a time) of one slice, in place. */
    private static float[] inSlice(float[] s, int w, int h, double[] kx, double[] ky) {
        int rx = kx.length / 2;
        double[] line = new double[w + 2 * rx];
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < line.length; x++) {
                line[x] = s[row + Math.min(w - 1, Math.max(0, x - rx))];
            }
            for (int x = 0; x < w; x++) {
                double acc = 0;
                for (int j = 0; j < kx.length; j++) {
                    acc += kx[j] * line[x + j];
                }
                s[row + x] = (float) acc;
            }
        }
        int ry = ky.length / 2;
        float[] o = new float[w * h];
        double[] acc = new double[w];
        for (int y = 0; y < h; y++) {
            Arrays.fill(acc, 0);
            for (int j = 0; j < ky.length; j++) {
                int from = clamp(y + j - ry, h) * w;
                double k = ky[j];
                for (int x = 0; x < w; x++) {
                    acc[x] += k * s[from + x];
                }
            }
            for (int x = 0; x < w; x++) {
                o[y * w + x] = (float) acc[x];
            }
        }
        return o;
    }

    static int clamp(int i, int n) {
        return i < 0 ? 0 : i >= n ? n - 1 : i;
    }
}
