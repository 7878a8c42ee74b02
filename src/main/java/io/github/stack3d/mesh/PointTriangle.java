package io.github.stack3d.mesh;

/**
 * The squared distance from a point to a triangle, by the closest point's Voronoi region (C. Ericson, "Real-Time
 * Collision Detection", 2005, §5.1.5): a vertex, a point on an edge, or the projection into the face.
 */
final class PointTriangle {

    private PointTriangle() {
    }

    /** Squared distance from {@code p} to triangle {@code i} of the arrays {@code v}, {@code t}. */
    static double squaredDistance(float[] v, int[] t, int i, double px, double py, double pz) {
        int a = 3 * t[3 * i];
        int b = 3 * t[3 * i + 1];
        int c = 3 * t[3 * i + 2];
        return squaredDistance(v[a], v[a + 1], v[a + 2], v[b], v[b + 1], v[b + 2], v[c], v[c + 1], v[c + 2],
                px, py, pz);
    }

    /** Squared distance from {@code p} to the triangle of corners {@code a}, {@code b}, {@code c}. */
    static double squaredDistance(double ax, double ay, double az, double bx, double by, double bz, double cx,
            double cy, double cz, double px, double py, double pz) {
        double abx = bx - ax;
        double aby = by - ay;
        double abz = bz - az;
        double acx = cx - ax;
        double acy = cy - ay;
        double acz = cz - az;
        double apx = px - ax;
        double apy = py - ay;
        double apz = pz - az;
        double d1 = abx * apx + aby * apy + abz * apz;
        double d2 = acx * apx + acy * apy + acz * apz;
        if (d1 <= 0 && d2 <= 0) {
            return apx * apx + apy * apy + apz * apz; // vertex a
        }
        double bpx = px - bx;
        double bpy = py - by;
        double bpz = pz - bz;
        double d3 = abx * bpx + aby * bpy + abz * bpz;
        double d4 = acx * bpx + acy * bpy + acz * bpz;
        if (d3 >= 0 && d4 <= d3) {
            return bpx * bpx + bpy * bpy + bpz * bpz; // vertex b
        }
        double vc = d1 * d4 - d3 * d2;
        if (vc <= 0 && d1 >= 0 && d3 <= 0) {
            return offset(apx, apy, apz, abx, aby, abz, d1 / (d1 - d3)); // edge ab
        }
        double cpx = px - cx;
        double cpy = py - cy;
        double cpz = pz - cz;
        double d5 = abx * cpx + aby * cpy + abz * cpz;
        double d6 = acx * cpx + acy * cpy + acz * cpz;
        if (d6 >= 0 && d5 <= d6) {
            return cpx * cpx + cpy * cpy + cpz * cpz; // vertex c
        }
        double vb = d5 * d2 - d1 * d6;
        if (vb <= 0 && d2 >= 0 && d6 <= 0) {
            return offset(apx, apy, apz, acx, acy, acz, d2 / (d2 - d6)); // edge ac
        }
        double va = d3 * d6 - d5 * d4;
        if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
            double w = (d4 - d3) / ((d4 - d3) + (d5 - d6)); // edge bc
            return offset(bpx, bpy, bpz, cx - bx, cy - by, cz - bz, w);
        }
        double denom = va + vb + vc;
        if (denom == 0) {
            return Math.min(apx * apx + apy * apy + apz * apz, cpx * cpx + cpy * cpy + cpz * cpz);
        }
        double s = vb / denom;
        double w = vc / denom;
        return offset(apx, apy, apz, abx * s + acx * w, aby * s + acy * w, abz * s + acz * w, 1);
    }

    /** {@code |d − f·e|²}: from the point, at {@code d} from a corner, to the corner plus {@code f·e}. */
    private static double offset(double dx, double dy, double dz, double ex, double ey, double ez, double f) {
        double x = dx - f * ex;
        double y = dy - f * ey;
        double z = dz - f * ez;
        return x * x + y * y + z * z;
    }
}
