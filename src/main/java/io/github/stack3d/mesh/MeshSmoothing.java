package io.github.stack3d.mesh;

import io.github.stack3d.Checks;
import io.github.stack3d.Mesh;
import io.github.stack3d.Parallel;

/**
 * Taubin's λ|μ smoothing (G. Taubin, "A signal processing approach to fair surface design", SIGGRAPH 1995): each
 * iteration moves every vertex by {@code λ·L} then by {@code μ·L}, where {@code L} is the umbrella operator (the
 * mean of the vertex's edge neighbours minus the vertex). The positive step smooths and shrinks, the negative one
 * grows the surface back, so low frequencies (the shape) pass and high ones (marching cubes' terraces and noise)
 * are damped without the shrinkage of plain Laplacian smoothing. {@link #LAMBDA} = 0.5 and {@link #MU} = −0.53 give
 * the pass-band frequency {@code k = 1/λ + 1/μ ≈ 0.11}, just above the 0.01..0.1 Taubin suggests: strong
 * damping of one-voxel steps, little change to features many voxels wide (on MorphoLibJ's ellipsoid masks 20
 * iterations change the enclosed volume by 0.07..0.24 %).
 *
 * <p>The constrained variants keep every vertex within a bound of its position in the input after each step (the
 * position is clamped back onto the bound; the float output meets it to float rounding), so a smoothed mask
 * surface stays a faithful boundary of the mask:
 * either inside the axis-aligned box of half-widths {@code (hx, hy, hz)} around the input position (half a
 * voxel per axis, in physical units, for an anisotropic grid), or within a Euclidean distance.
 *
 * <p>Every step reads the previous positions and writes new ones (two buffers), in parallel over blocks of
 * vertices, so the result does not depend on the number of threads. Triangles, vertex count and colours are kept;
 * normals, when the input had them, are recomputed from the moved vertices ({@link MeshNormals}).
 */
public final class MeshSmoothing {

    /** The shrinking step. */
    public static final double LAMBDA = 0.5;
    /** The inflating step; {@code |μ| > λ}. */
    public static final double MU = -0.53;

    private MeshSmoothing() {
    }

    /**
     * Taubin smoothing without a bound.
     *
     * @param mesh       any mesh
     * @param iterations λ|μ pairs, {@code >= 0} (0 returns the mesh as it is)
     * @return the smoothed mesh
     * @throws IllegalArgumentException when {@code mesh} is null or {@code iterations} is negative
     */
    public static Mesh taubin(Mesh mesh, int iterations) {
        return run(mesh, iterations, null, Double.POSITIVE_INFINITY);
    }

    /**
     * Taubin smoothing that keeps every vertex within {@code maxDistance} (Euclidean) of its input position.
     *
     * @param mesh        any mesh
     * @param iterations  λ|μ pairs, {@code >= 0}
     * @param maxDistance the bound, in the mesh's unit, finite and {@code >= 0}
     * @return the smoothed mesh
     * @throws IllegalArgumentException when {@code mesh} is null or a number is out of range
     */
    public static Mesh within(Mesh mesh, int iterations, double maxDistance) {
        if (!(maxDistance >= 0) || Double.isInfinite(maxDistance)) {
            throw new IllegalArgumentException("maxDistance is " + maxDistance + "; expected a finite number >= 0");
        }
        return run(mesh, iterations, null, maxDistance);
    }

    /**
     * Taubin smoothing that keeps every vertex inside the box {@code [x − hx, x + hx] × [y − hy, y + hy] × [z − hz,
     * z + hz]} around its input position {@code (x, y, z)}.
     *
     * @param mesh       any mesh
     * @param iterations λ|μ pairs, {@code >= 0}
     * @param hx         half-width along x, in the mesh's unit, finite and {@code >= 0}
     * @param hy         half-width along y
     * @param hz         half-width along z
     * @return the smoothed mesh
     * @throws IllegalArgumentException when {@code mesh} is null or a number is out of range
     */
    public static Mesh withinBox(Mesh mesh, int iterations, double hx, double hy, double hz) {
        double[] box = {hx, hy, hz};
        String[] names = {"hx", "hy", "hz"};
        for (int k = 0; k < 3; k++) {
            if (!(box[k] >= 0) || Double.isInfinite(box[k])) {
                throw new IllegalArgumentException(names[k] + " is " + box[k] + "; expected a finite number >= 0");
            }
        }
        return run(mesh, iterations, box, Double.POSITIVE_INFINITY);
    }

    private static Mesh run(Mesh mesh, int iterations, double[] box, double radius) {
        Checks.requireNonNull(mesh, "mesh");
        if (iterations < 0) {
            throw new IllegalArgumentException("iterations is " + iterations + "; expected 0 or more");
        }
        if (iterations == 0) {
            return mesh;
        }
        float[] input = mesh.vertices();
        int n = mesh.vertexCount();
        Neighbours ring = Neighbours.of(mesh);
        double[] a = new double[input.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = input[i];
        }
        double[] b = new double[input.length];
        for (int step = 0; step < 2 * iterations; step++) {
            double factor = step % 2 == 0 ? LAMBDA : MU;
            double[] from = a;
            double[] to = b;
            Parallel.forEach((n + Neighbours.BLOCK - 1) / Neighbours.BLOCK, k -> {
                int end = Math.min(n, (k + 1) * Neighbours.BLOCK);
                for (int v = k * Neighbours.BLOCK; v < end; v++) {
                    move(v, from, to, ring, factor, input, box, radius);
                }
            });
            a = to;
            b = from;
        }
        float[] out = new float[a.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) a[i];
        }
        int[] t = mesh.triangles();
        return new Mesh(out, t, mesh.hasNormals() ? MeshNormals.of(out, t) : null,
                mesh.hasColors() ? mesh.colors() : null, mesh.unit());
    }

    /** One step for vertex {@code v}: {@code to = from + factor·L(from)}, then clamped to the bound. */
    private static void move(int v, double[] from, double[] to, Neighbours ring, double factor, float[] input,
            double[] box, double radius) {
        int s = ring.start[v];
        int e = ring.start[v + 1];
        int i = 3 * v;
        if (s == e) {
            to[i] = from[i];
            to[i + 1] = from[i + 1];
            to[i + 2] = from[i + 2];
            return;
        }
        double mx = 0;
        double my = 0;
        double mz = 0;
        for (int j = s; j < e; j++) {
            int w = 3 * ring.index[j];
            mx += from[w];
            my += from[w + 1];
            mz += from[w + 2];
        }
        int count = e - s;
        double x = from[i] + factor * (mx / count - from[i]);
        double y = from[i + 1] + factor * (my / count - from[i + 1]);
        double z = from[i + 2] + factor * (mz / count - from[i + 2]);
        if (box != null) {
            x = clamp(x, input[i], box[0]);
            y = clamp(y, input[i + 1], box[1]);
            z = clamp(z, input[i + 2], box[2]);
        } else if (radius < Double.POSITIVE_INFINITY) {
            double dx = x - input[i];
            double dy = y - input[i + 1];
            double dz = z - input[i + 2];
            double d = Math.sqrt(dx * dx + dy * dy + dz * dz);
            if (d > radius) {
                double f = radius / d;
                x = input[i] + dx * f;
                y = input[i + 1] + dy * f;
                z = input[i + 2] + dz * f;
            }
        }
        to[i] = x;
        to[i + 1] = y;
        to[i + 2] = z;
    }

    private static double clamp(double value, double centre, double half) {
        return Math.max(centre - half, Math.min(centre + half, value));
    }
}
