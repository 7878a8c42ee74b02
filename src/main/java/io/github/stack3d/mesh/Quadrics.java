package io.github.stack3d.mesh;

/**
 * Garland and Heckbert's error quadrics ("Surface simplification using quadric error metrics", SIGGRAPH 1997),
 * {@link #SIZE} doubles per vertex in one array: the symmetric 4×4 matrix {@code Q = Σ w·[n; d][n; d]ᵀ} of the
 * planes {@code n·x + d = 0} (unit {@code n}) of the triangles around the vertex, stored as its 10 distinct
 * entries {@code nx², nx·ny, nx·nz, nx·d, ny², ny·nz, ny·d, nz², nz·d, d²}, then the total area of those triangles.
 * {@code [x; 1]ᵀ Q [x; 1]} is the area-weighted sum of squared distances from {@code x} to the planes; divided by
 * the area it is their mean squared distance, in unit² of the mesh.
 */
final class Quadrics {

    /** Doubles per quadric: 10 matrix entries and the area. */
    static final int SIZE = 11;
    /** {@code det(A) / (trace(A) / 3)³} below which the 3×3 system is treated as singular. */
    private static final double SINGULAR = 1e-7;

    private Quadrics() {
    }

    /** Adds {@code w} times the plane {@code n·x + d = 0} to quadric {@code i}; {@code area} is added to its area. */
    static void addPlane(double[] q, int i, double nx, double ny, double nz, double d, double w, double area) {
        int o = SIZE * i;
        q[o] += w * nx * nx;
        q[o + 1] += w * nx * ny;
        q[o + 2] += w * nx * nz;
        q[o + 3] += w * nx * d;
        q[o + 4] += w * ny * ny;
        q[o + 5] += w * ny * nz;
        q[o + 6] += w * ny * d;
        q[o + 7] += w * nz * nz;
        q[o + 8] += w * nz * d;
        q[o + 9] += w * d * d;
        q[o + 10] += area;
    }

    /** Quadric {@code to} += quadric {@code from}. */
    static void add(double[] q, int to, int from) {
        int a = SIZE * to;
        int b = SIZE * from;
        for (int k = 0; k < SIZE; k++) {
            q[a + k] += q[b + k];
        }
    }

    /** {@code [x; 1]ᵀ Q [x; 1]} of the quadric in {@code s[0..9]}, at least 0. */
    static double error(double[] s, double x, double y, double z) {
        double e = s[0] * x * x + 2 * s[1] * x * y + 2 * s[2] * x * z + 2 * s[3] * x
                + s[4] * y * y + 2 * s[5] * y * z + 2 * s[6] * y
                + s[7] * z * z + 2 * s[8] * z + s[9];
        return Math.max(0, e);
    }

    /**
     * The place for the vertex that replaces the edge {@code a–b} with the summed quadric {@code s}: the minimum of
     * the quadric when its 3×3 part is well conditioned and the minimum lies within an edge length of the edge's
     * midpoint; otherwise the best of {@code a}, {@code b}, the midpoint and the minimum along the segment.
     * Writes the place to {@code out[0..2]} and returns the quadric error there.
     */
    static double place(double[] s, double ax, double ay, double az, double bx, double by, double bz,
            double[] out) {
        double a00 = s[0];
        double a01 = s[1];
        double a02 = s[2];
        double a11 = s[4];
        double a12 = s[5];
        double a22 = s[7];
        double c00 = a11 * a22 - a12 * a12;
        double c01 = a02 * a12 - a01 * a22;
        double c02 = a01 * a12 - a02 * a11;
        double det = a00 * c00 + a01 * c01 + a02 * c02;
        double trace = (a00 + a11 + a22) / 3;
        double mx = (ax + bx) / 2;
        double my = (ay + by) / 2;
        double mz = (az + bz) / 2;
        double ex = bx - ax;
        double ey = by - ay;
        double ez = bz - az;
        double length2 = ex * ex + ey * ey + ez * ez;
        if (trace > 0 && det > SINGULAR * trace * trace * trace) {
            double c11 = a00 * a22 - a02 * a02;
            double c12 = a01 * a02 - a00 * a12;
            double c22 = a00 * a11 - a01 * a01;
            double rx = -s[3];
            double ry = -s[6];
            double rz = -s[8];
            double x = (c00 * rx + c01 * ry + c02 * rz) / det;
            double y = (c01 * rx + c11 * ry + c12 * rz) / det;
            double z = (c02 * rx + c12 * ry + c22 * rz) / det;
            double dx = x - mx;
            double dy = y - my;
            double dz = z - mz;
            if (dx * dx + dy * dy + dz * dz <= length2) {
                out[0] = x;
                out[1] = y;
                out[2] = z;
                return error(s, x, y, z);
            }
        }
        // along the segment a + t·e the error is a quadratic in t: minimise it on [0, 1]
        double best = error(s, ax, ay, az);
        out[0] = ax;
        out[1] = ay;
        out[2] = az;
        double eb = error(s, bx, by, bz);
        if (eb < best) {
            best = eb;
            out[0] = bx;
            out[1] = by;
            out[2] = bz;
        }
        double em = error(s, mx, my, mz);
        if (em < best) {
            best = em;
            out[0] = mx;
            out[1] = my;
            out[2] = mz;
        }
        double curvature = a00 * ex * ex + a11 * ey * ey + a22 * ez * ez
                + 2 * (a01 * ex * ey + a02 * ex * ez + a12 * ey * ez);
        if (curvature > 0) {
            double slope = (a00 * ax + a01 * ay + a02 * az + s[3]) * ex + (a01 * ax + a11 * ay + a12 * az + s[6]) * ey
                    + (a02 * ax + a12 * ay + a22 * az + s[8]) * ez;
            double t = -slope / curvature;
            if (t > 0 && t < 1) {
                double x = ax + t * ex;
                double y = ay + t * ey;
                double z = az + t * ez;
                double et = error(s, x, y, z);
                if (et < best) {
                    best = et;
                    out[0] = x;
                    out[1] = y;
                    out[2] = z;
                }
            }
        }
        return best;
    }
}
