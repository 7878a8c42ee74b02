package io.github.stack3d.mesh;

import java.util.Arrays;

/**
 * The undirected edges of a triangle array, numbered in the order of their (smaller, larger) vertex pair, with the
 * number of triangles on each and whether two triangles on it traverse it in opposite directions (as in a
 * consistently oriented surface). Built as in {@link MeshTopology}: each triangle side goes into the bucket of
 * its smaller vertex, each bucket is sorted, and runs of equal pairs are one edge. Triangles whose first index is
 * {@code -1} are skipped.
 *
 * @param a        smaller vertex of each edge
 * @param b        larger vertex
 * @param faces    triangles on each edge
 * @param opposite for an edge in two triangles, true when they traverse it in opposite directions
 */
record EdgeTable(int[] a, int[] b, int[] faces, boolean[] opposite) {

    /**
     * The edges of {@code tri} over {@code n} vertices; {@code triEdge[3t + k]} receives the edge of the side from
     * corner {@code k} to corner {@code k + 1} of triangle {@code t}.
     */
    static EdgeTable of(int[] tri, int n, int[] triEdge) {
        int[] start = new int[n + 1];
        for (int i = 0; i < tri.length; i += 3) {
            if (tri[i] >= 0) {
                for (int k = 0; k < 3; k++) {
                    start[Math.min(tri[i + k], tri[i + (k + 1) % 3]) + 1]++;
                }
            }
        }
        for (int v = 0; v < n; v++) {
            start[v + 1] += start[v];
        }
        int[] fill = Arrays.copyOf(start, n);
        long[] entry = new long[start[n]]; // larger vertex << 32 | side slot
        for (int i = 0; i < tri.length; i += 3) {
            if (tri[i] >= 0) {
                for (int k = 0; k < 3; k++) {
                    int p = tri[i + k];
                    int q = tri[i + (k + 1) % 3];
                    entry[fill[Math.min(p, q)]++] = (long) Math.max(p, q) << 32 | (i + k);
                }
            }
        }
        int edges = 0;
        for (int v = 0; v < n; v++) {
            Arrays.sort(entry, start[v], start[v + 1]);
            for (int j = start[v]; j < start[v + 1]; j++) {
                if (j == start[v] || entry[j] >>> 32 != entry[j - 1] >>> 32) {
                    edges++;
                }
            }
        }
        int[] a = new int[edges];
        int[] b = new int[edges];
        int[] faces = new int[edges];
        boolean[] opposite = new boolean[edges];
        int e = -1;
        for (int v = 0; v < n; v++) {
            int forward = 0;
            for (int j = start[v]; j < start[v + 1]; j++) {
                int other = (int) (entry[j] >>> 32);
                int slot = (int) entry[j];
                if (j == start[v] || other != (int) (entry[j - 1] >>> 32)) {
                    e++;
                    a[e] = v;
                    b[e] = other;
                    forward = 0;
                }
                faces[e]++;
                forward += tri[slot] == v ? 1 : 0;
                opposite[e] = faces[e] == 2 && forward == 1;
                triEdge[slot] = e;
            }
        }
        return new EdgeTable(a, b, faces, opposite);
    }
}
