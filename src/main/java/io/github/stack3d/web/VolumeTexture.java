package io.github.stack3d.web;

import io.github.stack3d.Checks;
import io.github.stack3d.Grid;
import io.github.stack3d.Memory;
import io.github.stack3d.Parallel;
import io.github.stack3d.SampleType;
import io.github.stack3d.SliceSource;
import io.github.stack3d.Volume;

/**
 * A stack made small enough for a browser's 3D texture: block-averaged by an integer factor per axis, {@code f =
 * ceil(n / maxSide)}, so that no side exceeds {@code maxSide} voxels (the last block along an axis may be partial
 * and averages what it has), then quantised to 8 bits over the range of the averages: {@code round((v − min) /
 * (max − min) · 255)}. The grid follows, as {@code transform.Downsample} keeps it: spacing times the factor,
 * origin at the centre of the first block, so the texture sits where the stack does. Masks count as 0 and 1,
 * labels as 0 (background) and 1 (any object). Slices are read once, one after another (a stack on disk streams),
 * each output slice summed in parallel.
 *
 * @param volume the result as an 8-bit volume in memory, its grid the downsampled one
 * @param min    the value that quantises to 0, in the stack's units
 * @param max    the value that quantises to 255 (equal to {@code min} when the stack holds one value)
 */
public record VolumeTexture(Volume volume, double min, double max) {

    /** The largest side allowed: 512³ voxels are 128 MB of texture, more than most browsers give a page. */
    public static final int MAX_SIDE = 512;

    /** The factor along an axis of {@code n} voxels so that at most {@code maxSide} remain. */
    static int factor(int n, int maxSide) {
        return (n + maxSide - 1) / maxSide;
    }

    /**
     * The texture of {@code source} with at most {@code maxSide} voxels along each axis.
     *
     * @throws IllegalArgumentException when {@code maxSide} is outside 2..{@value #MAX_SIDE} or the stack holds no
     *                                  finite value
     * @throws IllegalStateException    when the texture does not fit in the heap
     */
    public static VolumeTexture of(SliceSource source, int maxSide) {
        Checks.requireInRange(maxSide, 2, MAX_SIDE, "maxSide");
        int fx = factor(source.width(), maxSide);
        int fy = factor(source.height(), maxSide);
        int fz = factor(source.depth(), maxSide);
        int nx = (source.width() + fx - 1) / fx;
        int ny = (source.height() + fy - 1) / fy;
        int nz = (source.depth() + fz - 1) / fz;
        Memory.require(5L * nx * ny * nz, "the viewer's texture of " + source);
        float[][] means = new float[nz][];
        Parallel.forEach(nz, k -> means[k] = block(source, k, fx, fy, fz, nx, ny));
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (float[] slice : means) {
            for (float v : slice) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (!(lo <= hi)) {
            throw new IllegalArgumentException(source + " holds no finite value to show");
        }
        double scale = hi > lo ? 255.0 / (hi - lo) : 0;
        byte[][] bytes = new byte[nz][nx * ny];
        for (int k = 0; k < nz; k++) {
            float[] m = means[k];
            byte[] b = bytes[k];
            for (int i = 0; i < m.length; i++) {
                b[i] = (byte) Math.round((m[i] - lo) * scale);
            }
        }
        Grid g = source.grid();
        Grid grid = g.resampled(fx, fy, fz);
        return new VolumeTexture(Volume.ofBytes(nx, ny, bytes, grid), lo, hi);
    }

    /** Output slice {@code k}: the means of the {@code fx·fy·fz} blocks of input slices {@code k·fz...}. */
    private static float[] block(SliceSource source, int k, int fx, int fy, int fz, int nx, int ny) {
        int w = source.width();
        int h = source.height();
        double[] sum = new double[nx * ny];
        int[] count = new int[nx * ny];
        float[] row = new float[source.sliceSize()];
        boolean labels = source.type() == SampleType.INT32;
        for (int z = k * fz, zEnd = Math.min(source.depth(), z + fz); z < zEnd; z++) {
            source.floatSlice(z, row);
            for (int y = 0; y < h; y++) {
                int out = y / fy * nx;
                for (int x = 0, i = y * w; x < w; x++, i++) {
                    float v = row[i];
                    sum[out + x / fx] += labels ? (v != 0 ? 1 : 0) : v;
                    count[out + x / fx]++;
                }
            }
        }
        float[] mean = new float[sum.length];
        for (int i = 0; i < mean.length; i++) {
            mean[i] = (float) (sum[i] / count[i]);
        }
        return mean;
    }

    /** {@code v} in the stack's units on the 0..255 scale of the texture (not clamped). */
    public double quantised(double v) {
        return max > min ? (v - min) / (max - min) * 255 : 0;
    }

    /**
     * True when the stack's outer faces lie mostly at or above {@code level} (0..255): the object is darker than
     * its surroundings, so a ray from outside meets its surface where the values fall below the level.
     */
    public boolean darkObject(double level) {
        Volume v = volume;
        int nx = v.width();
        int ny = v.height();
        int nz = v.depth();
        long above = 0;
        long all = 0;
        for (int z = 0; z < nz; z++) {
            byte[] s = v.bytes(z);
            boolean face = z == 0 || z == nz - 1;
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    if (face || y == 0 || y == ny - 1 || x == 0 || x == nx - 1) {
                        all++;
                        if ((s[y * nx + x] & 255) >= level) {
                            above++;
                        }
                    }
                }
            }
        }
        return 2 * above > all;
    }
}
