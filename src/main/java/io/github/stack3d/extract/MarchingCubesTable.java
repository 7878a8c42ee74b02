package io.github.stack3d.extract;

import java.util.Arrays;

/**
 * The marching-cubes triangle table, derived in code rather than pasted (Lorensen &amp; Cline 1987 give the
 * idea, not this table).
 *
 * <p><b>Cube.</b> Corner {@code c} (0..7) sits at offset {@code (c & 1, c >> 1 & 1, c >> 2 & 1)}; bit {@code c}
 * of a case is set when that corner is inside (value &gt;= level). Edge {@code e}: x-edges 0..3 start at corner
 * {@code (0, e & 1, e >> 1)}; y-edges 4..7 at {@code ((e-4) & 1, 0, (e-4) >> 1)}; z-edges 8..11 at
 * {@code ((e-8) & 1, (e-8) >> 1, 0)}. Face {@code f} (0..5) is the side {@code f & 1} of axis {@code f >> 1}.
 *
 * <p><b>Rule.</b> On every face the crossing points are joined by segments that keep the face's inside
 * corners on one side. A face with two inside corners on one diagonal and two outside on the other is
 * ambiguous: its segments either <em>join</em> the inside corners through the face centre or <em>separate</em>
 * them; a decision bit per face chooses (the caller decides from the data with the asymptotic decider, so two
 * cubes sharing a face always agree). Each segment is oriented so that, seen from outside the cube, the inside
 * of the face lies on its left; the segments then chain into closed loops around the cube, and each loop is
 * triangulated, in reverse order so that triangles face away from the inside corners, with the largest area
 * (on edge midpoints) among the triangulations that draw no diagonal on a cube face, so that neighbouring cubes
 * never draw the same diagonal; a loop without such a triangulation is fanned from an extra vertex at its
 * centre ({@link #CENTRE}). Because every
 * face's segments depend only on that face, neighbouring cubes share their boundary segments and the surface is
 * closed.
 *
 * <p>The table is indexed by {@code case << 6 | joinedFaces}, where {@code joinedFaces} has bit {@code f} set for
 * each ambiguous face that joins; bits of faces that are not ambiguous must be zero.
 */
final class MarchingCubesTable {

    /** Corner offsets of each edge's two end corners, {@code [edge][0|1]}. */
    static final int[][] EDGE_CORNERS = new int[12][2];
    /** Axis of each edge: 0 x, 1 y, 2 z. */
    static final int[] EDGE_AXIS = new int[12];

    /**
     * The edge number that stands for a vertex at the centre of a loop. A loop that passes twice through one
     * ambiguous face (a tunnel through the cube) may have no triangulation free of diagonals on that face, which
     * the neighbouring cube might draw too; such a loop is fanned from its centre; its triangles come first in
     * the entry.
     */
    static final int CENTRE = 12;

    /** Ambiguous faces of each case, as a bit set over faces. */
    private static final byte[] AMBIGUOUS = new byte[256];
    /** Triangle list start of each table entry in {@link #EDGES}; {@code START[i + 1] - START[i]} is 3 × triangles. */
    private static final int[] START = new int[256 * 64 + 1];
    /** Edge numbers, three per triangle. */
    private static final byte[] EDGES;

    /** The two faces each edge lies on, as a bit set over faces. */
    private static final int[] FACE_MASK = new int[12];
    /** The four corners of each face in cyclic order. */
    private static final int[][] FACE_CORNERS = new int[6][4];

    static {
        for (int e = 0; e < 12; e++) {
            int axis = e / 4;
            int a = e & 1;
            int b = (e >> 1) & 1;
            int start = switch (axis) {
                case 0 -> a << 1 | b << 2;
                case 1 -> a | b << 2;
                default -> a | b << 1;
            };
            EDGE_AXIS[e] = axis;
            EDGE_CORNERS[e][0] = start;
            EDGE_CORNERS[e][1] = start | 1 << axis;
        }
        for (int f = 0; f < 6; f++) {
            int axis = f >> 1;
            int side = f & 1;
            int u = axis == 0 ? 1 : 0;
            int v = axis == 2 ? 1 : 2;
            int[][] uv = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};
            for (int m = 0; m < 4; m++) {
                FACE_CORNERS[f][m] = side << axis | uv[m][0] << u | uv[m][1] << v;
            }
        }
        for (int e = 0; e < 12; e++) {
            for (int f = 0; f < 6; f++) {
                int axis = f >> 1;
                if ((EDGE_CORNERS[e][0] >> axis & 1) == (f & 1) && (EDGE_CORNERS[e][1] >> axis & 1) == (f & 1)) {
                    FACE_MASK[e] |= 1 << f;
                }
            }
        }
        byte[] edges = new byte[256 * 64 * 12];
        int n = 0;
        for (int cubeCase = 0; cubeCase < 256; cubeCase++) {
            int ambiguous = 0;
            for (int f = 0; f < 6; f++) {
                if (isAmbiguous(cubeCase, f)) {
                    ambiguous |= 1 << f;
                }
            }
            AMBIGUOUS[cubeCase] = (byte) ambiguous;
            for (int joined = 0; joined < 64; joined++) {
                int index = cubeCase << 6 | joined;
                START[index] = n;
                if ((joined & ~ambiguous) == 0) {
                    for (int edge : triangles(cubeCase, joined)) {
                        edges[n++] = (byte) edge;
                    }
                }
            }
        }
        START[256 * 64] = n;
        EDGES = Arrays.copyOf(edges, n);
    }

    private MarchingCubesTable() {
    }

    /** The ambiguous faces of a case, bit {@code f} for face {@code f}. */
    static int ambiguousFaces(int cubeCase) {
        return AMBIGUOUS[cubeCase];
    }

    /** First position in {@link #edges()} of the triangles of {@code case << 6 | joinedFaces}. */
    static int start(int index) {
        return START[index];
    }

    /** One past the last position of the triangles of {@code case << 6 | joinedFaces}. */
    static int end(int index) {
        return START[index + 1];
    }

    /** The edges of all table entries, three per triangle; positions from {@link #start}. */
    static byte[] edges() {
        return EDGES;
    }

    /** The corners of face {@code f} in cyclic order. */
    static int[] faceCorners(int f) {
        return FACE_CORNERS[f].clone();
    }

    private static boolean isAmbiguous(int cubeCase, int f) {
        int[] c = FACE_CORNERS[f];
        boolean a = inside(cubeCase, c[0]);
        return a == inside(cubeCase, c[2]) && inside(cubeCase, c[1]) == inside(cubeCase, c[3])
                && a != inside(cubeCase, c[1]);
    }

    private static boolean inside(int cubeCase, int corner) {
        return (cubeCase >> corner & 1) != 0;
    }

    /** Derives the triangles (edge triples) of one case and set of joined faces. */
    private static int[] triangles(int cubeCase, int joined) {
        int[] next = new int[12];
        Arrays.fill(next, -1);
        for (int f = 0; f < 6; f++) {
            int[] c = FACE_CORNERS[f];
            int[] crossing = new int[4];
            int crossings = 0;
            for (int m = 0; m < 4; m++) {
                if (inside(cubeCase, c[m]) != inside(cubeCase, c[(m + 1) & 3])) {
                    crossing[crossings++] = m;
                }
            }
            if (crossings == 2) {
                int corner = inside(cubeCase, c[0]) ? c[0] : inside(cubeCase, c[1]) ? c[1]
                        : inside(cubeCase, c[2]) ? c[2] : c[3];
                link(next, f, sideEdge(c, crossing[0]), sideEdge(c, crossing[1]), corner(corner));
            } else if (crossings == 4) {
                boolean join = (joined >> f & 1) != 0;
                int first = inside(cubeCase, c[0]) == join ? 1 : 0;
                for (int pair = 0; pair < 2; pair++) {
                    int m = first + 2 * pair;
                    int cut = c[m];
                    double[] keep = join ? faceCentre(f) : corner(cut);
                    link(next, f, sideEdge(c, (m + 3) & 3), sideEdge(c, m), keep);
                }
            }
        }
        int[] out = new int[48];
        int n = 0;
        int centres = 0;
        boolean[] seen = new boolean[12];
        for (int e = 0; e < 12; e++) {
            if (next[e] < 0 || seen[e]) {
                continue;
            }
            int[] loop = new int[12];
            int size = 0;
            for (int x = e; !seen[x]; x = next[x]) {
                if (next[x] < 0) {
                    throw new IllegalStateException("open loop in case " + cubeCase + " at edge " + x);
                }
                seen[x] = true;
                loop[size++] = x;
            }
            int[] fan = triangulate(loop, size);
            if (fan == null) {
                if (++centres > 1) {
                    throw new IllegalStateException("case " + cubeCase + " needs two loop centres");
                }
                System.arraycopy(out, 0, out, 3 * size, n);
                for (int i = 0; i < size; i++) {
                    out[3 * i] = CENTRE;
                    out[3 * i + 1] = loop[(i + 1) % size];
                    out[3 * i + 2] = loop[i];
                }
                n += 3 * size;
                continue;
            }
            System.arraycopy(fan, 0, out, n, fan.length);
            n += fan.length;
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Triangulates a loop (in its order) by dynamic programming over its sub-polygons: of all triangulations that
     * use no diagonal whose two ends lie on one cube face (the neighbouring cube could draw it too, and four
     * triangles would share the edge), the one with the largest area when the points sit at the edge midpoints,
     * that is the least folded one. It is also what scikit-image's Lewiner tables give: surface areas agree within
     * 0.01 % on the real stacks (MarchingCubesRealDataTest). Returns the triangles facing out (reverse loop
     * order), or null when no such triangulation exists.
     */
    private static int[] triangulate(int[] loop, int size) {
        double[][] p = new double[size][];
        for (int i = 0; i < size; i++) {
            p[i] = midpoint(loop[i]);
        }
        double none = Double.NEGATIVE_INFINITY;
        double[][] best = new double[size][size];
        int[][] split = new int[size][size];
        for (int gap = 2; gap < size; gap++) {
            for (int i = 0; i + gap < size; i++) {
                int j = i + gap;
                best[i][j] = none;
                if (!allowed(loop, size, i, j)) {
                    continue;
                }
                for (int k = i + 1; k < j; k++) {
                    double area = best[i][k] + best[k][j] + area(p[i], p[k], p[j]);
                    if (area > best[i][j]) {
                        best[i][j] = area;
                        split[i][j] = k;
                    }
                }
            }
        }
        if (best[0][size - 1] == none) {
            return null;
        }
        int[] out = new int[3 * (size - 2)];
        int[] n = {0};
        emit(loop, split, 0, size - 1, out, n);
        return out;
    }

    private static double area(double[] a, double[] b, double[] c) {
        double[] u = {b[0] - a[0], b[1] - a[1], b[2] - a[2]};
        double[] v = {c[0] - a[0], c[1] - a[1], c[2] - a[2]};
        double x = u[1] * v[2] - u[2] * v[1];
        double y = u[2] * v[0] - u[0] * v[2];
        double z = u[0] * v[1] - u[1] * v[0];
        return Math.sqrt(x * x + y * y + z * z) / 2;
    }

    /** True when the chord between loop positions i and j is a side of the loop or joins points on no common face. */
    private static boolean allowed(int[] loop, int size, int i, int j) {
        return j - i == 1 || (i == 0 && j == size - 1) || (FACE_MASK[loop[i]] & FACE_MASK[loop[j]]) == 0;
    }

    private static void emit(int[] loop, int[][] split, int i, int j, int[] out, int[] n) {
        if (j - i < 2) {
            return;
        }
        int k = split[i][j];
        out[n[0]++] = loop[i];
        out[n[0]++] = loop[j];
        out[n[0]++] = loop[k];
        emit(loop, split, i, k, out, n);
        emit(loop, split, k, j, out, n);
    }

    /** The edge between the face's cyclic corners {@code m} and {@code m + 1}. */
    private static int sideEdge(int[] c, int m) {
        int a = c[m];
        int b = c[(m + 1) & 3];
        int axis = Integer.numberOfTrailingZeros(a ^ b);
        int start = Math.min(a, b);
        for (int e = axis * 4; e < axis * 4 + 4; e++) {
            if (EDGE_CORNERS[e][0] == start) {
                return e;
            }
        }
        throw new IllegalStateException("no edge between corners " + a + " and " + b);
    }

    /**
     * Records the segment between edges {@code p} and {@code q} on face {@code f}, oriented so that point
     * {@code keep} (on the inside part of the face) lies on its left seen from outside the cube.
     */
    private static void link(int[] next, int f, int p, int q, double[] keep) {
        double[] a = midpoint(p);
        double[] b = midpoint(q);
        double[] normal = new double[3];
        normal[f >> 1] = (f & 1) == 0 ? -1 : 1;
        double[] d = {b[0] - a[0], b[1] - a[1], b[2] - a[2]};
        double[] left = {normal[1] * d[2] - normal[2] * d[1], normal[2] * d[0] - normal[0] * d[2],
            normal[0] * d[1] - normal[1] * d[0]};
        double side = left[0] * (keep[0] - a[0]) + left[1] * (keep[1] - a[1]) + left[2] * (keep[2] - a[2]);
        int from = side > 0 ? p : q;
        int to = side > 0 ? q : p;
        if (next[from] >= 0) {
            throw new IllegalStateException("edge " + from + " starts two segments");
        }
        next[from] = to;
    }

    private static double[] midpoint(int e) {
        double[] a = corner(EDGE_CORNERS[e][0]);
        double[] b = corner(EDGE_CORNERS[e][1]);
        return new double[] {(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2};
    }

    private static double[] corner(int c) {
        return new double[] {c & 1, c >> 1 & 1, c >> 2 & 1};
    }

    private static double[] faceCentre(int f) {
        double[] p = {0.5, 0.5, 0.5};
        p[f >> 1] = f & 1;
        return p;
    }
}
