package io.github.stack3d.render;

import io.github.stack3d.Parallel;

/**
 * The smallest and largest value in each brick of 8×8×8 voxels, computed in one pass over the stack, for
 * empty-space skipping: a ray that enters a brick whose values cannot contribute (below the current maximum of a
 * MIP, in the transparent range of a transfer function, all on one side of an iso level) jumps to the brick's far
 * side. Brick (bx, by, bz) covers index positions {@code [8bx, 8bx+8)} on x (and so on); its minimum and maximum
 * include the voxels of column, row and slice {@code 8bx+8}, which trilinear interpolation inside it reaches, so
 * every sample in the brick lies between them. Index {@code (bz · nby + by) · nbx + bx}.
 */
final class Bricks {

    /** Voxels along each side of a brick, a power of two. */
    static final int SIZE = 8;
    static final int SHIFT = 3;

    final int nbx;
    final int nby;
    final int nbz;
    final float[] min;
    final float[] max;

    private Bricks(int nbx, int nby, int nbz) {
        this.nbx = nbx;
        this.nby = nby;
        this.nbz = nbz;
        int n = nbx * nby * nbz;
        this.min = new float[n];
        this.max = new float[n];
        java.util.Arrays.fill(min, Float.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Float.NEGATIVE_INFINITY);
    }

    /** The bricks of {@code grid}, one parallel pass over brick layers. */
    static Bricks of(VoxelGrid grid) {
        Bricks b = new Bricks(count(grid.nx), count(grid.ny), count(grid.nz));
        Parallel.forEach(b.nbz, bz -> {
            float[] runMin = new float[b.nbx];
            float[] runMax = new float[b.nbx];
            for (int z = bz * SIZE, zEnd = Math.min(bz * SIZE + SIZE, grid.nz - 1); z <= zEnd; z++) {
                for (int y = 0; y < grid.ny; y++) {
                    grid.rowRuns(z, y, runMin, runMax);
                    int by = Math.min(y >> SHIFT, b.nby - 1);
                    b.fold(bz, by, runMin, runMax);
                    if ((y & (SIZE - 1)) == 0 && by > 0 && y >> SHIFT == by) {
                        b.fold(bz, by - 1, runMin, runMax);
                    }
                }
            }
        });
        return b;
    }

    /** Bricks along an axis of {@code n} voxels: index positions {@code [0, n−1]} in bricks of 8. */
    private static int count(int n) {
        return Math.max(1, (n - 2 >> SHIFT) + 1);
    }

    private void fold(int bz, int by, float[] runMin, float[] runMax) {
        int base = (bz * nby + by) * nbx;
        for (int bx = 0; bx < nbx; bx++) {
            min[base + bx] = Math.min(min[base + bx], runMin[bx]);
            max[base + bx] = Math.max(max[base + bx], runMax[bx]);
        }
    }

    /** The brick holding index position (x, y, z), which lies in {@code [0, n−1]} on each axis. */
    int at(double x, double y, double z) {
        int bx = Math.min((int) x >> SHIFT, nbx - 1);
        int by = Math.min((int) y >> SHIFT, nby - 1);
        int bz = Math.min((int) z >> SHIFT, nbz - 1);
        return (bz * nby + by) * nbx + bx;
    }

    /**
     * Samples from index position (x, y, z), which lies in brick {@code b}, to the first sample on or past the
     * brick's far face, moving (dx, dy, dz) per sample; at least 1 (a sample that lands on a lower face is still in
     * the brick and is checked again).
     */
    int samplesToExit(int b, double x, double y, double z, double dx, double dy, double dz) {
        int bx = b % nbx;
        int by = b / nbx % nby;
        int bz = b / (nbx * nby);
        double t = Math.min(exit(x, dx, bx, nbx), Math.min(exit(y, dy, by, nby), exit(z, dz, bz, nbz)));
        return (int) Math.max(1, Math.ceil(t));
    }

    private static double exit(double p, double d, int b, int n) {
        if (d > 0) {
            return b == n - 1 ? Double.POSITIVE_INFINITY : ((b + 1) * SIZE - p) / d;
        }
        if (d < 0) {
            return b == 0 ? Double.POSITIVE_INFINITY : (b * SIZE - p) / d;
        }
        return Double.POSITIVE_INFINITY;
    }
}
