package io.github.stack3d.mesh;

import io.github.stack3d.Parallel;
import io.github.stack3d.Checks;
import io.github.stack3d.Memory;
import io.github.stack3d.Mesh;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Edge and component counts of a triangle mesh, on primitive arrays only.
 *
 * <p>Edges: every triangle {@code (a, b, c)} gives three directed edges {@code a→b, b→c, c→a}. A counting sort
 * puts each into the bucket of its smaller vertex, as one {@code int} {@code larger << 1 | direction} (direction
 * 0 when the edge runs from the smaller index to the larger; a mesh has fewer than 2^30 vertices, as its
 * coordinates fit in one Java array, so this stays positive). Sorting each small bucket (in parallel over
 * vertices) brings the directed edges of one undirected edge together: the length of such a run is the number of
 * triangles on the edge (1: boundary, 2: manifold, more: non-manifold) and, for a run of two, equal directions
 * mean the two triangles are inconsistently oriented (neighbours in a consistently oriented surface traverse
 * their shared edge in opposite directions). This takes time linear in the mesh size whatever the order of its
 * triangles, and 4 bytes per directed edge.
 *
 * <p>Components: union-find on an {@code int} array of vertices (union by smaller index, path halving), joining
 * the vertices of every triangle, so triangles that share a vertex are in one component. The boundary loops are
 * the components of the graph of boundary edges, found the same way.
 *
 * <p>Triangles with a repeated vertex index (collapsed to a segment or point) have no proper edges: they are
 * left out of the edges, the components and the Euler characteristic.
 */
final class MeshTopology {

    /** Vertices per parallel task when sorting buckets. */
    private static final int VERTEX_BLOCK = 1 << 14;
    /** Buckets up to this length are sorted by insertion (a closed mesh has about 6 entries per vertex). */
    private static final int INSERTION = 32;

    private MeshTopology() {
    }

    /**
     * Counts the edges and components of {@code mesh}.
     *
     * @throws IllegalStateException when the heap cannot hold the edge buckets (4 bytes per directed edge and 13
     *                               per vertex, 4 of them for the components)
     */
    static Counts of(Mesh mesh) {
        Checks.requireNonNull(mesh, "mesh");
        Memory.require(4L * mesh.vertexCount(), "the components of a mesh with " + Checks.count(mesh.vertexCount())
                + " vertices");
        return of(mesh, new int[mesh.vertexCount()]);
    }

    /**
     * As {@link #of(Mesh)}, joining the components in {@code parent} (one entry per vertex, overwritten): on return
     * it is their union-find array, each vertex's parent a smaller index or itself, {@code -1} for a vertex in no
     * proper triangle, which {@link MeshParts#of(Mesh, int[])} numbers instead of joining the vertices again.
     */
    static Counts of(Mesh mesh, int[] parent) {
        int[] t = mesh.triangles();
        int triangles = t.length / 3;
        int vertices = mesh.vertexCount();
        Memory.require(4L * t.length + 9L * vertices,
                "the edge analysis of a mesh with " + Checks.count(triangles) + " triangles");

        // one pass over the triangles: vertex use, components, and the size of each vertex's bucket
        Arrays.fill(parent, -1);
        byte[] used = new byte[vertices]; // bit 0: in a collapsed triangle, bit 1: in a proper one
        int[] start = new int[vertices + 1];
        int proper = 0;
        for (int i = 0; i < t.length; i += 3) {
            int a = t[i];
            int b = t[i + 1];
            int c = t[i + 2];
            if (a == b || b == c || c == a) {
                used[a] |= 1;
                used[b] |= 1;
                used[c] |= 1;
                continue;
            }
            used[a] |= 2;
            used[b] |= 2;
            used[c] |= 2;
            union(parent, a, b);
            union(parent, a, c);
            start[Math.min(a, b) + 1]++;
            start[Math.min(b, c) + 1]++;
            start[Math.min(c, a) + 1]++;
            proper++;
        }
        for (int v = 0; v < vertices; v++) {
            start[v + 1] += start[v];
        }
        // fill the buckets; afterwards start[v] is where bucket v ends, start[v - 1] where it begins
        int[] bucket = new int[3 * proper];
        for (int i = 0; i < t.length; i += 3) {
            int a = t[i];
            int b = t[i + 1];
            int c = t[i + 2];
            if (a != b && b != c && c != a) {
                put(bucket, start, a, b);
                put(bucket, start, b, c);
                put(bucket, start, c, a);
            }
        }
        Parallel.forEach((vertices + VERTEX_BLOCK - 1) / VERTEX_BLOCK, k -> {
            int end = Math.min(vertices, (k + 1) * VERTEX_BLOCK);
            for (int v = k * VERTEX_BLOCK; v < end; v++) {
                sort(bucket, v == 0 ? 0 : start[v - 1], start[v]);
            }
        });

        int edges = 0;
        int boundary = 0;
        int nonManifold = 0;
        int inconsistent = 0;
        int[] loops = null;
        for (int v = 0; v < vertices; v++) {
            int end = start[v];
            for (int i = v == 0 ? 0 : start[v - 1]; i < end; ) {
                int other = bucket[i] >>> 1;
                int forward = 0;
                int j = i;
                while (j < end && bucket[j] >>> 1 == other) {
                    forward += 1 - (bucket[j] & 1);
                    j++;
                }
                int sides = j - i;
                edges++;
                if (sides == 1) {
                    boundary++;
                    if (loops == null) {
                        loops = new int[vertices];
                        Arrays.fill(loops, -1);
                    }
                    union(loops, v, other);
                } else if (sides > 2) {
                    nonManifold++;
                } else if (forward != 1) {
                    inconsistent++;
                }
                i = j;
            }
        }

        int referenced = 0;
        int surfaceVertices = 0;
        int components = 0;
        int boundaryLoops = 0;
        for (int v = 0; v < vertices; v++) {
            referenced += used[v] != 0 ? 1 : 0;
            surfaceVertices += used[v] >> 1;
            components += parent[v] == v ? 1 : 0;
            boundaryLoops += loops != null && loops[v] == v ? 1 : 0;
        }
        return new Counts(referenced, edges, boundary, boundaryLoops, nonManifold, inconsistent, components,
                surfaceVertices - edges + proper);
    }

    /** Puts the directed edge {@code from → to} into the bucket of its smaller vertex. */
    private static void put(int[] bucket, int[] start, int from, int to) {
        if (from < to) {
            bucket[start[from]++] = to << 1;
        } else {
            bucket[start[to]++] = from << 1 | 1;
        }
    }

    private static void sort(int[] a, int from, int to) {
        if (to - from > INSERTION) {
            Arrays.sort(a, from, to);
            return;
        }
        for (int i = from + 1; i < to; i++) {
            int x = a[i];
            int j = i - 1;
            while (j >= from && a[j] > x) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    /** Joins the sets of {@code a} and {@code b}; {@code -1} marks a vertex not seen yet, a root is its own parent. */
    static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra < rb) {
            parent[rb] = ra;
        } else if (rb < ra) {
            parent[ra] = rb;
        }
    }

    private static int find(int[] parent, int x) {
        if (parent[x] < 0) {
            parent[x] = x;
            return x;
        }
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /**
     * What {@link #of} counts. {@code eulerCharacteristic} is {@code V − E + F} with the vertices and triangles of
     * the triangles that are not collapsed.
     */
    record Counts(int referencedVertices, int edges, int boundaryEdges, int boundaryLoops, int nonManifoldEdges,
            int inconsistentEdges, int components, int eulerCharacteristic) {
    }
}
