package io.github.stack3d.extract;

import io.github.stack3d.Mesh;

import java.util.Arrays;

/**
 * A plain reference check of a mesh for the extraction tests: directed-edge counts tell whether every edge is
 * used exactly twice, in opposite directions (closed, manifold, consistently oriented); area and signed volume
 * are summed in double.
 */
final class MeshCheck {

    final int vertices;
    final int triangles;
    final long edges;
    final long badEdges;
    final long degenerate;
    final int components;
    final double area;
    final double volume;

    MeshCheck(Mesh mesh) {
        int[] t = mesh.triangles();
        float[] v = mesh.vertices();
        triangles = t.length / 3;
        long[] directed = new long[t.length];
        for (int f = 0; f < triangles; f++) {
            for (int e = 0; e < 3; e++) {
                int a = t[3 * f + e];
                int b = t[3 * f + (e + 1) % 3];
                directed[3 * f + e] = (long) a << 32 | b;
            }
        }
        Arrays.sort(directed);
        long bad = 0;
        for (int i = 0; i < directed.length; i++) {
            if (i > 0 && directed[i] == directed[i - 1]) {
                bad++;
            }
            long reverse = (directed[i] & 0xFFFFFFFFL) << 32 | directed[i] >>> 32;
            if (Arrays.binarySearch(directed, reverse) < 0) {
                bad++;
            }
        }
        badEdges = bad;
        edges = directed.length / 2;
        int[] parent = new int[v.length / 3];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        boolean[] used = new boolean[parent.length];
        double a = 0;
        double vol = 0;
        long zero = 0;
        for (int f = 0; f < triangles; f++) {
            int i0 = t[3 * f];
            int i1 = t[3 * f + 1];
            int i2 = t[3 * f + 2];
            used[i0] = used[i1] = used[i2] = true;
            union(parent, i0, i1);
            union(parent, i0, i2);
            double[] p = point(v, i0);
            double[] q = point(v, i1);
            double[] r = point(v, i2);
            double[] u = {q[0] - p[0], q[1] - p[1], q[2] - p[2]};
            double[] w = {r[0] - p[0], r[1] - p[1], r[2] - p[2]};
            double cx = u[1] * w[2] - u[2] * w[1];
            double cy = u[2] * w[0] - u[0] * w[2];
            double cz = u[0] * w[1] - u[1] * w[0];
            double twice = Math.sqrt(cx * cx + cy * cy + cz * cz);
            if (twice == 0) {
                zero++;
            }
            a += twice / 2;
            vol += (p[0] * (q[1] * r[2] - q[2] * r[1]) - p[1] * (q[0] * r[2] - q[2] * r[0])
                    + p[2] * (q[0] * r[1] - q[1] * r[0])) / 6;
        }
        int roots = 0;
        int n = 0;
        for (int i = 0; i < parent.length; i++) {
            if (used[i]) {
                n++;
                if (find(parent, i) == i) {
                    roots++;
                }
            }
        }
        vertices = n;
        components = roots;
        area = a;
        volume = vol;
        degenerate = zero;
    }

    /** V − E + F. */
    long euler() {
        return vertices - edges + triangles;
    }

    private static double[] point(float[] v, int i) {
        return new double[] {v[3 * i], v[3 * i + 1], v[3 * i + 2]};
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
