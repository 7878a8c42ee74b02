package io.github.stack3d.mesh;

import io.github.stack3d.Mesh;
import java.util.Arrays;

/**
 * A uniform grid of cubic cells over a mesh's bounding box, each cell listing the triangles whose bounding box
 * meets it (compressed rows), for nearest-surface queries: {@link #distance} searches the cells in growing
 * shells around the query's cell and stops once the nearest triangle found is closer than any cell not yet
 * searched. The cell edge is the mean triangle edge (at least 1/256 of the box), so a cell holds a few triangles and a query near the
 * surface reads a few cells.
 */
final class TriangleGrid {

    private final float[] v;
    private final int[] t;
    private final double x0;
    private final double y0;
    private final double z0;
    private final double cell;
    private final int nx;
    private final int ny;
    private final int nz;
    private final int[] start;
    private final int[] index;

    /** The grid of {@code mesh}'s triangles; the mesh must have at least one triangle. */
    TriangleGrid(Mesh mesh) {
        v = mesh.vertices();
        t = mesh.triangles();
        int m = t.length / 3;
        double[] b = mesh.bounds();
        double edges = 0;
        for (int i = 0; i < t.length; i++) {
            int p = 3 * t[i];
            int q = 3 * t[i % 3 == 2 ? i - 2 : i + 1];
            double dx = v[q] - v[p];
            double dy = v[q + 1] - v[p + 1];
            double dz = v[q + 2] - v[p + 2];
            edges += Math.sqrt(dx * dx + dy * dy + dz * dz);
        }
        double size = Math.max(b[3] - b[0], Math.max(b[4] - b[1], b[5] - b[2]));
        // the mean edge, but no more than 256 cells per axis
        double c = Math.max(edges / t.length, size / 256);
        cell = c > 0 ? c : 1;
        x0 = b[0];
        y0 = b[1];
        z0 = b[2];
        nx = (int) ((b[3] - b[0]) / cell) + 1;
        ny = (int) ((b[4] - b[1]) / cell) + 1;
        nz = (int) ((b[5] - b[2]) / cell) + 1;
        start = new int[nx * ny * nz + 1];
        for (int pass = 0; pass < 2; pass++) {
            int[] fill = pass == 0 ? null : Arrays.copyOf(start, start.length - 1);
            int[] into = pass == 0 ? null : new int[start[start.length - 1]];
            for (int i = 0; i < m; i++) {
                int[] box = cells(i);
                for (int z = box[2]; z <= box[5]; z++) {
                    for (int y = box[1]; y <= box[4]; y++) {
                        for (int x = box[0]; x <= box[3]; x++) {
                            int k = (z * ny + y) * nx + x;
                            if (pass == 0) {
                                start[k + 1]++;
                            } else {
                                into[fill[k]++] = i;
                            }
                        }
                    }
                }
            }
            if (pass == 0) {
                for (int k = 0; k + 1 < start.length; k++) {
                    start[k + 1] += start[k];
                }
            } else {
                index = into;
                return;
            }
        }
        throw new AssertionError();
    }

    /** {@code {x0, y0, z0, x1, y1, z1}}: the cells that triangle {@code i}'s bounding box meets. */
    private int[] cells(int i) {
        int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, 0, 0, 0};
        for (int k = 0; k < 3; k++) {
            int p = 3 * t[3 * i + k];
            int[] c = {cellOf(v[p], x0, nx), cellOf(v[p + 1], y0, ny), cellOf(v[p + 2], z0, nz)};
            for (int a = 0; a < 3; a++) {
                box[a] = Math.min(box[a], c[a]);
                box[a + 3] = Math.max(box[a + 3], c[a]);
            }
        }
        return box;
    }

    private int cellOf(double x, double origin, int n) {
        return Math.max(0, Math.min(n - 1, (int) Math.floor((x - origin) / cell)));
    }

    /** The distance from {@code (px, py, pz)} to the nearest point of the mesh's triangles. */
    double distance(double px, double py, double pz) {
        int cx = cellOf(px, x0, nx);
        int cy = cellOf(py, y0, ny);
        int cz = cellOf(pz, z0, nz);
        double best = Double.POSITIVE_INFINITY; // squared
        int reach = Math.max(nx, Math.max(ny, nz));
        for (int r = 0; r <= reach; r++) {
            for (int z = cz - r; z <= cz + r; z++) {
                if (z < 0 || z >= nz) {
                    continue;
                }
                for (int y = cy - r; y <= cy + r; y++) {
                    if (y < 0 || y >= ny) {
                        continue;
                    }
                    boolean face = z == cz - r || z == cz + r || y == cy - r || y == cy + r;
                    for (int x = cx - r; x <= cx + r; x += face ? 1 : 2 * r) {
                        if (x >= 0 && x < nx) {
                            int k = (z * ny + y) * nx + x;
                            for (int j = start[k]; j < start[k + 1]; j++) {
                                best = Math.min(best, PointTriangle.squaredDistance(v, t, index[j], px, py, pz));
                            }
                        }
                    }
                }
            }
            // every triangle not seen yet lies outside the searched block of cells
            double reached = Math.min(Math.min(gap(px, x0, cx, r, nx), gap(py, y0, cy, r, ny)),
                    gap(pz, z0, cz, r, nz));
            if (best <= reached * reached) {
                break;
            }
        }
        return Math.sqrt(best);
    }

    /**
     * Along one axis, the distance from {@code p} to the cells beyond the block {@code c − r .. c + r} (infinite on
     * a side where the block reaches the end of the grid: there are no cells beyond).
     */
    private double gap(double p, double origin, int c, int r, int n) {
        double low = c - r <= 0 ? Double.POSITIVE_INFINITY : p - (origin + (c - r) * cell);
        double high = c + r >= n - 1 ? Double.POSITIVE_INFINITY : origin + (c + r + 1) * cell - p;
        return Math.max(0, Math.min(low, high));
    }
}
