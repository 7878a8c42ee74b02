package io.github.stack3d.mesh;

import io.github.stack3d.Checks;
import io.github.stack3d.Mesh;

/**
 * Per-vertex normals from the triangles: at each vertex the sum of the cross products
 * {@code (b − a) × (c − a)} of the triangles around it (so each triangle counts by its area), normalized; a
 * vertex of no triangle, or whose triangles cancel out, gets {@code (0, 0, 0)}. Used after an operation moves
 * the vertices (marching cubes' gradient normals no longer fit them) and for formats that need normals.
 */
public final class MeshNormals {

    private MeshNormals() {
    }

    /**
     * The mesh with area-weighted vertex normals in place of any it had (vertices, triangles and colours shared).
     *
     * @param mesh any mesh
     * @return the mesh with normals
     * @throws IllegalArgumentException when {@code mesh} is null
     */
    public static Mesh recomputed(Mesh mesh) {
        Checks.requireNonNull(mesh, "mesh");
        return new Mesh(mesh.vertices(), mesh.triangles(), of(mesh.vertices(), mesh.triangles()),
                mesh.hasColors() ? mesh.colors() : null, mesh.unit());
    }

    /**
     * The mesh as it is when it has normals, else {@link #recomputed}.
     *
     * @param mesh any mesh
     * @return a mesh with normals
     * @throws IllegalArgumentException when {@code mesh} is null
     */
    public static Mesh ensured(Mesh mesh) {
        return Checks.requireNonNull(mesh, "mesh").hasNormals() ? mesh : recomputed(mesh);
    }

    /** Area-weighted unit normals of vertices {@code v} (3 per vertex) for triangles {@code t}. */
    static float[] of(float[] v, int[] t) {
        double[] sum = new double[v.length];
        for (int i = 0; i < t.length; i += 3) {
            int a = 3 * t[i];
            int b = 3 * t[i + 1];
            int c = 3 * t[i + 2];
            double ux = (double) v[b] - v[a];
            double uy = (double) v[b + 1] - v[a + 1];
            double uz = (double) v[b + 2] - v[a + 2];
            double wx = (double) v[c] - v[a];
            double wy = (double) v[c + 1] - v[a + 1];
            double wz = (double) v[c + 2] - v[a + 2];
            double nx = uy * wz - uz * wy;
            double ny = uz * wx - ux * wz;
            double nz = ux * wy - uy * wx;
            for (int corner : new int[] {a, b, c}) {
                sum[corner] += nx;
                sum[corner + 1] += ny;
                sum[corner + 2] += nz;
            }
        }
        float[] n = new float[v.length];
        for (int i = 0; i < n.length; i += 3) {
            double length = Math.sqrt(sum[i] * sum[i] + sum[i + 1] * sum[i + 1] + sum[i + 2] * sum[i + 2]);
            if (length > 0) {
                n[i] = (float) (sum[i] / length);
                n[i + 1] = (float) (sum[i + 1] / length);
                n[i + 2] = (float) (sum[i + 2] / length);
            }
        }
        return n;
    }
}
