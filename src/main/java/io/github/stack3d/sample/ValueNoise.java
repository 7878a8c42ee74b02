package io.github.stack3d.sample;

/**
 * Smooth random texture ("value noise"): random values in [−1, 1] on a cubic lattice of {@code cell} µm,
 * interpolated between lattice points with smoothstep weights. The lattice values and the per-voxel noise come
 * from {@link #hash}, a pure function of the position, so the texture is the same whatever the thread order.
 */
final class ValueNoise {

    private ValueNoise() {
    }

    /**
     * The texture at every voxel of slice {@code z} of a {@code width × height} stack whose voxel (x, y, z) sits at
     * {@code (x·sx, y·sy, z·sz)} µm; row-major.
     */
    static double[] slice(int width, int height, int z, double sx, double sy, double sz, double cell, long seed) {
        double zc = z * sz / cell;
        int k = (int) Math.floor(zc);
        double wz = smoothstep(zc - k);
        int ni = (int) Math.floor((width - 1) * sx / cell) + 2;
        int nj = (int) Math.floor((height - 1) * sy / cell) + 2;
        double[] plane = new double[ni * nj];
        for (int j = 0; j < nj; j++) {
            for (int i = 0; i < ni; i++) {
                double a = lattice(i, j, k, seed);
                plane[j * ni + i] = a + (lattice(i, j, k + 1, seed) - a) * wz;
            }
        }
        int[] xi = new int[width];
        double[] wx = new double[width];
        for (int x = 0; x < width; x++) {
            double xc = x * sx / cell;
            xi[x] = (int) xc;
            wx[x] = smoothstep(xc - xi[x]);
        }
        double[] out = new double[width * height];
        double[] row = new double[ni];
        for (int y = 0; y < height; y++) {
            double yc = y * sy / cell;
            int j = (int) yc;
            double wy = smoothstep(yc - j);
            for (int i = 0; i < ni; i++) {
                double a = plane[j * ni + i];
                row[i] = a + (plane[(j + 1) * ni + i] - a) * wy;
            }
            for (int x = 0, o = y * width; x < width; x++, o++) {
                double a = row[xi[x]];
                out[o] = a + (row[xi[x] + 1] - a) * wx[x];
            }
        }
        return out;
    }

    /** A 64-bit mix of {@code v} (the SplitMix64 finaliser, Steele, Lea &amp; Flood 2014). */
    static long hash(long v) {
        long h = v * 0x9E3779B97F4A7C15L;
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }

    private static double lattice(int i, int j, int k, long seed) {
        long h = hash(seed ^ hash(((long) k << 42) ^ ((long) j << 21) ^ i));
        return (h >>> 11) * 0x1.0p-52 - 1;
    }

    private static double smoothstep(double t) {
        return t * t * (3 - 2 * t);
    }
}
