package io.github.stack3d.mesh;

import io.github.stack3d.Mesh;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Hand-made meshes for the tests, each with its triangles counter-clockwise seen from outside. */
final class TestMeshes {

    private TestMeshes() {
    }

    /**
     * Triangles of the unit cube whose corner {@code (x, y, z)}, each 0 or 1, is vertex {@code x + 2y + 4z}; two
     * per face, counter-clockwise seen from outside (the cross product of each triangle was worked out by hand:
     * (0,2,3) gives (0,0,−1) on the face z = 0, (1,3,7) gives (1,0,0) on x = 1, and so on).
     */
    static final int[] CUBE_TRIANGLES = {
        0, 2, 3, 0, 3, 1, // z = 0
        4, 5, 7, 4, 7, 6, // z = 1
        0, 1, 5, 0, 5, 4, // y = 0
        2, 6, 7, 2, 7, 3, // y = 1
        0, 4, 6, 0, 6, 2, // x = 0
        1, 3, 7, 1, 7, 5, // x = 1
    };

    /** The box {@code [x, x + sx] × [y, y + sy] × [z, z + sz]}: 8 vertices, 12 triangles. */
    static Mesh box(double x, double y, double z, double sx, double sy, double sz, String unit) {
        float[] v = new float[24];
        for (int i = 0; i < 8; i++) {
            v[3 * i] = (float) (x + (i & 1) * sx);
            v[3 * i + 1] = (float) (y + (i >> 1 & 1) * sy);
            v[3 * i + 2] = (float) (z + (i >> 2 & 1) * sz);
        }
        return new Mesh(v, CUBE_TRIANGLES.clone(), unit);
    }

    /** The unit cube {@code [0, 1]³} in px. */
    static Mesh cube() {
        return box(0, 0, 0, 1, 1, 1, "px");
    }

    /** The tetrahedron (0,0,0), (1,0,0), (0,1,0), (0,0,1): volume 1/6, area 3/2 + √3/2. */
    static Mesh tetrahedron() {
        return new Mesh(new float[] {0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1},
                new int[] {0, 2, 1, 0, 1, 3, 0, 3, 2, 1, 2, 3}, "px");
    }

    /** The same vertices with every triangle reversed ({@code a, c, b}). */
    static Mesh flipped(Mesh m) {
        int[] t = m.triangles().clone();
        for (int i = 0; i < t.length; i += 3) {
            int b = t[i + 1];
            t[i + 1] = t[i + 2];
            t[i + 2] = b;
        }
        return new Mesh(m.vertices(), t, m.unit());
    }

    /** The same vertices with only triangle {@code index} reversed. */
    static Mesh flipped(Mesh m, int index) {
        int[] t = m.triangles().clone();
        int b = t[3 * index + 1];
        t[3 * index + 1] = t[3 * index + 2];
        t[3 * index + 2] = b;
        return new Mesh(m.vertices(), t, m.unit());
    }

    /** The meshes side by side in one mesh (indices shifted), in the first one's unit. */
    static Mesh join(Mesh... meshes) {
        int nv = 0;
        int nt = 0;
        for (Mesh m : meshes) {
            nv += m.vertices().length;
            nt += m.triangles().length;
        }
        float[] v = new float[nv];
        int[] t = new int[nt];
        int ov = 0;
        int ot = 0;
        for (Mesh m : meshes) {
            System.arraycopy(m.vertices(), 0, v, ov, m.vertices().length);
            for (int i = 0; i < m.triangles().length; i++) {
                t[ot + i] = m.triangles()[i] + ov / 3;
            }
            ov += m.vertices().length;
            ot += m.triangles().length;
        }
        return new Mesh(v, t, meshes[0].unit());
    }

    /** The mesh without the triangles whose indices are given. */
    static Mesh without(Mesh m, int... remove) {
        int[] t = m.triangles();
        int[] out = new int[t.length - 3 * remove.length];
        int o = 0;
        for (int i = 0; i < t.length / 3; i++) {
            final int tri = i;
            if (Arrays.stream(remove).noneMatch(r -> r == tri)) {
                System.arraycopy(t, 3 * i, out, o, 3);
                o += 3;
            }
        }
        return new Mesh(m.vertices(), out, m.unit());
    }

    /**
     * The torus of radii {@code big} (centre to tube centre) and {@code small} (tube) as a periodic grid:
     * {@code n} steps of φ around the z axis, {@code m} steps of θ around the tube; vertex {@code (i, j)} at
     * {@code ((R + r cos θ) cos φ, (R + r cos θ) sin φ, r sin θ)} is index {@code i·m + j}. Each grid quad gives
     * two triangles {@code (i,j) (i+1,j) (i+1,j+1)} and {@code (i,j) (i+1,j+1) (i,j+1)}: ∂p/∂φ × ∂p/∂θ points
     * out of the tube, so they face outwards. n·m vertices, 3·n·m edges, 2·n·m triangles: χ = 0.
     */
    static Mesh torus(double big, double small, int n, int m) {
        float[] v = new float[3 * n * m];
        for (int i = 0; i < n; i++) {
            double phi = 2 * Math.PI * i / n;
            for (int j = 0; j < m; j++) {
                double theta = 2 * Math.PI * j / m;
                int k = 3 * (i * m + j);
                v[k] = (float) ((big + small * Math.cos(theta)) * Math.cos(phi));
                v[k + 1] = (float) ((big + small * Math.cos(theta)) * Math.sin(phi));
                v[k + 2] = (float) (small * Math.sin(theta));
            }
        }
        int[] t = new int[6 * n * m];
        int o = 0;
        for (int i = 0; i < n; i++) {
            int i1 = (i + 1) % n;
            for (int j = 0; j < m; j++) {
                int j1 = (j + 1) % m;
                int[] q = {i * m + j, i1 * m + j, i1 * m + j1, i * m + j, i1 * m + j1, i * m + j1};
                System.arraycopy(q, 0, t, o, 6);
                o += 6;
            }
        }
        return new Mesh(v, t, "px");
    }

    /**
     * The unit sphere as an icosahedron subdivided {@code level} times (each triangle into four, the new
     * vertices pushed out to radius 1): {@code 10·4^level + 2} vertices, {@code 20·4^level} triangles. The
     * icosahedron's 12 vertices are the cyclic permutations of (0, ±1, ±φ), its 20 faces listed counter-clockwise
     * seen from outside.
     */
    static Mesh icosphere(int level) {
        double p = (1 + Math.sqrt(5)) / 2;
        List<double[]> v = new ArrayList<>();
        double[][] corners = {{-1, p, 0}, {1, p, 0}, {-1, -p, 0}, {1, -p, 0}, {0, -1, p}, {0, 1, p}, {0, -1, -p},
            {0, 1, -p}, {p, 0, -1}, {p, 0, 1}, {-p, 0, -1}, {-p, 0, 1}};
        for (double[] c : corners) {
            v.add(unit(c));
        }
        int[] t = {0, 11, 5, 0, 5, 1, 0, 1, 7, 0, 7, 10, 0, 10, 11, 1, 5, 9, 5, 11, 4, 11, 10, 2, 10, 7, 6, 7, 1, 8,
            3, 9, 4, 3, 4, 2, 3, 2, 6, 3, 6, 8, 3, 8, 9, 4, 9, 5, 2, 4, 11, 6, 2, 10, 8, 6, 7, 9, 8, 1};
        for (int l = 0; l < level; l++) {
            Map<Long, Integer> middle = new HashMap<>();
            int[] next = new int[4 * t.length];
            for (int i = 0; i < t.length; i += 3) {
                int a = t[i];
                int b = t[i + 1];
                int c = t[i + 2];
                int ab = middle(v, middle, a, b);
                int bc = middle(v, middle, b, c);
                int ca = middle(v, middle, c, a);
                int[] four = {a, ab, ca, b, bc, ab, c, ca, bc, ab, bc, ca};
                System.arraycopy(four, 0, next, 4 * i, 12);
            }
            t = next;
        }
        float[] xyz = new float[3 * v.size()];
        for (int i = 0; i < v.size(); i++) {
            for (int a = 0; a < 3; a++) {
                xyz[3 * i + a] = (float) v.get(i)[a];
            }
        }
        return new Mesh(xyz, t, "px");
    }

    private static int middle(List<double[]> v, Map<Long, Integer> middle, int a, int b) {
        long key = (long) Math.min(a, b) << 32 | Math.max(a, b);
        return middle.computeIfAbsent(key, k -> {
            double[] p = v.get(a);
            double[] q = v.get(b);
            v.add(unit(new double[] {p[0] + q[0], p[1] + q[1], p[2] + q[2]}));
            return v.size() - 1;
        });
    }

    private static double[] unit(double[] p) {
        double r = Math.sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2]);
        return new double[] {p[0] / r, p[1] / r, p[2] / r};
    }
}
