package io.github.stack3d.mesh;

import io.github.stack3d.Memory;
import io.github.stack3d.Mesh;
import io.github.stack3d.Checks;
import io.github.stack3d.Parallel;
import java.util.Arrays;

/**
 * The vertices joined to each vertex by an edge, in compressed rows: the neighbours of vertex {@code v} are
 * {@code index[start[v]] .. index[start[v + 1] − 1]}, sorted ascending, each once. Built from every triangle's
 * three edges in both directions by a counting sort into per-vertex buckets, each then sorted (in parallel) and
 * stripped of repeats, so the result does not depend on the order of the triangles or the number of threads.
 * Triangles with a repeated vertex index add no edge between the repeated vertex and itself.
 */
final class Neighbours {

    /** Vertices per parallel task. */
    static final int BLOCK = 1 << 13;

    final int[] start;
    final int[] index;

    private Neighbours(int[] start, int[] index) {
        this.start = start;
        this.index = index;
    }

    /** The neighbours of every vertex of {@code mesh}. */
    static Neighbours of(Mesh mesh) {
        int[] t = mesh.triangles();
        int n = mesh.vertexCount();
        Memory.require(8L * t.length + 8L * n, "the vertex neighbours of a mesh with "
                + Checks.count(t.length / 3) + " triangles");
        int[] count = new int[n + 1];
        for (int i = 0; i < t.length; i += 3) {
            for (int k = 0; k < 3; k++) {
                int a = t[i + k];
                int b = t[i + (k + 1) % 3];
                if (a != b) {
                    count[a + 1]++;
                    count[b + 1]++;
                }
            }
        }
        for (int v = 0; v < n; v++) {
            count[v + 1] += count[v];
        }
        int[] fill = Arrays.copyOf(count, n);
        int[] raw = new int[count[n]];
        for (int i = 0; i < t.length; i += 3) {
            for (int k = 0; k < 3; k++) {
                int a = t[i + k];
                int b = t[i + (k + 1) % 3];
                if (a != b) {
                    raw[fill[a]++] = b;
                    raw[fill[b]++] = a;
                }
            }
        }
        int[] kept = new int[n];
        Parallel.forEach((n + BLOCK - 1) / BLOCK, k -> {
            int end = Math.min(n, (k + 1) * BLOCK);
            for (int v = k * BLOCK; v < end; v++) {
                int from = count[v];
                int to = count[v + 1];
                Arrays.sort(raw, from, to);
                int w = from;
                for (int i = from; i < to; i++) {
                    if (i == from || raw[i] != raw[i - 1]) {
                        raw[w++] = raw[i];
                    }
                }
                kept[v] = w - from;
            }
        });
        int[] start = new int[n + 1];
        for (int v = 0; v < n; v++) {
            start[v + 1] = start[v] + kept[v];
        }
        int[] index = new int[start[n]];
        for (int v = 0; v < n; v++) {
            System.arraycopy(raw, count[v], index, start[v], kept[v]);
        }
        return new Neighbours(start, index);
    }
}
