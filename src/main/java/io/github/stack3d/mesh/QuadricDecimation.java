package io.github.stack3d.mesh;

import io.github.stack3d.Checks;
import io.github.stack3d.Mesh;

/**
 * Mesh simplification by edge collapses in the order of Garland and Heckbert's quadric error ("Surface
 * simplification using quadric error metrics", SIGGRAPH 1997).
 *
 * <p>Each vertex starts with the quadric of the planes of its triangles, weighted by their areas; a vertex on
 * the boundary of an open mesh also gets, for each boundary edge, a heavily weighted plane through the edge
 * perpendicular to its triangle, so the boundary keeps its place. An edge's cost is the summed quadric of its
 * two vertices at the edge's place (the quadric's minimum, or the best of the endpoints, the midpoint and the
 * minimum along the edge when the 3×3 system is singular), plus {@link EdgeCollapse#AREA_WEIGHT} times the
 * squared change of the area of the triangles around the edge, plus {@link EdgeCollapse#MEMORY_WEIGHT} times
 * the squared largest distance from the input vertices the two vertices stand for to the triangles after the
 * collapse, times the edges' quadric area (all in unit⁴; this last term is measured only when the edge comes
 * first in the heap and its vertices stand for more than {@link EdgeCollapse#FEW} input vertices, and the edge
 * goes back in with it added); {@link #withinError} bounds
 * instead each vertex's accumulated deviation (see there). The cheapest edge collapses first (of equal costs the
 * one with the smaller index, edges numbered by their vertex pair), unless the collapse would make the surface
 * non-manifold, turn a triangle over or make a degenerate one
 * ({@link EdgeCollapse} lists the rules); the costs of the edges around the new vertex are then updated. A
 * closed manifold mesh stays closed and manifold, with its genus.
 *
 * <p>The collapses run on one thread, in an order that depends only on the mesh; the quadrics and first costs
 * are computed in parallel, each from a fixed sequence of terms, so the result is the same for any number of
 * threads. Time about {@code O(n log n)}; memory about 250 bytes per triangle (from the sizes of the working arrays).
 */
public final class QuadricDecimation {

    private QuadricDecimation() {
    }

    /**
     * Collapses edges until at most {@code targetTriangles} triangles remain, or no collapse is allowed.
     *
     * @param mesh            any mesh (triangles with a repeated vertex index are dropped)
     * @param targetTriangles the triangles to keep, {@code 0 .. mesh.triangleCount()}
     * @return the simplified mesh (normals recomputed when the input had them, colours of the kept vertices)
     * @throws IllegalArgumentException when {@code mesh} is null or {@code targetTriangles} is out of range
     */
    public static Mesh toTriangles(Mesh mesh, int targetTriangles) {
        Checks.requireNonNull(mesh, "mesh");
        Checks.requireInRange(targetTriangles, 0, mesh.triangleCount(), "targetTriangles");
        EdgeCollapse state = new EdgeCollapse(mesh, false);
        state.collapseWhile(targetTriangles, Double.POSITIVE_INFINITY);
        return state.toMesh(mesh);
    }

    /**
     * Collapses edges, cheapest first, while the surface stays within about {@code maxError} of the input: each
     * vertex carries a bound on how far its neighbourhood has moved (the larger bound of the two merged vertices
     * plus the largest distance from the new place to the planes of the triangles around them), and no collapse
     * may raise it above {@code maxError}. The Hausdorff distance to the input stays near {@code maxError}
     * (on a sphere of radius 20 px, at most 1.5 × {@code maxError} for 0.01 to 0.2 px).
     *
     * @param mesh     any mesh
     * @param maxError the largest deviation, in the mesh's unit, finite and {@code >= 0}
     * @return the simplified mesh
     * @throws IllegalArgumentException when {@code mesh} is null or {@code maxError} is negative, NaN or infinite
     */
    public static Mesh withinError(Mesh mesh, double maxError) {
        Checks.requireNonNull(mesh, "mesh");
        if (!(maxError >= 0) || Double.isInfinite(maxError)) {
            throw new IllegalArgumentException("maxError is " + maxError + "; expected a finite number >= 0");
        }
        EdgeCollapse state = new EdgeCollapse(mesh, true);
        state.collapseWhile(0, maxError);
        return state.toMesh(mesh);
    }
}
