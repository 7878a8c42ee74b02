package io.github.stack3d.mesh;

import io.github.stack3d.Checks;
import io.github.stack3d.Mesh;
import io.github.stack3d.Parallel;

/**
 * The Hausdorff distance between two triangle meshes, sampled at their vertices: the largest distance from a
 * vertex of either mesh to the nearest point of the other mesh's triangles (point to triangle exactly, through a
 * {@link TriangleGrid}), {@code max(max_{p ∈ V(a)} d(p, S(b)), max_{q ∈ V(b)} d(q, S(a)))}.
 *
 * <p>This is a lower bound of the exact Hausdorff distance between the two surfaces, which may be reached inside
 * a triangle rather than at a vertex. When one mesh is much finer than the other, as the input of a decimation
 * is compared with its result, the fine mesh's vertices sample the space between the surfaces densely, so the
 * distance from the fine mesh to the coarse one, which is usually the larger side, is measured nearly exactly.
 *
 * <p>The vertices are measured in parallel blocks; the maximum does not depend on their order, so the result is
 * the same for any number of threads.
 */
public final class HausdorffDistance {

    /** Vertices per parallel task. */
    private static final int BLOCK = 1 << 12;

    private HausdorffDistance() {
    }

    /**
     * The symmetric Hausdorff distance between {@code a} and {@code b}, sampled at their vertices.
     *
     * @param a a mesh with at least one triangle
     * @param b a mesh with at least one triangle, in the same unit
     * @return the distance, in the meshes' unit, {@code >= 0}
     * @throws IllegalArgumentException when a mesh is null or has no triangles, or the units differ
     */
    public static double between(Mesh a, Mesh b) {
        require(a, "a");
        require(b, "b");
        if (!a.unit().equals(b.unit())) {
            throw new IllegalArgumentException("mesh a is in " + a.unit() + " and mesh b in " + b.unit()
                    + "; expected the same unit");
        }
        return Math.max(fromVertices(a, new TriangleGrid(b)), fromVertices(b, new TriangleGrid(a)));
    }

    /**
     * The largest distance from a vertex of {@code from} to the surface of {@code to}: one side of the Hausdorff
     * distance.
     *
     * @param from any mesh with at least one triangle
     * @param to   a mesh with at least one triangle, in the same unit
     * @return the distance, in the meshes' unit
     * @throws IllegalArgumentException when a mesh is null or has no triangles
     */
    public static double oneSided(Mesh from, Mesh to) {
        require(from, "from");
        require(to, "to");
        return fromVertices(from, new TriangleGrid(to));
    }

    private static double fromVertices(Mesh from, TriangleGrid to) {
        float[] v = from.vertices();
        int n = from.vertexCount();
        int blocks = (n + BLOCK - 1) / BLOCK;
        double[] most = new double[blocks];
        Parallel.forEach(blocks, k -> {
            double m = 0;
            int end = Math.min(n, (k + 1) * BLOCK);
            for (int i = k * BLOCK; i < end; i++) {
                m = Math.max(m, to.distance(v[3 * i], v[3 * i + 1], v[3 * i + 2]));
            }
            most[k] = m;
        });
        double m = 0;
        for (double d : most) {
            m = Math.max(m, d);
        }
        return m;
    }

    private static void require(Mesh mesh, String name) {
        Checks.requireNonNull(mesh, name);
        if (mesh.triangleCount() == 0) {
            throw new IllegalArgumentException("mesh " + name + " has no triangles; expected at least one");
        }
    }
}
