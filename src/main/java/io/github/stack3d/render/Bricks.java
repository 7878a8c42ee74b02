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

    /**
     * The most runs a ray can cross: along a straight line each brick coordinate changes monotonically, so there
     * are at most {@code nbx + nby + nbz} runs (one more for safety).
     */
    int maxSegments() {
        return nbx + nby + nbz + 1;
    }

    /**
     * Splits a ray ({@link Camera#ray} layout) into runs of samples in one brick: run {@code i} is samples
     * {@code start[i] .. start[i+1]−1}, in brick {@code brick[i]}; returns the number of runs ({@code start} then
     * holds one more entry, the last sample + 1). Arrays of {@link #maxSegments()} + 1 entries. A 3D DDA over the
     * brick grid (Amanatides and Woo 1987), in sample units: each step crosses the nearest brick face.
     */
    int segments(double[] ray, int[] start, int[] brick) {
        int first = (int) ray[6];
        int last = (int) ray[7];
        double x = ray[0] + first * ray[3];
        double y = ray[1] + first * ray[4];
        double z = ray[2] + first * ray[5];
        int bx = Math.min((int) x >> SHIFT, nbx - 1);
        int by = Math.min((int) y >> SHIFT, nby - 1);
        int bz = Math.min((int) z >> SHIFT, nbz - 1);
        int sx = (int) Math.signum(ray[3]);
        int sy = (int) Math.signum(ray[4]);
        int sz = (int) Math.signum(ray[5]);
        double tx = first + face(x, ray[3], bx, nbx);
        double ty = first + face(y, ray[4], by, nby);
        double tz = first + face(z, ray[5], bz, nbz);
        double dx = sx == 0 ? 0 : SIZE / Math.abs(ray[3]);
        double dy = sy == 0 ? 0 : SIZE / Math.abs(ray[4]);
        double dz = sz == 0 ? 0 : SIZE / Math.abs(ray[5]);
        int count = 0;
        int n = first;
        while (true) {
            double t = Math.min(tx, Math.min(ty, tz));
            int next = t >= last + 1 ? last + 1 : (int) Math.ceil(t);
            if (next > n) {
                brick[count] = (bz * nby + by) * nbx + bx;
                start[count] = n;
                count++;
                start[count] = next;
                n = next;
            }
            if (n > last) {
                return count;
            }
            if (t == tx) {
                bx += sx;
                tx = bx == 0 && sx < 0 || bx == nbx - 1 && sx > 0 ? Double.POSITIVE_INFINITY : tx + dx;
            } else if (t == ty) {
                by += sy;
                ty = by == 0 && sy < 0 || by == nby - 1 && sy > 0 ? Double.POSITIVE_INFINITY : ty + dy;
            } else {
                bz += sz;
                tz = bz == 0 && sz < 0 || bz == nbz - 1 && sz > 0 ? Double.POSITIVE_INFINITY : tz + dz;
            }
        }
    }

    /** Samples from position {@code p} in brick {@code b} (of {@code n}) to its far face along {@code d}. */
    private static double face(double p, double d, int b, int n) {
        if (d > 0 && b < n - 1) {
            return ((b + 1) * SIZE - p) / d;
        }
        if (d < 0 && b > 0) {
            return (b * SIZE - p) / d;
        }
        return Double.POSITIVE_INFINITY;
    }
}
