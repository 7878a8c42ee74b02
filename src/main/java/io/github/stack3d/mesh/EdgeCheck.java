package io.github.stack3d.mesh;

/**
 * Whether collapsing an edge of an {@link EdgeCollapse} keeps the surface manifold and its triangles facing the
 * same way; the rules are listed there.
 */
final class EdgeCheck {

    private EdgeCheck() {
    }

    /** True when edge {@code e} may collapse to its place. */
    static boolean allowed(EdgeCollapse m, int e) {
        int u = m.edgeA(e);
        int v = m.edgeB(e);
        int faces = m.edgeFaces(e);
        if (m.locked(u) || m.locked(v) || faces < 1 || faces > 2) {
            return false;
        }
        if (faces == 2 && m.boundary(u) && m.boundary(v)) {
            return false; // an interior edge between two boundary vertices: the collapse would pinch
        }
        int[] tri = m.tri;
        // the apexes of the edge's triangles, and the triangle counts of the edges that will merge
        int a = -1;
        int b = -1;
        int found = 0;
        for (int j = m.listStart(u), end = m.listEnd(u); j < end; j++) {
            int t = m.listed(j);
            if (tri[3 * t] < 0 || !has(tri, t, v)) {
                continue;
            }
            int apex = -1;
            int merged = 0;
            for (int k = 0; k < 3; k++) {
                int w = tri[3 * t + k];
                if (w != u && w != v) {
                    apex = w;
                }
                int side = m.triEdge(3 * t + k);
                if (side != e) {
                    merged += m.edgeFaces(side);
                }
            }
            if (merged - 2 < 1 || merged - 2 > 2) {
                return false; // the merged edge would dangle or join three triangles
            }
            if (found == 0) {
                a = apex;
            } else {
                b = apex;
            }
            found++;
        }
        if (found != faces || a == b) {
            return false;
        }
        // link condition on vertices: the common neighbours of u and v are the apexes
        int[] mark = m.marks();
        int s = m.newStamp();
        boolean uHasAb = false;
        for (int j = m.listStart(u), end = m.listEnd(u); j < end; j++) {
            int t = m.listed(j);
            if (tri[3 * t] < 0) {
                continue;
            }
            for (int k = 0; k < 3; k++) {
                mark[tri[3 * t + k]] = s;
            }
            uHasAb |= b >= 0 && !has(tri, t, v) && has(tri, t, a) && has(tri, t, b);
        }
        for (int j = m.listStart(v), end = m.listEnd(v); j < end; j++) {
            int t = m.listed(j);
            if (tri[3 * t] < 0) {
                continue;
            }
            for (int k = 0; k < 3; k++) {
                int w = tri[3 * t + k];
                if (w != u && w != v && w != a && w != b && mark[w] == s) {
                    return false;
                }
            }
            // link condition on edges: the edge a–b may not be in both fans (a tetrahedron would fold flat)
            if (uHasAb && !has(tri, t, u) && has(tri, t, a) && has(tri, t, b)) {
                return false;
            }
        }
        double px = m.place(e, 0);
        double py = m.place(e, 1);
        double pz = m.place(e, 2);
        return keepsFacing(m, u, v, px, py, pz) && keepsFacing(m, v, u, px, py, pz);
    }

    /**
     * True when every triangle of {@code w} without {@code other} keeps its facing (turns by less than
     * {@link EdgeCollapse#MAX_TURN}) and stays well shaped when {@code w} moves to {@code p}.
     */
    private static boolean keepsFacing(EdgeCollapse m, int w, int other, double px, double py, double pz) {
        int[] tri = m.tri;
        double[] pos = m.pos;
        for (int j = m.listStart(w), end = m.listEnd(w); j < end; j++) {
            int t = m.listed(j);
            if (tri[3 * t] < 0 || has(tri, t, other)) {
                continue;
            }
            // corners in order starting at w: w, q, r
            int k = tri[3 * t] == w ? 0 : tri[3 * t + 1] == w ? 1 : 2;
            int q = 3 * tri[3 * t + (k + 1) % 3];
            int r = 3 * tri[3 * t + (k + 2) % 3];
            int o = 3 * w;
            double qx = pos[q] - pos[r];
            double qy = pos[q + 1] - pos[r + 1];
            double qz = pos[q + 2] - pos[r + 2];
            double ox = pos[o] - pos[r];
            double oy = pos[o + 1] - pos[r + 1];
            double oz = pos[o + 2] - pos[r + 2];
            double nx = px - pos[r];
            double ny = py - pos[r + 1];
            double nz = pz - pos[r + 2];
            // normals (w − r) × (q − r), before and after
            double bx = oy * qz - oz * qy;
            double by = oz * qx - ox * qz;
            double bz = ox * qy - oy * qx;
            double ax = ny * qz - nz * qy;
            double ay = nz * qx - nx * qz;
            double az = nx * qy - ny * qx;
            double after = Math.sqrt(ax * ax + ay * ay + az * az);
            double before = Math.sqrt(bx * bx + by * by + bz * bz);
            double dx = px - pos[q];
            double dy = py - pos[q + 1];
            double dz = pz - pos[q + 2];
            double edges = qx * qx + qy * qy + qz * qz + nx * nx + ny * ny + nz * nz + dx * dx + dy * dy + dz * dz;
            if (!(after > EdgeCollapse.MIN_QUALITY * edges)) {
                return false;
            }
            if (before > 0 && ax * bx + ay * by + az * bz < EdgeCollapse.MAX_TURN * after * before) {
                return false;
            }
        }
        return true;
    }

    private static boolean has(int[] tri, int t, int v) {
        return tri[3 * t] == v || tri[3 * t + 1] == v || tri[3 * t + 2] == v;
    }
}
