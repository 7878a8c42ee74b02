package io.github.stack3d.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.stack3d.Mesh;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeshTopologyTest {

    @Test
    void fanAroundOneVertexSortsItsLongBucket() {
        // a disc of n triangles (0, i, i + 1) around vertex 0, closed around: vertex 0's bucket holds 2n
        // directed edges (far beyond insertion sort). V = n + 1, E = 2n (n spokes, n rim edges), F = n: χ = 1
        int n = 100_000;
        int[] t = new int[3 * n];
        for (int i = 0; i < n; i++) {
            t[3 * i] = 0;
            t[3 * i + 1] = 1 + i;
            t[3 * i + 2] = 1 + (i + 1) % n;
        }
        Mesh fan = new Mesh(new float[3 * (n + 1)], t, "px");
        assertEquals(new MeshTopology.Counts(n + 1, 2 * n, n, 1, 0, 0, 1, 1), MeshTopology.of(fan));
    }

    @Test
    void randomTriangleSoupsMatchAPlainReference() {
        // Few vertices and many random triangles give every case at once: boundary, manifold, non-manifold and
        // inconsistent edges, collapsed triangles, unused vertices, several components and boundary loops. The
        // reference below counts them with maps and breadth-first search, one obvious step at a time.
        Random random = new Random(20240607);
        for (int round = 0; round < 300; round++) {
            int vertices = 3 + random.nextInt(30);
            int triangles = random.nextInt(40);
            int[] t = new int[3 * triangles];
            for (int i = 0; i < t.length; i++) {
                t[i] = random.nextInt(vertices);
            }
            Mesh mesh = new Mesh(new float[3 * vertices], t, "px");
            assertEquals(reference(vertices, t), MeshTopology.of(mesh), "round " + round);
        }
    }

    @Test
    void randomPiecesOfATorusMatchThePlainReference() {
        // a torus with random triangles removed: large manifold surfaces with many holes and pieces
        Random random = new Random(7);
        Mesh torus = TestMeshes.torus(3, 1, 40, 20);
        for (int round = 0; round < 20; round++) {
            int[] remove = random.ints(1 + random.nextInt(600), 0, torus.triangleCount()).distinct().toArray();
            Mesh holes = TestMeshes.without(torus, remove);
            assertEquals(reference(holes.vertexCount(), holes.triangles()), MeshTopology.of(holes),
                    "round " + round);
        }
    }

    private static MeshTopology.Counts reference(int vertices, int[] t) {
        Map<List<Integer>, int[]> sides = new HashMap<>(); // {min, max} -> {forward, backward}
        Set<Integer> referenced = new HashSet<>();
        Set<Integer> surface = new HashSet<>();
        List<List<Integer>> neighbours = new ArrayList<>();
        for (int i = 0; i < vertices; i++) {
            neighbours.add(new ArrayList<>());
        }
        int proper = 0;
        for (int i = 0; i < t.length; i += 3) {
            int[] c = {t[i], t[i + 1], t[i + 2]};
            referenced.add(c[0]);
            referenced.add(c[1]);
            referenced.add(c[2]);
            if (c[0] == c[1] || c[1] == c[2] || c[2] == c[0]) {
                continue;
            }
            proper++;
            for (int k = 0; k < 3; k++) {
                int from = c[k];
                int to = c[(k + 1) % 3];
                surface.add(from);
                neighbours.get(from).add(to);
                neighbours.get(to).add(from);
                sides.computeIfAbsent(List.of(Math.min(from, to), Math.max(from, to)), e -> new int[2])
                        [from < to ? 0 : 1]++;
            }
        }
        int boundary = 0;
        int nonManifold = 0;
        int inconsistent = 0;
        List<List<Integer>> rims = new ArrayList<>();
        for (int i = 0; i < vertices; i++) {
            rims.add(new ArrayList<>());
        }
        Set<Integer> onRim = new HashSet<>();
        for (Map.Entry<List<Integer>, int[]> e : sides.entrySet()) {
            int n = e.getValue()[0] + e.getValue()[1];
            if (n == 1) {
                boundary++;
                int a = e.getKey().get(0);
                int b = e.getKey().get(1);
                rims.get(a).add(b);
                rims.get(b).add(a);
                onRim.add(a);
                onRim.add(b);
            } else if (n > 2) {
                nonManifold++;
            } else if (e.getValue()[0] != 1) {
                inconsistent++;
            }
        }
        return new MeshTopology.Counts(referenced.size(), sides.size(), boundary, pieces(onRim, rims), nonManifold,
                inconsistent, pieces(surface, neighbours), surface.size() - sides.size() + proper);
    }

    /** Connected pieces of the graph restricted to {@code nodes}, by breadth-first search. */
    private static int pieces(Set<Integer> nodes, List<List<Integer>> neighbours) {
        Set<Integer> seen = new HashSet<>();
        int pieces = 0;
        for (int start : nodes) {
            if (!seen.add(start)) {
                continue;
            }
            pieces++;
            ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(start));
            while (!queue.isEmpty()) {
                for (int next : neighbours.get(queue.poll())) {
                    if (seen.add(next)) {
                        queue.add(next);
                    }
                }
            }
        }
        return pieces;
    }
}
