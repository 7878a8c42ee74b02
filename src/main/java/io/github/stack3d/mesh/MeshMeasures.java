package io.github.stack3d.mesh;

import io.github.stack3d.Parallel;
import io.github.stack3d.Checks;
import io.github.stack3d.Mesh;
import java.util.stream.IntStream;

/**
 * Surface area and enclosed volume of a triangle mesh, in the units of its coordinates (a mesh from a stack with
 * spacing in µm gives µm² and µm³).
 *
 * <p>Both run over blocks of triangles in parallel (common pool) and add the blocks' partial sums in block order,
 * in double precision, so a result does not depend on the number of threads.
 */
public final class MeshMeasures {

    /** Triangles per block of the parallel sums. */
    static final int BLOCK = 1 << 14;

    private MeshMeasures() {
    }

    /**
     * The total area of the triangles, in unit² of the mesh's coordinates: the sum of
     * {@code |(b − a) × (c − a)| / 2} over the triangles, whatever their orientation.
     *
     * @param mesh any mesh; an empty mesh has area 0
     * @return the area, {@code >= 0}
     * @throws IllegalArgumentException when {@code mesh} is null
     */
    public static double surfaceArea(Mesh mesh) {
        return sums(mesh).area();
    }

    /**
     * The volume enclosed by the mesh, in unit³ of its coordinates, by the divergence theorem: the sum over the
     * triangles of {@code det(a − p, b − p, c − p) / 6}, the signed volume of the tetrahedron each triangle makes
     * with a reference point {@code p}, the centre of the mesh's bounding box (a point near the mesh keeps the
     * determinants small, so a mesh far from the origin loses no precision).
     *
     * <p>Positive when the triangles are counter-clockwise seen from outside (normals out, as stack3d makes
     * them), negative when every triangle faces inwards. Meaningful for a closed mesh (see
     * {@link MeshReport#watertight()}), where it does not depend on {@code p}; for a mesh with holes it is the
     * volume of the cone from {@code p} over the surface and has no physical meaning.
     *
     * @param mesh any mesh; an empty mesh encloses 0
     * @return the signed volume
     * @throws IllegalArgumentException when {@code mesh} is null
     */
    public static double enclosedVolume(Mesh mesh) {
        return sums(mesh).volume();
    }

    /**
     * Area, signed volume and the number of degenerate triangles (a repeated vertex index, or a cross product
     * {@code (b − a) × (c − a)} that is exactly zero in double precision), in one parallel pass.
     */
    static Sums sums(Mesh mesh) {
        Checks.requireNonNull(mesh, "mesh");
        float[] v = mesh.vertices();
        int[] t = mesh.triangles();
        int count = t.length / 3;
        if (count == 0) {
            return new Sums(0, 0, 0);
        }
        double[] b = mesh.bounds();
        double px = (b[0] + b[3]) / 2;
        double py = (b[1] + b[4]) / 2;
        double pz = (b[2] + b[5]) / 2;
        int blocks = (count + BLOCK - 1) / BLOCK;
        double[] areas = new double[blocks];
        double[] volumes = new double[blocks];
        int[] degenerate = new int[blocks];
        Parallel.forEach(blocks, k -> {
            double area = 0;
            double volume = 0;
            int bad = 0;
            int end = Math.min(count, (k + 1) * BLOCK);
            for (int i = k * BLOCK; i < end; i++) {
                int ia = t[3 * i];
                int ib = t[3 * i + 1];
                int ic = t[3 * i + 2];
                double ax = v[3 * ia] - px;
                double ay = v[3 * ia + 1] - py;
                double az = v[3 * ia + 2] - pz;
                double bx = v[3 * ib] - px;
                double by = v[3 * ib + 1] - py;
                double bz = v[3 * ib + 2] - pz;
                double cx = v[3 * ic] - px;
                double cy = v[3 * ic + 1] - py;
                double cz = v[3 * ic + 2] - pz;
                double ux = (double) v[3 * ib] - v[3 * ia];
                double uy = (double) v[3 * ib + 1] - v[3 * ia + 1];
                double uz = (double) v[3 * ib + 2] - v[3 * ia + 2];
                double wx = (double) v[3 * ic] - v[3 * ia];
                double wy = (double) v[3 * ic + 1] - v[3 * ia + 1];
                double wz = (double) v[3 * ic + 2] - v[3 * ia + 2];
                double nx = uy * wz - uz * wy;
                double ny = uz * wx - ux * wz;
                double nz = ux * wy - uy * wx;
                double twice = Math.sqrt(nx * nx + ny * ny + nz * nz);
                area += twice;
                volume += ax * (by * cz - bz * cy) + ay * (bz * cx - bx * cz) + az * (bx * cy - by * cx);
                if (twice == 0 || ia == ib || ib == ic || ic == ia) {
                    bad++;
                }
            }
            areas[k] = area / 2;
            volumes[k] = volume / 6;
            degenerate[k] = bad;
        });
        double area = 0;
        double volume = 0;
        int bad = 0;
        for (int k = 0; k < blocks; k++) {
            area += areas[k];
            volume += volumes[k];
            bad += degenerate[k];
        }
        return new Sums(area, volume, bad);
    }

    /** What {@link #sums} adds up. */
    record Sums(double area, double volume, int degenerateTriangles) {
    }
}
