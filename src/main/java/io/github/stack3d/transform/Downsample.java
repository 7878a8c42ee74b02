package io.github.stack3d.transform;

import io.github.stack3d.Parallel;
import io.github.stack3d.Checks;
import io.github.stack3d.Memory;
import io.github.stack3d.SampleType;
import io.github.stack3d.Grid;
import io.github.stack3d.Volume;
import java.util.stream.IntStream;

/**
 * Shrinking a volume by an integer factor along x, y and z with area (block) averaging: output voxel
 * (X, Y, Z) is the mean of the input voxels {@code X·f..X·f+f−1} × {@code Y·f..} × {@code Z·f..}. Where the size
 * is not a multiple of the factor, the last block along that axis is partial and averages the voxels it has, so
 * the output has {@code ceil(n / f)} voxels along each axis. Output slices are computed in parallel, each from
 * its {@code f} input slices.
 */
public final class Downsample {

    private Downsample() {
    }

    /**
     * The block average of {@code volume} over {@code factor³} blocks; the spacing grows by {@code factor} on every
     * axis and the origin moves to the centre of the first block ({@code (factor − 1) / 2} old voxels in), so that
     * every output voxel sits at the centre of the voxels it averages and objects keep their physical place. 8- and 16-bit means are rounded to the nearest integer (halves up); float means are computed in double
     * and rounded to float (a NaN voxel makes its block NaN). Factor 1 returns {@code volume} itself.
     *
     * @param volume any sample type
     * @param factor block size, 1 or more
     * @return a new volume of {@code ceil(width/f) × ceil(height/f) × ceil(depth/f)} voxels, same sample type
     * @throws IllegalArgumentException when {@code factor} is below 1
     * @throws IllegalStateException    when the result does not fit in the Java heap
     */
    public static Volume average(Volume volume, int factor) {
        Checks.requireNonNull(volume, "volume");
        Checks.requirePositive(factor, "factor");
        if (factor == 1) {
            return volume;
        }
        int w = volume.width();
        int ow = ceilDiv(w, factor);
        int oh = ceilDiv(volume.height(), factor);
        int od = ceilDiv(volume.depth(), factor);
        SampleType type = volume.type();
        Memory.require(type.bytes((long) ow * oh) * od, "the downsampled " + volume);
        int[] column = new int[w];
        for (int x = 0; x < w; x++) {
            column[x] = x / factor;
        }
        Grid spacing = volume.grid().resampled(factor, factor, factor);
        if (type == SampleType.FLOAT32) {
            float[][] out = new float[od][];
            Parallel.forEach(od, z -> out[z] = floatBlock(volume, z, factor, column, ow, oh));
            return Volume.ofFloats(ow, oh, out, spacing);
        }
        if (type == SampleType.UINT8) {
            byte[][] out = new byte[od][];
            Parallel.forEach(od, z -> {
                long[] s = integerBlock(volume, z, factor, column, ow, oh);
                byte[] o = new byte[s.length];
                for (int i = 0; i < s.length; i++) {
                    o[i] = (byte) s[i];
                }
                out[z] = o;
            });
            return Volume.ofBytes(ow, oh, out, spacing);
        }
        short[][] out = new short[od][];
        Parallel.forEach(od, z -> {
            long[] s = integerBlock(volume, z, factor, column, ow, oh);
            short[] o = new short[s.length];
            for (int i = 0; i < s.length; i++) {
                o[i] = (short) s[i];
            }
            out[z] = o;
        });
        return Volume.ofShorts(ow, oh, out, spacing);
    }

    /** The rounded means of output slice {@code oz} of an 8- or 16-bit volume. */
    private static long[] integerBlock(Volume v, int oz, int f, int[] column, int ow, int oh) {
        int w = v.width();
        int h = v.height();
        int z1 = Math.min(v.depth(), (oz + 1) * f);
        long[] sum = new long[ow * oh];
        for (int z = oz * f; z < z1; z++) {
            if (v.type() == SampleType.UINT8) {
                byte[] s = v.bytes(z);
                for (int y = 0; y < h; y++) {
                    int row = y * w;
                    int out = (y / f) * ow;
                    for (int x = 0; x < w; x++) {
                        sum[out + column[x]] += s[row + x] & 0xFF;
                    }
                }
            } else {
                short[] s = v.shorts(z);
                for (int y = 0; y < h; y++) {
                    int row = y * w;
                    int out = (y / f) * ow;
                    for (int x = 0; x < w; x++) {
                        sum[out + column[x]] += s[row + x] & 0xFFFF;
                    }
                }
            }
        }
        int cz = z1 - oz * f;
        for (int oy = 0; oy < oh; oy++) {
            int cy = Math.min(h, (oy + 1) * f) - oy * f;
            for (int ox = 0; ox < ow; ox++) {
                long n = (long) cz * cy * (Math.min(w, (ox + 1) * f) - ox * f);
                int i = oy * ow + ox;
                sum[i] = (2 * sum[i] + n) / (2 * n);
            }
        }
        return sum;
    }

    /** The means of output slice {@code oz} of a float volume. */
    private static float[] floatBlock(Volume v, int oz, int f, int[] column, int ow, int oh) {
        int w = v.width();
        int h = v.height();
        int z1 = Math.min(v.depth(), (oz + 1) * f);
        double[] sum = new double[ow * oh];
        for (int z = oz * f; z < z1; z++) {
            float[] s = v.floats(z);
            for (int y = 0; y < h; y++) {
                int row = y * w;
                int out = (y / f) * ow;
                for (int x = 0; x < w; x++) {
                    sum[out + column[x]] += s[row + x];
                }
            }
        }
        int cz = z1 - oz * f;
        float[] mean = new float[ow * oh];
        for (int oy = 0; oy < oh; oy++) {
            int cy = Math.min(h, (oy + 1) * f) - oy * f;
            for (int ox = 0; ox < ow; ox++) {
                int i = oy * ow + ox;
                mean[i] = (float) (sum[i] / ((double) cz * cy * (Math.min(w, (ox + 1) * f) - ox * f)));
            }
        }
        return mean;
    }

    private static int ceilDiv(int n, int f) {
        return (int) (((long) n + f - 1) / f);
    }
}
