package io.github.stack3d.mesh;

import java.util.Arrays;

/**
 * The input vertices each vertex of an {@link EdgeCollapse} stands for (itself and every vertex collapsed into
 * it), at their input places, and the largest distance from those of an edge's two vertices to the triangles
 * around the edge after its collapse: the memory of the input surface that Garland and Heckbert's quadrics, which
 * keep only sums of planes, lose. It is how far those input vertices would lie from the new fan, an upper bound of
 * their distance to the surface, which a vertex-sampled Hausdorff distance measures.
 *
 * <p>Each vertex's points lie together in one pool (coordinates and the point's nearest triangle at its last
 * measure), the one measured farthest first; a collapse copies {@code u}'s and {@code v}'s points to the pool's
 * end. Measuring the farthest ones first and each point's last nearest triangle first lets the others stop at the
 * first triangle nearer than the farthest so far; the result does not depend on that (it is the exact maximum
 * over the points of the minimum over the triangles).
 */
final class RemovedPoints {

    /** Doubles per gathered fan triangle: its three corners. */
    private static final int FAN = 9;
    private double[] xyz;
    private int[] nearest;
    private int end;
    private final int[] start;
    private final int[] count;
    private int found;
    private double[] fan = new double[FAN * 32];
    private int[] fanId = new int[32];
    private int fanSize;

    /** Every vertex stands for itself, at {@code pos} (copied). */
    RemovedPoints(double[] pos) {
        int n = pos.length / 3;
        xyz = Arrays.copyOf(pos, 2 * pos.length);
        nearest = new int[2 * n];
        Arrays.fill(nearest, -1);
        end = n;
        start = new int[n];
        count = new int[n];
        for (int i = 0; i < n; i++) {
            start[i] = i;
            count[i] = 1;
        }
    }

    /** How many input vertices {@code w} stands for. */
    int points(int w) {
        return count[w];
    }

    /**
     * {@code u} stands also for what {@code v} stood for; {@code farthest}: the point measured farthest, as
     * {@link #found} gave it, which goes first.
     */
    void merge(int u, int v, int farthest) {
        farthest = farthest < count[u] ? start[u] + farthest : start[v] + farthest - count[u];
        int need = count[u] + count[v];
        if (end + need > nearest.length) {
            int total = 0;
            for (int c : count) {
                total += c;
            }
            double[] freshXyz = new double[3 * Math.max(nearest.length, 2 * (total + need))];
            int[] freshNearest = new int[freshXyz.length / 3];
            int at = 0;
            for (int w = 0; w < count.length; w++) {
                if (w == u || w == v) {
                    continue; // copied just below
                }
                System.arraycopy(xyz, 3 * start[w], freshXyz, 3 * at, 3 * count[w]);
                System.arraycopy(nearest, start[w], freshNearest, at, count[w]);
                start[w] = at;
                at += count[w];
            }
            // u and v keep their old slots in the old arrays until copied
            double[] oldXyz = xyz;
            int[] oldNearest = nearest;
            xyz = freshXyz;
            nearest = freshNearest;
            end = at;
            append(oldXyz, oldNearest, u, v, farthest);
            return;
        }
        append(xyz, nearest, u, v, farthest);
    }

    /** Copies {@code farthest}, then the other points of {@code u} and {@code v}, from the arrays given to the end. */
    private void append(double[] fromXyz, int[] fromNearest, int u, int v, int farthest) {
        int at = end;
        copy(fromXyz, fromNearest, farthest, at++);
        for (int w = u; w >= 0; w = w == u ? v : -1) {
            for (int i = start[w], last = start[w] + count[w]; i < last; i++) {
                if (i != farthest) {
                    copy(fromXyz, fromNearest, i, at++);
                }
            }
        }
        start[u] = end;
        count[u] = at - end;
        count[v] = 0;
        end = at;
    }

    private void copy(double[] fromXyz, int[] fromNearest, int i, int to) {
        xyz[3 * to] = fromXyz[3 * i];
        xyz[3 * to + 1] = fromXyz[3 * i + 1];
        xyz[3 * to + 2] = fromXyz[3 * i + 2];
        nearest[to] = fromNearest[i];
    }

    /**
     * The point found farthest by the last {@link #farthest} call of {@code u}, {@code v}, as its place in
     * {@code u}'s points followed by {@code v}'s (valid until either changes; pool compaction keeps it).
     */
    int found(int u, int v) {
        return found < start[u] || found >= start[u] + count[u] ? count[u] + found - start[v] : found - start[u];
    }

    /**
     * The largest distance from an input vertex that {@code u} or {@code v} stands for to the triangles around
     * them without the edge {@code u–v}, with both moved to {@code p}.
     */
    double farthest(EdgeCollapse m, int u, int v, double px, double py, double pz) {
        gatherFan(m, u, v, px, py, pz);
        double most = -1;
        found = start[u];
        for (int pass = 0; pass < 2; pass++) {
            for (int w = u; w >= 0; w = w == u ? v : -1) {
                int first = start[w] + pass;
                int last = pass == 0 ? start[w] + 1 : start[w] + count[w];
                for (int i = first; i < last; i++) {
                    double near = distance(i, most);
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
     * Copies the triangles around {@code u} and {@code v} without the edge, with both moved to {@code p}, into
     * {@link #fan} (corners) and {@link #fanId}.
     */
    private void gatherFan(EdgeCollapse m, int u, int v, double px, double py, double pz) {
        int[] tri = m.tri;
        double[] pos = m.pos;
        fanSize = 0;
        for (int f = u; f >= 0; f = f == u ? v : -1) {
            for (int j = m.listStart(f), end = m.listEnd(f); j < end; j++) {
                int t = m.listed(j);
                int a = tri[3 * t];
                if (a < 0) {
                    continue;
                }
                int b = tri[3 * t + 1];
                int c = tri[3 * t + 2];
                int k = a == f ? 0 : b == f ? 1 : 2;
                int q = 3 * tri[3 * t + (k + 1) % 3];
                int r = 3 * tri[3 * t + (k + 2) % 3];
                if (q == 3 * u || q == 3 * v || r == 3 * u || r == 3 * v) {
                    continue;
                }
                if (fanSize == fanId.length) {
                    fanId = Arrays.copyOf(fanId, 2 * fanSize);
                    fan = Arrays.copyOf(fan, 2 * FAN * fanSize);
                }
                int o = FAN * fanSize;
                fan[o] = px;
                fan[o + 1] = py;
                fan[o + 2] = pz;
                fan[o + 3] = pos[q];
                fan[o + 4] = pos[q + 1];
                fan[o + 5] = pos[q + 2];
                fan[o + 6] = pos[r];
                fan[o + 7] = pos[r + 1];
                fan[o + 8] = pos[r + 2];
                fanId[fanSize++] = t;
            }
        }
    }

    /**
     * The squared distance from the point in pool slot {@code i} to the gathered fan, or any value {@code <= below} once it
     * is known to be no more than {@code below}; {@code -1} when the fan is empty.
     */
    private double distance(int i, double below) {
        double x = xyz[3 * i];
        double y = xyz[3 * i + 1];
        double z = xyz[3 * i + 2];
        int start = 0;
        for (int k = 0; k < fanSize; k++) {
            if (fanId[k] == nearest[i]) {
                start = k;
                break;
            }
        }
        double near = Double.POSITIVE_INFINITY;
        for (int n = 0; n < fanSize; n++) {
            int k = start + n < fanSize ? start + n : start + n - fanSize;
            int o = FAN * k;
            double d = PointTriangle.squaredDistance(fan[o], fan[o + 1], fan[o + 2], fan[o + 3], fan[o + 4],
                    fan[o + 5], fan[o + 6], fan[o + 7], fan[o + 8], x, y, z);
            if (d < near) {
                near = d;
                nearest[i] = fanId[k];
                if (near <= below) {
                    return near;
                }
            }
        }
        return near == Double.POSITIVE_INFINITY ? -1 : near;
    }
}
