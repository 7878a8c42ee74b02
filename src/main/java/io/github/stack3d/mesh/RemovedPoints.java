package io.github.stack3d.mesh;

import java.util.Arrays;

/**
 * The input vertices each vertex of an {@link EdgeCollapse} stands for (itself and every vertex collapsed into
 * it), at their input places, and the largest distance from those of an edge's two vertices to the triangles
 * around the edge after its collapse: the memory of the input surface that Garland and Heckbert's quadrics, which
 * keep only sums of planes, lose. It is how far those input vertices would lie from the new fan, an upper bound of
 * their distance to the surface, which a vertex-sampled Hausdorff distance measures.
 *
 * <p>The lists are linked through {@link #next}; a collapse appends {@code v}'s list to {@code u}'s in constant
 * time. Each vertex remembers its farthest input vertex and each input vertex its nearest triangle at the last
 * measure; measuring those first lets the others stop at the first triangle nearer than the farthest so far, and
 * the result does not depend on them (it is the exact maximum over the points of the minimum over the triangles).
 */
final class RemovedPoints {

    private final double[] origin;
    private final int[] next;
    private final int[] tail;
    private final int[] worst;
    private final int[] nearest;
    private int found;

    /** Every vertex stands for itself, at {@code pos} (copied). */
    RemovedPoints(double[] pos) {
        int n = pos.length / 3;
        origin = pos.clone();
        next = new int[n];
        tail = new int[n];
        worst = new int[n];
        nearest = new int[n];
        Arrays.fill(next, -1);
        Arrays.fill(nearest, -1);
        for (int i = 0; i < n; i++) {
            tail[i] = i;
            worst[i] = i;
        }
    }

    /** {@code u} stands also for what {@code v} stood for; {@code farthest}: the input vertex measured farthest. */
    void merge(int u, int v, int farthest) {
        next[tail[u]] = v;
        tail[u] = tail[v];
        worst[u] = farthest;
    }

    /** The input vertex found farthest by the last {@link #farthest} call. */
    int found() {
        return found;
    }

    /**
     * The largest distance from an input vertex that {@code u} or {@code v} stands for to the triangles around
     * them without the edge {@code u–v}, with both moved to {@code p}.
     */
    double farthest(EdgeCollapse m, int u, int v, double px, double py, double pz) {
        double most = -1;
        found = worst[u];
        for (int pass = 0; pass < 2; pass++) {
            for (int w = u; w >= 0; w = w == u ? v : -1) {
                int first = pass == 0 ? worst[w] : w;
                for (int i = first; i >= 0; i = pass == 0 ? -1 : next[i]) {
                    if (pass == 1 && i == worst[w]) {
                        continue;
                    }
                    double near = distance(m, u, v, px, py, pz, i, most);
                    if (near > most) {
                        most = near;
                        found = i;
                    }
                }
            }
        }
        return Math.sqrt(Math.max(0, most));
    }

    /**
     * The squared distance from input vertex {@code i} to the new fan, or any value {@code <= below} once it is
     * known to be no more than {@code below}.
     */
    private double distance(EdgeCollapse m, int u, int v, double px, double py, double pz, int i, double below) {
        double x = origin[3 * i];
        double y = origin[3 * i + 1];
        double z = origin[3 * i + 2];
        int cached = nearest[i];
        double near = cached >= 0 ? toFan(m, cached, u, v, px, py, pz, x, y, z) : Double.POSITIVE_INFINITY;
        if (near <= below) {
            return near;
        }
        for (int f = u; f >= 0; f = f == u ? v : -1) {
            for (int j = m.listStart(f), end = m.listEnd(f); j < end; j++) {
                int t = m.listed(j);
                if (t == cached) {
                    continue;
                }
                double d = toFan(m, t, u, v, px, py, pz, x, y, z);
                if (d < near) {
                    near = d;
                    nearest[i] = t;
                    if (near <= below) {
                        return near;
                    }
                }
            }
        }
        return near == Double.POSITIVE_INFINITY ? -1 : near;
    }

    /**
     * The squared distance from {@code (x, y, z)} to triangle {@code t} with {@code u} or {@code v} moved to
     * {@code p}; infinite when {@code t} is removed, holds both or neither.
     */
    private static double toFan(EdgeCollapse m, int t, int u, int v, double px, double py, double pz, double x,
            double y, double z) {
        int[] tri = m.tri;
        double[] pos = m.pos;
        int a = tri[3 * t];
        if (a < 0) {
            return Double.POSITIVE_INFINITY;
        }
        int b = tri[3 * t + 1];
        int c = tri[3 * t + 2];
        int k = a == u || a == v ? 0 : b == u || b == v ? 1 : c == u || c == v ? 2 : -1;
        if (k < 0) {
            return Double.POSITIVE_INFINITY;
        }
        int q = tri[3 * t + (k + 1) % 3];
        int r = tri[3 * t + (k + 2) % 3];
        if (q == u || q == v || r == u || r == v) {
            return Double.POSITIVE_INFINITY;
        }
        return PointTriangle.squaredDistance(px, py, pz, pos[3 * q], pos[3 * q + 1], pos[3 * q + 2], pos[3 * r],
                pos[3 * r + 1], pos[3 * r + 2], x, y, z);
    }
}
