package io.github.stack3d.render;

import io.github.stack3d.Parallel;

/**
 * The smallest and largest value in each brick of 8×8×8 voxels (twice the side for {@link #coarser}), computed in one
 * pass over the stack, for empty-space skipping: a ray that enters a brick whose values cannot contribute (below
 * the current maximum of a MIP, in the transparent range of a transfer function, all on one side of an iso level)
 * jumps to the brick's far side. Brick (bx, by, bz) covers index positions {@code [8bx, 8bx+8)} on x (and so
 * on); its minimum and maximum include the voxels of column, row and slice {@code 8bx+8}, which trilinear
 * interpolation inside it reaches, so every sample in the brick lies between them. Index
 * {@code (bz · nby + by) · nbx + bx}. {@link BrickRuns} walks a ray through them.
 */
final class Bricks {

    /** Voxels along each side of a brick of {@link #of}, a power of two. */
    static final int SIZE = 8;
    static final int SHIFT = 3;

    /** Voxels along each side of these bricks, {@code 1 << shift}: {@link #SIZE}, twice that after {@link #coarser}. */
    final int size;
    final int shift;
    final int nbx;
    final int nby;
    final int nbz;
    final float[] min;
    final float[] max;

    private Bricks(int shift, int nbx, int nby, int nbz) {
        this.shift = shift;
        this.size = 1 << shift;
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
        Bricks b = new Bricks(SHIFT, count(grid.nx), count(grid.ny), count(grid.nz));
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

    /**
     * Bricks of twice the side, each the union of up to 2×2×2 of these: fewer runs per ray where a brick walk costs
     * more than the samples it skips (composite, whose transparent space comes in large pieces).
     */
    Bricks coarser() {
        Bricks c = new Bricks(shift + 1, (nbx + 1) / 2, (nby + 1) / 2, (nbz + 1) / 2);
        for (int bz = 0; bz < nbz; bz++) {
            for (int by = 0; by < nby; by++) {
                int base = (bz * nby + by) * nbx;
                int cBase = (bz / 2 * c.nby + by / 2) * c.nbx;
                for (int bx = 0; bx < nbx; bx++) {
                    int k = cBase + bx / 2;
                    c.min[k] = Math.min(c.min[k], min[base + bx]);
                    c.max[k] = Math.max(c.max[k], max[base + bx]);
                }
            }
        }
        return c;
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
