package io.github.stack3d.segment;

import io.github.stack3d.Grid;

/**
 * The ball of radius {@code r} in physical units on a grid: the voxel offsets {@code (dx, dy, dz)} with
 * {@code ((dx·sx)² + (dy·sy)²) + (dz·sz)² <= r²}, computed in double precision in that order (as
 * {@link DistanceTransform} sums squared distances); an ellipsoid of voxels when the spacing is anisotropic, the
 * single centre voxel when {@code r} is smaller than every spacing. For each row {@code (dy, dz)} the offsets form
 * one run {@code dx = −k..k}; the rows are kept in the order dz, then dy, each with its {@code k}.
 */
final class Ball {

    final int rx;
    final int ry;
    final int rz;
    /** Row {@code j} is {@code (dy[j], dz[j])} with {@code dx = −k[j]..k[j]}. */
    final int[] dy;
    final int[] dz;
    final int[] k;

    private Ball(int rx, int ry, int rz, int[] dy, int[] dz, int[] k) {
        this.rx = rx;
        this.ry = ry;
        this.rz = rz;
        this.dy = dy;
        this.dz = dz;
        this.k = k;
    }

    /** The ball of {@code radius} (already checked: finite, {@code >= 0}) on {@code grid}. */
    static Ball of(Grid grid, double radius) {
        double r2 = radius * radius;
        int rx = (int) Math.floor(radius / grid.sx());
        int ry = (int) Math.floor(radius / grid.sy());
        int rz = (int) Math.floor(radius / grid.sz());
        int n = (2 * ry + 1) * (2 * rz + 1);
        int[] dy = new int[n];
        int[] dz = new int[n];
        int[] k = new int[n];
        int rows = 0;
        for (int z = -rz; z <= rz; z++) {
            for (int y = -ry; y <= ry; y++) {
                int half = -1;
                while (half < rx + 1 && inside(grid, half + 1, y, z, r2)) {
                    half++;
                }
                if (half >= 0) {
                    dy[rows] = y;
                    dz[rows] = z;
                    k[rows] = half;
                    rows++;
                }
            }
        }
        return new Ball(rx, ry, rz, java.util.Arrays.copyOf(dy, rows), java.util.Arrays.copyOf(dz, rows),
                java.util.Arrays.copyOf(k, rows));
    }

    /** True when the offset is in the ball: the same arithmetic as the distance transform's. */
    static boolean inside(Grid grid, int dx, int dy, int dz, double r2) {
        double x = dx * grid.sx();
        double y = dy * grid.sy();
        double z = dz * grid.sz();
        return x * x + y * y + z * z <= r2;
    }

    /** The number of rows {@code (dy, dz)}. */
    int rows() {
        return k.length;
    }

    /** The number of voxels in the ball. */
    int voxels() {
        int n = 0;
        for (int half : k) {
            n += 2 * half + 1;
        }
        return n;
    }

    /**
     * Requires a radius that is finite and {@code >= 0}.
     *
     * @throws IllegalArgumentException naming {@code name}, the value and the allowed range
     */
    static double requireRadius(double radius, String name) {
        if (!(radius >= 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException(name + " is " + radius + "; expected a finite number >= 0 (in the "
                    + "grid's unit)");
        }
        return radius;
    }
}
