package io.github.stack3d.segment;

import io.github.stack3d.Grid;
import io.github.stack3d.Parallel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The markers of a distance-transform watershed: the local maxima of the distance at least a distance apart, as
 * {@code skimage.feature.peak_local_max(distance, min_distance=k, labels=components, exclude_border=False)}.
 *
 * <p>A foreground voxel is a peak when its level is the highest within a box of {@code ±rx, ±ry, ±rz} voxels, the
 * largest offsets whose physical length ({@code rx·sx}, ...) is at most {@code minDistance}: skimage's
 * {@code (2k + 1)}-voxel footprint, found by a separable maximum filter (a sliding-window maximum along x, y and z;
 * slices, columns and rows in parallel). The peaks are then taken by decreasing distance, ties in (z, y, x) scan
 * order (skimage's stable sort of {@code np.nonzero}), and a peak is dropped when an accepted one of the same
 * connected component lies closer than {@code minDistance} along every axis (Chebyshev distance, skimage's
 * {@code p_norm=inf}); accepted peaks are found through a hash of cells. Unlike skimage, the box is not restricted
 * to the voxel's component, and a component left without a marker (all its voxels near a deeper voxel of another
 * component) gets its deepest voxel, the first in scan order: every component has a marker, so every foreground
 * voxel is flooded.
 */
final class Peaks {

    private Peaks() {
    }

    /**
     * The markers, as indices {@code z·w·h + y·w + x} in increasing order. {@code scratch} (slices of the levels'
     * size) holds the filtered maxima for a while and is all zeros again on return.
     */
    static int[] of(int[][] levels, int levelCount, int w, int h, Grid g, double minDistance, RunLabels components,
            int[][] scratch) {
        int d = levels.length;
        int rx = within(minDistance, g.sx(), w);
        int ry = within(minDistance, g.sy(), h);
        int rz = within(minDistance, g.sz(), d);
        maximum(levels, w, h, rx, ry, rz, scratch);
        long[][] perSlice = new long[d][];
        Parallel.forEach(d, z -> perSlice[z] = candidates(levels[z], scratch[z], z, w * h, levelCount));
        long[] order = Concat.of(perSlice, long[]::new);
        Arrays.parallelSort(order);
        Spacing spacing = new Spacing(w, h, d, closer(minDistance, g.sx(), w), closer(minDistance, g.sy(), h),
                closer(minDistance, g.sz(), d));
        List<Integer> accepted = new ArrayList<>();
        boolean[] marked = new boolean[components.components()];
        for (long key : order) {
            int index = (int) (key & Integer.MAX_VALUE);
            int c = component(components, index, w, h);
            if (spacing.accept(index, c)) {
                accepted.add(index);
                marked[c] = true;
            }
        }
        deepestOfUnmarked(levels, w, components, marked, accepted);
        return accepted.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** The largest number of voxels {@code k} with {@code k·s <= distance}, at most {@code n − 1}. */
    static int within(double distance, double s, int n) {
        if (distance / s >= n) {
            return n - 1;
        }
        int k = (int) Math.floor(distance / s);
        if ((k + 1) * s <= distance) {
            k++;
        }
        while (k > 0 && k * s > distance) {
            k--;
        }
        return Math.min(k, n - 1);
    }

    /** The largest number of voxels {@code k} with {@code k·s < distance} (0 when none), at most {@code n − 1}. */
    static int closer(double distance, double s, int n) {
        int k = within(distance, s, n);
        while (k > 0 && k * s >= distance) {
            k--;
        }
        return k;
    }

    /** The sliding-window maximum of the levels over the box, into {@code out}: along x, then y, then z. */
    private static void maximum(int[][] levels, int w, int h, int rx, int ry, int rz, int[][] out) {
        int d = levels.length;
        Parallel.forEach(d, z -> {
            int[] line = new int[Math.max(w, h)];
            int[] max = new int[line.length];
            int[] queue = new int[line.length];
            int[] in = levels[z];
            int[] o = out[z];
            // a line of background stays 0 (out starts all zeros): most lines of a sparse mask are skipped
            for (int y = 0; y < h; y++) {
                int any = 0;
                for (int x = 0; x < w; x++) {
                    any |= in[y * w + x];
                }
                if (any != 0) {
                    System.arraycopy(in, y * w, line, 0, w);
                    slidingMax(line, w, rx, max, queue);
                    System.arraycopy(max, 0, o, y * w, w);
                }
            }
            if (ry > 0) {
                for (int x = 0; x < w; x++) {
                    int any = 0;
                    for (int y = 0; y < h; y++) {
                        line[y] = o[y * w + x];
                        any |= line[y];
                    }
                    if (any == 0) {
                        continue;
                    }
                    slidingMax(line, h, ry, max, queue);
                    for (int y = 0; y < h; y++) {
                        o[y * w + x] = max[y];
                    }
                }
            }
        });
        if (rz > 0) {
            Parallel.forEach(h, y -> {
                int[] line = new int[d];
                int[] max = new int[d];
                int[] queue = new int[d];
                for (int i = y * w; i < (y + 1) * w; i++) {
                    int any = 0;
                    for (int z = 0; z < d; z++) {
                        line[z] = out[z][i];
                        any |= line[z];
                    }
                    if (any == 0) {
                        continue;
                    }
                    slidingMax(line, d, rz, max, queue);
                    for (int z = 0; z < d; z++) {
                        out[z][i] = max[z];
                    }
                }
            });
        }
    }

    /**
     * {@code max[i] = max(a[i − r .. i + r])} within {@code 0..n−1}, by a monotone queue of indices whose values
     * decrease (each index enters and leaves once).
     */
    static void slidingMax(int[] a, int n, int r, int[] max, int[] queue) {
        int head = 0;
        int tail = 0;
        int next = 0;
        for (int i = 0; i < n; i++) {
            int last = (int) Math.min(n - 1L, (long) i + r);
            for (; next <= last; next++) {
                int v = a[next];
                while (tail > head && a[queue[tail - 1]] <= v) {
                    tail--;
                }
                queue[tail++] = next;
            }
            while (queue[head] < i - r) {
                head++;
            }
            max[i] = a[queue[head]];
        }
    }

    /**
     * The peaks of slice z, each as {@code (levelCount − level) << 31 | index}, so that sorting puts the deepest
     * first and equal levels in scan order; clears the slice's maxima.
     */
    private static long[] candidates(int[] lev, int[] max, int z, int sliceSize, int levelCount) {
        long[] out = new long[16];
        int n = 0;
        long base = (long) z * sliceSize;
        for (int i = 0; i < lev.length; i++) {
            int v = lev[i];
            if (v > 0 && v == max[i]) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, 2 * n);
                }
                out[n++] = (long) (levelCount - v) << 31 | base + i;
            }
        }
        Arrays.fill(max, 0);
        return Arrays.copyOf(out, n);
    }

    /** The component of the foreground voxel {@code index}, by binary search among its row's runs. */
    private static int component(RunLabels components, int index, int w, int h) {
        int z = index / (w * h);
        int i = index - z * w * h;
        int y = i / w;
        int x = i - y * w;
        int[] runs = components.runs(z);
        int lo = components.rows(z)[y];
        int hi = components.rows(z)[y + 1] - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (runs[3 * mid] <= x) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return runs[3 * lo + 2];
    }

    /** Adds to {@code accepted} the deepest voxel (first in scan order) of every component not {@code marked}. */
    private static void deepestOfUnmarked(int[][] levels, int w, RunLabels components, boolean[] marked,
            List<Integer> accepted) {
        int unmarked = 0;
        for (boolean m : marked) {
            unmarked += m ? 0 : 1;
        }
        if (unmarked == 0) {
            return;
        }
        int[] best = new int[marked.length];
        int[] where = new int[marked.length];
        int sliceSize = levels[0].length;
        for (int z = 0; z < levels.length; z++) {
            int[] runs = components.runs(z);
            int[] rows = components.rows(z);
            int[] lev = levels[z];
            for (int y = 0; y + 1 < rows.length; y++) {
                for (int k = rows[y]; k < rows[y + 1]; k++) {
                    int c = runs[3 * k + 2];
                    if (marked[c]) {
                        continue;
                    }
                    for (int i = y * w + runs[3 * k]; i <= y * w + runs[3 * k + 1]; i++) {
                        if (lev[i] > best[c]) {
                            best[c] = lev[i];
                            where[c] = z * sliceSize + i;
                        }
                    }
                }
            }
        }
        for (int c = 0; c < marked.length; c++) {
            if (!marked[c]) {
                accepted.add(where[c]);
            }
        }
    }

    /**
     * The accepted peaks in cells of {@code (qx + 1) × (qy + 1) × (qz + 1)} voxels, hashed by cell: a peak closer
     * than the distance ({@code |dx| <= qx}, ...) to an accepted one lies in the same cell or a neighbouring one.
     */
    private static final class Spacing {
        private final int w;
        private final int sliceSize;
        private final int qx;
        private final int qy;
        private final int qz;
        private final long cellsX;
        private final long cellsY;
        private long[] keys = new long[1024];
        private int[] heads = new int[1024];
        private int cells;
        private int[] x = new int[64];
        private int[] y = new int[64];
        private int[] z = new int[64];
        private int[] component = new int[64];
        private int[] next = new int[64];
        private int n;

        Spacing(int w, int h, int d, int qx, int qy, int qz) {
            this.w = w;
            this.sliceSize = w * h;
            this.qx = qx;
            this.qy = qy;
            this.qz = qz;
            this.cellsX = w / (qx + 1) + 1;
            this.cellsY = h / (qy + 1) + 1;
            Arrays.fill(keys, -1);
        }

        /** Accepts the peak at {@code index} of component {@code c} unless an accepted one is too close. */
        boolean accept(int index, int c) {
            int pz = index / sliceSize;
            int i = index - pz * sliceSize;
            int py = i / w;
            int px = i - py * w;
            int cx = px / (qx + 1);
            int cy = py / (qy + 1);
            int cz = pz / (qz + 1);
            for (int kz = Math.max(0, cz - 1); kz <= cz + 1; kz++) {
                for (int ky = Math.max(0, cy - 1); ky <= cy + 1; ky++) {
                    for (int kx = Math.max(0, cx - 1); kx <= cx + 1; kx++) {
                        for (int m = head(key(kx, ky, kz)); m >= 0; m = next[m]) {
                            if (component[m] == c && Math.abs(x[m] - px) <= qx && Math.abs(y[m] - py) <= qy
                                    && Math.abs(z[m] - pz) <= qz) {
                                return false;
                            }
                        }
                    }
                }
            }
            add(px, py, pz, c, key(cx, cy, cz));
            return true;
        }

        private long key(int kx, int ky, int kz) {
            return (kz * cellsY + ky) * cellsX + kx;
        }

        private int slot(long key) {
            int m = keys.length - 1;
            int s = (int) (key * 0x9E3779B97F4A7C15L >>> 40) & m;
            while (keys[s] != -1 && keys[s] != key) {
                s = (s + 1) & m;
            }
            return s;
        }

        private int head(long key) {
            int s = slot(key);
            return keys[s] == key ? heads[s] : -1;
        }

        private void add(int px, int py, int pz, int c, long key) {
            if (n == x.length) {
                x = Arrays.copyOf(x, 2 * n);
                y = Arrays.copyOf(y, 2 * n);
                z = Arrays.copyOf(z, 2 * n);
                component = Arrays.copyOf(component, 2 * n);
                next = Arrays.copyOf(next, 2 * n);
            }
            x[n] = px;
            y[n] = py;
            z[n] = pz;
            component[n] = c;
            int s = slot(key);
            if (keys[s] == key) {
                next[n] = heads[s];
            } else {
                if (2 * (cells + 1) > keys.length) {
                    grow();
                    s = slot(key);
                }
                keys[s] = key;
                next[n] = -1;
                cells++;
            }
            heads[s] = n++;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldHeads = heads;
            keys = new long[2 * oldKeys.length];
            heads = new int[keys.length];
            Arrays.fill(keys, -1);
            for (int k = 0; k < oldKeys.length; k++) {
                if (oldKeys[k] != -1) {
                    int s = slot(oldKeys[k]);
                    keys[s] = oldKeys[k];
                    heads[s] = oldHeads[k];
                }
            }
        }
    }
}
