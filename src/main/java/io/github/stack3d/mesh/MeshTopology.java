package io.github.stack3d.mesh;

import io.github.stack3d.Checks;
import io.github.stack3d.Memory;
import io.github.stack3d.Mesh;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Edge and component counts of a triangle mesh, on primitive arrays only.
 *
 * <p>Edges: every triangle {@code (a, b, c)} gives three directed edges {@code a→b, b→c, c→a}, each encoded
 * in one {@code long} as {@code min << 32 | max << 1 | direction} (vertex indices fit in 31 bits; the direction
 * is 0 when the edge runs from the smaller index to the larger, and in the lowest bit it keeps both directions of
 * an edge next to each other in sorted order). After
 * {@link Arrays#parallelSort(long[])} the directed edges of one undirected edge form a run; its length is the
 * number of triangles on the edge (1: boundary, 2: manifold, more: non-manifold) and, for a run of two, equal
 * directions mean the two triangles are inconsistently oriented (neighbours in a consistently oriented surface
 * traverse their shared edge in opposite directions).
 *
 * <p>Components: union-find on an {@code int} array of vertices (union by smaller index, path halving), joining
 * the vertices of every triangle, so triangles that share a vertex are in one component. The boundary loops are
 * the components of the graph of boundary edges, found the same way.
 *
 * <p>Triangles with a repeated vertex index (collapsed to a segment or point) have no proper edges: they are
 * left out of the edges, the components and the Euler characteristic.
 */
final class MeshTopology {

    private static final long DIRECTION = 1;
    private static final long COLLAPSED = -1;

    private MeshTopology() {
    }

    /**
     * Counts the edges and components of {@code mesh}.
     *
     * @throws IllegalStateException when the heap cannot hold the edge array (8 bytes per directed edge)
     */
    static Counts of(Mesh mesh) {
        Checks.requireNonNull(mesh, "mesh");
        int[] t = mesh.triangles();
        int triangles = t.length / 3;
        int vertices = mesh.vertexCount();
        Memory.require(8L * t.length + 6L * vertices,
                "the edge analysis of a mesh with " + Checks.count(triangles) + " triangles");
        long[] keys = new long[t.length];
        int blocks = (triangles + MeshMeasures.BLOCK - 1) / MeshMeasures.BLOCK;
        IntStream.range(0, blocks).parallel().forEach(k -> {
            int end = Math.min(triangles, (k + 1) * MeshMeasures.BLOCK);
            for (int i = k * MeshMeasures.BLOCK; i < end; i++) {
                int a = t[3 * i];
                int b = t[3 * i + 1];
                int c = t[3 * i + 2];
                boolean collapsed = a == b || b == c || c == a;
                keys[3 * i] = collapsed ? COLLAPSED : key(a, b);
                keys[3 * i + 1] = collapsed ? COLLAPSED : key(b, c);
                keys[3 * i + 2] = collapsed ? COLLAPSED : key(c, a);
            }
        });
        Arrays.parallelSort(keys);

        int first = 0;
        while (first < keys.length && keys[first] == COLLAPSED) {
            first++;
        }
        int edges = 0;
        int boundary = 0;
        int nonManifold = 0;
        int inconsistent = 0;
        int[] loops = null;
        for (int i = first; i < keys.length; ) {
            long edge = keys[i] >>> 1;
            int forward = 0;
            int j = i;
            while (j < keys.length && keys[j] >>> 1 == edge) {
                if ((keys[j] & DIRECTION) == 0) {
                    forward++;
                }
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
                union(loops, (int) (edge >>> 31), (int) (edge & 0x7fffffffL));
            } else if (sides > 2) {
                nonManifold++;
            } else if (forward != 1) {
                inconsistent++;
            }
            i = j;
        }

        int[] parent = new int[vertices];
        Arrays.fill(parent, -1);
        byte[] used = new byte[vertices]; // bit 0: in a collapsed triangle, bit 1: in a proper one
        int proper = 0;
        for (int i = 0; i < triangles; i++) {
            int a = t[3 * i];
            int b = t[3 * i + 1];
            int c = t[3 * i + 2];
            if (a == b || b == c || c == a) {
                used[a] |= 1;
                used[b] |= 1;
                used[c] |= 1;
            } else {
                used[a] |= 2;
                used[b] |= 2;
                used[c] |= 2;
                union(parent, a, b);
                union(parent, a, c);
                proper++;
            }
        }
        int referenced = 0;
        int surfaceVertices = 0;
        int components = 0;
        for (int i = 0; i < vertices; i++) {
            referenced += used[i] != 0 ? 1 : 0;
            surfaceVertices += used[i] >> 1;
            components += parent[i] == i ? 1 : 0;
        }
        int boundaryLoops = 0;
        for (int i = 0; loops != null && i < vertices; i++) {
            boundaryLoops += loops[i] == i ? 1 : 0;
        }
        return new Counts(referenced, edges, boundary, boundaryLoops, nonManifold, inconsistent, components,
                surfaceVertices - edges + proper);
    }

    /** The directed edge {@code from → to} as a sortable key; see the class comment. */
    static long key(int from, int to) {
        return from < to ? (long) from << 32 | (long) to << 1 : (long) to << 32 | (long) from << 1 | DIRECTION;
    }

    /** Joins the sets of {@code a} and {@code b}; {@code -1} marks a vertex not seen yet, a root is its own parent. */
    private static void union(int[] parent, int a, int b) {
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
