package io.github.stack3d.render;

import io.github.stack3d.Parallel;

/**
 * The smallest and largest value in each brick of 8×8×8 voxels, computed in one pass over the stack, for
 * empty-space skipping: a ray that enters a brick whose values cannot contribute (below the current maximum of a
 * MIP, in the transparent range of a transfer function, all on one side of an iso level) jumps to the brick's far
 * side. Brick (bx, by, bz) covers index positions {@code [8bx, 8bx+8)} on x (and so on); its minimum and maximum
 * include the voxels of column, row and slice {@code 8bx+8}, which trilinear interpolation inside it reaches, so
 * every sample in the brick lies between them. Index {@code (bz · nby + by) · nbx + bx}. {@link BrickRuns} walks a
 * ray through them.
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
}
