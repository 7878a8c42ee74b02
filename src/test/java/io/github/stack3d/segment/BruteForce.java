package io.github.stack3d.segment;

import io.github.stack3d.Mask;
import io.github.stack3d.TestMasks;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Test reference: connected components and hole filling by breadth-first flood fill over a boolean per voxel,
 * trying every neighbour offset; slow and obvious, to check the run-based code against.
 */
final class BruteForce {

    private BruteForce() {
    }

    /** Every voxel of a mask, {@code [z][y * width + x]}. */
    static boolean[][] voxels(Mask mask) {
        boolean[][] v = new boolean[mask.depth()][];
        for (int z = 0; z < mask.depth(); z++) {
            v[z] = TestMasks.booleans(mask, z);
        }
        return v;
    }

    /**
     * Labels of the voxels equal to {@code value}, {@code connectivity} 6, 18 or 26 ({@code planar}: neighbours
     * in the same slice only), numbered 1.. in the scan order of each component's first voxel.
     */
    static int[][] label(boolean[][] v, int w, int h, boolean value, int connectivity, boolean planar) {
        int d = v.length;
        int[][] label = new int[d][w * h];
        List<int[]> offsets = new ArrayList<>();
        for (int dz = planar ? 0 : -1; dz <= (planar ? 0 : 1); dz++) {
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int n = Math.abs(dx) + Math.abs(dy) + Math.abs(dz);
                    if (n > 0 && (connectivity == 26 || n <= (connectivity == 18 ? 2 : 1))) {
                        offsets.add(new int[] {dx, dy, dz});
                    }
                }
            }
        }
        int next = 0;
        ArrayDeque<int[]> queue = new ArrayDeque<>();
        for (int z = 0; z < d; z++) {
            for (int i = 0; i < w * h; i++) {
                if (v[z][i] != value || label[z][i] != 0) {
                    continue;
                }
                label[z][i] = ++next;
                queue.add(new int[] {i % w, i / w, z});
                while (!queue.isEmpty()) {
                    int[] p = queue.poll();
                    for (int[] o : offsets) {
                        int x = p[0] + o[0];
                        int y = p[1] + o[1];
                        int zz = p[2] + o[2];
                        if (x >= 0 && x < w && y >= 0 && y < h && zz >= 0 && zz < d && v[zz][y * w + x] == value
                                && label[zz][y * w + x] == 0) {
                            label[zz][y * w + x] = next;
                            queue.add(new int[] {x, y, zz});
                        }
                    }
                }
            }
        }
        return label;
    }

    /** Voxels per label 1..n of {@link #label}'s result, index 0 unused. */
    static long[] sizes(int[][] label) {
        int n = 0;
        for (int[] s : label) {
            for (int l : s) {
                n = Math.max(n, l);
            }
        }
        long[] sizes = new long[n + 1];
        for (int[] s : label) {
            for (int l : s) {
                sizes[l]++;
            }
        }
        return sizes;
    }

    /** The labels renumbered by decreasing size, equal sizes in their first voxel's scan order. */
    static int[][] bySize(int[][] label) {
        long[] sizes = sizes(label);
        Integer[] order = new Integer[sizes.length - 1];
        for (int i = 0; i < order.length; i++) {
            order[i] = i + 1;
        }
        Arrays.sort(order, (a, b) -> sizes[a] != sizes[b] ? Long.compare(sizes[b], sizes[a]) : a - b);
        int[] rank = new int[sizes.length];
        for (int i = 0; i < order.length; i++) {
            rank[order[i]] = i + 1;
        }
        int[][] out = new int[label.length][];
        for (int z = 0; z < label.length; z++) {
            out[z] = new int[label[z].length];
            for (int i = 0; i < out[z].length; i++) {
                out[z][i] = rank[label[z][i]];
            }
        }
        return out;
    }

    /** The foreground plus every background component (face-connected) that does not touch the border. */
    static boolean[][] fill(boolean[][] v, int w, int h, boolean planar) {
        int[][] label = label(v, w, h, false, 6, planar);
        boolean[] outside = new boolean[(int) sizes(label).length];
        int d = v.length;
        for (int z = 0; z < d; z++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    boolean border = x == 0 || y == 0 || x == w - 1 || y == h - 1 || !planar && (z == 0 || z == d - 1);
                    if (border) {
                        outside[label[z][y * w + x]] = true;
                    }
                }
            }
        }
        boolean[][] out = new boolean[d][w * h];
        for (int z = 0; z < d; z++) {
            for (int i = 0; i < w * h; i++) {
                out[z][i] = v[z][i] || !outside[label[z][i]];
            }
        }
        return out;
    }
}
