package io.github.stack3d.extract;

/**
 * An oracle for the tests of the cube interior, independent of {@link InteriorDecider}: counts the connected parts
 * of the inside ({@code >= level}) and the outside ({@code < level}) of a cube's trilinear interpolant by sampling
 * it on an {@code n + 1}-point grid per axis and flood-filling (6-neighbour steps on the grid). With n even the
 * face and cube centres are samples, so on 0/1 values the ties at the saddles count as inside, as in the mesh.
 */
final class Trilinear {

    private Trilinear() {
    }

    /** {@code {inside parts, outside parts}} of the interpolant of {@code corners} (corner c at (c&1, c>>1&1, c>>2&1)). */
    static int[] parts(float[] corners, double level, int n) {
        int m = n + 1;
        double[] f = new double[m * m * m];
        for (int z = 0; z < m; z++) {
            for (int y = 0; y < m; y++) {
                for (int x = 0; x < m; x++) {
                    double u = (double) x / n;
                    double v = (double) y / n;
                    double w = (double) z / n;
                    double s = 0;
                    for (int c = 0; c < 8; c++) {
                        s += corners[c] * ((c & 1) != 0 ? u : 1 - u) * ((c >> 1 & 1) != 0 ? v : 1 - v)
                                * ((c >> 2 & 1) != 0 ? w : 1 - w);
                    }
                    f[(z * m + y) * m + x] = s - level;
                }
            }
        }
        return new int[] {count(f, m, 1), count(f, m, -1)};
    }

    private static boolean in(double f, int sign) {
        return sign > 0 ? f >= 0 : f < 0;
    }

    private static int count(double[] f, int m, int sign) {
        int[] label = new int[f.length];
        int[] stack = new int[f.length];
        int parts = 0;
        for (int start = 0; start < f.length; start++) {
            if (label[start] != 0 || !in(f[start], sign)) {
                continue;
            }
            parts++;
            int top = 0;
            stack[top++] = start;
            label[start] = parts;
            while (top > 0) {
                int p = stack[--top];
                int x = p % m;
                int y = p / m % m;
                int z = p / (m * m);
                int[] next = {x > 0 ? p - 1 : -1, x + 1 < m ? p + 1 : -1, y > 0 ? p - m : -1, y + 1 < m ? p + m : -1,
                    z > 0 ? p - m * m : -1, z + 1 < m ? p + m * m : -1};
                for (int q : next) {
                    if (q >= 0 && label[q] == 0 && in(f[q], sign)) {
                        label[q] = parts;
                        stack[top++] = q;
                    }
                }
            }
        }
        return parts;
    }
}
