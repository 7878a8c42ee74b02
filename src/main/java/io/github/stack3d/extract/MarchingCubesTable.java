package io.github.stack3d.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
 *
 * <p><b>Tunnels.</b> The loops split the cube's surface into regions (the corners each side of the loops, joined
 * along edges and across joined faces), whose graph is a tree. Two regions on the same side whose loops border a
 * common region may be joined through the cube by the interpolant ({@link InteriorDecider}); for each such pair
 * an entry after the plain ones ({@link #tunnel}) replaces their two discs by a tube ({@link #tube}): Marching
 * Cubes 33's cases 4.2, 6.1.2, 7.4.2, 10.1.2, 12.1.2 and 13.5.2 come out of this rule, derived rather than listed.
 */
public final class MarchingCubesTable {

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

    /** Entries without a tunnel: {@code case << 6 | joinedFaces}. */
    private static final int PLAIN = 256 * 64;
    /** Pairs of regions {@code a < b < 8}, numbered {@code b (b - 1) / 2 + a}. */
    private static final int PAIRS = 28;

    /** Ambiguous faces of each case, as a bit set over faces. */
    private static final byte[] AMBIGUOUS;
    /** Per plain entry: the boundary region (0..7) of each corner, three bits per corner. */
    private static final int[] REGIONS;
    /** Per plain entry: its block of {@link #PAIRS} tunnel entries after the plain ones, or -1 when it has none. */
    private static final int[] TUNNELS;
    /**
     * Triangle list start of each entry in {@link #EDGES}, the plain ones then the tunnel blocks;
     * {@code START[i + 1] - START[i]} is 3 × triangles.
     */
    private static final int[] START;
    /** Edge numbers, three per triangle. */
    private static final byte[] EDGES;

    /** The two faces each edge lies on, as a bit set over faces (none for {@link #CENTRE}). */
    private static final int[] FACE_MASK = new int[13];
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
        Derived table = Derived.read();
        if (table == null) {
            table = derive();
        }
        AMBIGUOUS = table.ambiguous;
        REGIONS = table.regions;
        TUNNELS = table.tunnels;
        START = table.start;
        EDGES = table.edges;
    }

    /**
     * Derives the table from the rule (the class comment); about two seconds before the JIT has warmed up, so the
     * class reads the result, stored at build time ({@link Derived#write}), when it is on the class path.
     */
    static Derived derive() {
        byte[] ambiguousFaces = new byte[256];
        int[] regions = new int[PLAIN];
        int[] blockOf = new int[PLAIN];
        int blocks = 0;
        for (int cubeCase = 0; cubeCase < 256; cubeCase++) {
            int ambiguous = 0;
            for (int f = 0; f < 6; f++) {
                if (isAmbiguous(cubeCase, f)) {
                    ambiguous |= 1 << f;
                }
            }
            ambiguousFaces[cubeCase] = (byte) ambiguous;
            for (int joined = 0; joined < 64; joined++) {
                int index = cubeCase << 6 | joined;
                blockOf[index] = -1;
                if ((joined & ~ambiguous) == 0) {
                    int[] region = regions(cubeCase, joined);
                    for (int c = 0; c < 8; c++) {
                        regions[index] |= region[c] << 3 * c;
                    }
                    if (!tunnels(cubeCase, joined, region).isEmpty()) {
                        blockOf[index] = blocks++;
                    }
                }
            }
        }
        int[] start = new int[PLAIN + blocks * PAIRS + 1];
        byte[] edges = new byte[(PLAIN + blocks * PAIRS) * 64];
        int n = 0;
        for (int index = 0; index < PLAIN; index++) {
            start[index] = n;
            int cubeCase = index >> 6;
            int joined = index & 63;
            if ((joined & ~ambiguousFaces[cubeCase]) == 0) {
                n = put(edges, n, triangles(cubeCase, loops(cubeCase, joined), -1, -1));
            }
        }
        for (int index = 0; index < PLAIN; index++) {
            if (blockOf[index] < 0) {
                continue;
            }
            int cubeCase = index >> 6;
            int joined = index & 63;
            int[][] loops = loops(cubeCase, joined);
            List<int[]> candidates = tunnels(cubeCase, joined, regionOf(regions, index));
            for (int pair = 0; pair < PAIRS; pair++) {
                start[PLAIN + blockOf[index] * PAIRS + pair] = n;
                for (int[] t : candidates) {
                    if (t[0] == pair) {
                        n = put(edges, n, triangles(cubeCase, loops, t[1], t[2]));
                    }
                }
            }
        }
        start[PLAIN + blocks * PAIRS] = n;
        return new Derived(ambiguousFaces, regions, blockOf, start, Arrays.copyOf(edges, n));
    }

    /**
     * The derived arrays, and their stored form: the resource {@value #RESOURCE} beside this class, written at
     * build time ({@code mvn package} runs {@link #main}) and read at class initialisation in a few milliseconds,
     * where deriving takes seconds in a fresh JVM. MarchingCubesTableTest checks that the stored table is the
     * derivation.
     */
    static final class Derived {
        static final String RESOURCE = "marching-cubes-table.bin";
        private static final int MAGIC = 0x4d433333;

        final byte[] ambiguous;
        final int[] regions;
        final int[] tunnels;
        final int[] start;
        final byte[] edges;

        Derived(byte[] ambiguous, int[] regions, int[] tunnels, int[] start, byte[] edges) {
            this.ambiguous = ambiguous;
            this.regions = regions;
            this.tunnels = tunnels;
            this.start = start;
            this.edges = edges;
        }

        /** The stored table, or null when the resource is not on the class path. */
        static Derived read() {
            try (InputStream in = MarchingCubesTable.class.getResourceAsStream(RESOURCE)) {
                return in == null ? null : read(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }

        static Derived read(byte[] bytes) {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            if (b.getInt() != MAGIC) {
                throw new IllegalStateException(RESOURCE + " is not a marching-cubes table");
            }
            byte[] ambiguous = new byte[256];
            b.get(ambiguous);
            int[] regions = ints(b, PLAIN);
            int[] tunnels = ints(b, PLAIN);
            int[] start = ints(b, b.getInt());
            byte[] edges = new byte[b.getInt()];
            b.get(edges);
            return new Derived(ambiguous, regions, tunnels, start, edges);
        }

        private static int[] ints(ByteBuffer b, int n) {
            int[] a = new int[n];
            b.asIntBuffer().get(a);
            b.position(b.position() + 4 * n);
            return a;
        }

        byte[] bytes() {
            ByteBuffer b = ByteBuffer.allocate(4 + 256 + 4 * (2 * PLAIN + 1 + start.length) + 4 + edges.length);
            b.putInt(MAGIC).put(ambiguous);
            b.asIntBuffer().put(regions).put(tunnels);
            b.position(b.position() + 8 * PLAIN);
            b.putInt(start.length);
            b.asIntBuffer().put(start);
            b.position(b.position() + 4 * start.length);
            b.putInt(edges.length).put(edges);
            return b.array();
        }
    }

    /** Writes the derived table as {@code DIR/io/github/stack3d/extract/}{@value Derived#RESOURCE} (build time). */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0], "io", "github", "stack3d", "extract", Derived.RESOURCE);
        Files.createDirectories(file.getParent());
        Files.write(file, derive().bytes());
    }

    private MarchingCubesTable() {
    }

    /** The ambiguous faces of a case, bit {@code f} for face {@code f}. */
    static int ambiguousFaces(int cubeCase) {
        return AMBIGUOUS[cubeCase];
    }

    /** The boundary region (0..7) of {@code corner} in plain entry {@code index}. */
    static int region(int index, int corner) {
        return REGIONS[index] >> 3 * corner & 7;
    }

    private static int[] regionOf(int[] regions, int index) {
        int[] r = new int[8];
        for (int c = 0; c < 8; c++) {
            r[c] = regions[index] >> 3 * c & 7;
        }
        return r;
    }

    /** True when plain entry {@code index} has a possible tunnel, so the cube's interior must be decided. */
    static boolean hasTunnels(int index) {
        return TUNNELS[index] >= 0;
    }

    /**
     * The entry of plain entry {@code index} with regions {@code a} and {@code b} joined by a tunnel, or
     * {@code index} itself when no tunnel joins them.
     */
    static int tunnel(int index, int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        int t = PLAIN + TUNNELS[index] * PAIRS + hi * (hi - 1) / 2 + lo;
        return START[t] == START[t + 1] ? index : t;
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

    /** Copies {@code triangles} into {@code edges} at {@code n}; returns the new end. */
    private static int put(byte[] edges, int n, int[] triangles) {
        for (int edge : triangles) {
            edges[n++] = (byte) edge;
        }
        return n;
    }

    /**
     * The boundary regions of a case and set of joined faces: corners on the same side joined along a cube edge or
     * across a face (as {@code joined} decides) share a region, numbered in order of their lowest corner.
     */
    private static int[] regions(int cubeCase, int joined) {
        int[] root = {0, 1, 2, 3, 4, 5, 6, 7};
        for (int c = 0; c < 8; c++) {
            for (int axis = 0; axis < 3; axis++) {
                int d = c ^ 1 << axis;
                if (inside(cubeCase, c) == inside(cubeCase, d)) {
                    unite(root, c, d);
                }
            }
        }
        for (int f = 0; f < 6; f++) {
            if (isAmbiguous(cubeCase, f)) {
                int[] c = FACE_CORNERS[f];
                boolean insideJoin = (joined >> f & 1) != 0;
                int m = inside(cubeCase, c[0]) == insideJoin ? 0 : 1;
                unite(root, c[m], c[m + 2]);
            }
        }
        int[] region = new int[8];
        int[] number = new int[8];
        Arrays.fill(number, -1);
        int regions = 0;
        for (int c = 0; c < 8; c++) {
            int r = find(root, c);
            if (number[r] < 0) {
                number[r] = regions++;
            }
            region[c] = number[r];
        }
        return region;
    }

    static int find(int[] root, int c) {
        while (root[c] != c) {
            c = root[c];
        }
        return c;
    }

    static void unite(int[] root, int a, int b) {
        root[find(root, a)] = find(root, b);
    }

    /**
     * The possible tunnels of a case and set of joined faces, as {@code {pair, loop, loop}}: two regions on the same
     * side whose loops border one common region (the region graph on the cube's surface is a tree, so it is unique).
     * A tunnel replaces the two loops' discs by a tube between them, joining the two regions through the cube.
     * Candidates without a {@link #tube} are left out: none of them is a configuration of the trilinear
     * interpolant (InteriorDeciderTest checks this on random cubes).
     */
    private static List<int[]> tunnels(int cubeCase, int joined, int[] region) {
        int[][] loops = loops(cubeCase, joined);
        int[][] sides = new int[loops.length][];
        for (int l = 0; l < loops.length; l++) {
            int[] ends = EDGE_CORNERS[loops[l][0]];
            sides[l] = new int[] {region[ends[0]], region[ends[1]]};
        }
        List<int[]> out = new ArrayList<>();
        for (int l = 0; l < loops.length; l++) {
            for (int m = l + 1; m < loops.length; m++) {
                for (int x = 0; x < 2; x++) {
                    for (int y = 0; y < 2; y++) {
                        if (sides[l][x] == sides[m][y] && tube(loops[l], loops[m]) != null) {
                            int a = Math.min(sides[l][1 - x], sides[m][1 - y]);
                            int b = Math.max(sides[l][1 - x], sides[m][1 - y]);
                            out.add(new int[] {b * (b - 1) / 2 + a, l, m});
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * The loops of one case and set of joined faces, each as its edges in order (inside of each face on the left
     * seen from outside the cube).
     */
    private static int[][] loops(int cubeCase, int joined) {
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
        List<int[]> loops = new ArrayList<>();
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
            loops.add(Arrays.copyOf(loop, size));
        }
        return loops.toArray(new int[0][]);
    }

    /**
     * The triangles (edge triples) of a cube's loops: each loop a disc, except loops {@code tubeA} and
     * {@code tubeB} (or -1), which are joined by a tube.
     */
    private static int[] triangles(int cubeCase, int[][] loops, int tubeA, int tubeB) {
        int[] out = new int[64];
        int n = 0;
        int centres = 0;
        if (tubeA >= 0) {
            int[] tube = tube(loops[tubeA], loops[tubeB]);
            if (tube == null) {
                throw new IllegalStateException("case " + cubeCase + " " + Arrays.deepToString(loops) + ": no tube between loops " + tubeA + " and "
                        + tubeB);
            }
            System.arraycopy(tube, 0, out, 0, tube.length);
            n = tube.length;
            centres = tube[0] == CENTRE ? 1 : 0;
        }
        for (int l = 0; l < loops.length; l++) {
            if (l == tubeA || l == tubeB) {
                continue;
            }
            int[] loop = loops[l];
            int size = loop.length;
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

    /** Cost of a rung that lies on a cube face, far above any band's area (which is below 6). */
    private static final double ON_FACE = 1000;

    /** Extra cost of a tube through the {@link #CENTRE}: preferred to a rung on a face, not to a plain band. */
    private static final double THROUGH_CENTRE = ON_FACE / 2;

    /**
     * The tube between loops {@code p} and {@code q} ({@link #band}): the cheapest of the plain band and the bands
     * through an extra vertex at the cube's centre, inserted between two neighbours of one loop (the loop's side
     * between them is then a triangle with the centre, and the band runs on through the centre); the triangles
     * with the centre come first, each starting with it. Null when there is none.
     */
    private static int[] tube(int[] p, int[] q) {
        int[] best = band(p, q);
        int[][] loops = {p, q};
        for (int which = 0; which < 2; which++) {
            int[] loop = loops[which];
            for (int s = 0; s < loop.length; s++) {
                int[] through = new int[loop.length + 1];
                for (int i = 0, k = 0; i < loop.length; i++) {
                    through[k++] = loop[i];
                    if (i == s) {
                        through[k++] = CENTRE;
                    }
                }
                int[] b = which == 0 ? band(through, q) : band(p, through);
                if (b == null || (best != null && b[b.length - 1] + THROUGH_CENTRE * 1000 >= best[best.length - 1])) {
                    continue;
                }
                int[] ear = {CENTRE, loop[(s + 1) % loop.length], loop[s]};
                int[] t = Arrays.copyOf(ear, b.length + 3);
                System.arraycopy(b, 0, t, 3, b.length - 1);
                t[t.length - 1] = (int) (b[b.length - 1] + THROUGH_CENTRE * 1000);
                best = centreFirst(t);
            }
        }
        return best == null ? null : Arrays.copyOf(best, best.length - 1);
    }

    /** Triangles (with a cost element last) reordered so that those with the centre come first, starting with it. */
    private static int[] centreFirst(int[] t) {
        int[] out = t.clone();
        int n = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i + 3 < t.length; i += 3) {
                int at = t[i] == CENTRE ? 0 : t[i + 1] == CENTRE ? 1 : t[i + 2] == CENTRE ? 2 : -1;
                if ((at >= 0) != (pass == 0)) {
                    continue;
                }
                int r = Math.max(at, 0);
                for (int k = 0; k < 3; k++) {
                    out[n++] = t[i + (r + k) % 3];
                }
            }
        }
        return out;
    }

    /**
     * A band between loops {@code p} and {@code q} (either may hold the {@link #CENTRE}): a band of {@code |p| + |q|} triangles, each with one side on a
     * loop (traversed against the loop, as in a disc) and its other two sides rungs from loop to loop. Walking the
     * band, p is followed backwards and q forwards, which keeps the rungs consistently oriented; it starts with a
     * step along p and ends with one along q, so no rung is drawn twice (which a full turn of one loop around one
     * point of the other would do, pinching the tube at that point). Among the bands
     * whose rungs join points on no common cube face (as for discs), the one with the smallest area with the
     * points at the edge midpoints. Some tubes have no such band (case 7.4.2: each point of the small loop shares a
     * face with all but two points of the other); then rungs on a face are allowed, as few as possible, and of a
     * kind that the cube on the face's other side never draws ({@link #rungCost}), so no edge gets four
     * triangles. Null when there is no band at all; otherwise the triangles and, as a last element, the band's
     * cost in thousandths.
     */
    private static int[] band(int[] p, int[] q) {
        int m = p.length;
        int n = q.length;
        double bestCost = Double.POSITIVE_INFINITY;
        int[] best = null;
        for (int i0 = 0; i0 < m; i0++) {
            for (int j0 = 0; j0 < n; j0++) {
                double first = rungCost(p[i0], q[j0]);
                if (first == Double.POSITIVE_INFINITY) {
                    continue;
                }
                // cost[a][b]: least cost after a steps along p and b along q; step[a][b]: 1 when the last was along p
                double[][] cost = new double[m + 1][n + 1];
                int[][] step = new int[m + 1][n + 1];
                for (double[] row : cost) {
                    Arrays.fill(row, Double.POSITIVE_INFINITY);
                }
                cost[0][0] = first;
                for (int a = 0; a <= m; a++) {
                    for (int b = 0; b <= n; b++) {
                        if (cost[a][b] == Double.POSITIVE_INFINITY) {
                            continue;
                        }
                        int i = Math.floorMod(i0 - a, m);
                        int j = Math.floorMod(j0 + b, n);
                        int pi = Math.floorMod(i - 1, m);
                        int qj = (j + 1) % n;
                        boolean closing = a + b + 1 == m + n;
                        if (a < m && b < n && (a + 1 < m || b > 0)) {
                            double t = cost[a][b] + (closing ? 0 : rungCost(p[pi], q[j]))
                                    + area(midpoint(p[i]), midpoint(p[pi]), midpoint(q[j]));
                            if (t < cost[a + 1][b]) {
                                cost[a + 1][b] = t;
                                step[a + 1][b] = 1;
                            }
                        }
                        if (b < n && a + b > 0 && (b + 1 < n || a == m)) {
                            double t = cost[a][b] + (closing ? 0 : rungCost(p[i], q[qj]))
                                    + area(midpoint(q[qj]), midpoint(q[j]), midpoint(p[i]));
                            if (t < cost[a][b + 1]) {
                                cost[a][b + 1] = t;
                                step[a][b + 1] = 2;
                            }
                        }
                    }
                }
                if (cost[m][n] < bestCost) {
                    bestCost = cost[m][n];
                    best = new int[3 * (m + n)];
                    int a = m;
                    int b = n;
                    for (int t = m + n - 1; t >= 0; t--) {
                        boolean alongP = step[a][b] == 1;
                        a -= alongP ? 1 : 0;
                        b -= alongP ? 0 : 1;
                        int i = Math.floorMod(i0 - a, m);
                        int j = Math.floorMod(j0 + b, n);
                        best[3 * t] = alongP ? p[i] : q[(j + 1) % n];
                        best[3 * t + 1] = alongP ? p[Math.floorMod(i - 1, m)] : q[j];
                        best[3 * t + 2] = alongP ? q[j] : p[i];
                    }
                }
            }
        }
        return best == null ? null : withCost(best, bestCost);
    }

    /** {@code triangles} with their cost appended as a last element (in thousandths). */
    private static int[] withCost(int[] triangles, double cost) {
        int[] out = Arrays.copyOf(triangles, triangles.length + 1);
        out[triangles.length] = (int) Math.min(Integer.MAX_VALUE, Math.round(cost * 1000));
        return out;
    }

    /**
     * The cost of a rung between the points on edges {@code a} and {@code b}: 0 when they share no face; when they
     * share face f, {@link #ON_FACE} for the kind of rung this cube prefers there and twice that for the other. A
     * cube prefers on its low faces (side 0) rungs between two opposite edges of the face, and on its high faces
     * rungs between two neighbouring edges; a face is the low face of one cube and the high face of the other, so
     * two cubes draw the same rung on their common face (giving its edge four triangles) only if both tunnel next
     * to it and one of them has no band without the other kind; RandomTunnelsTest looks for that on noise.
     */
    private static double rungCost(int a, int b) {
        int shared = FACE_MASK[a] & FACE_MASK[b];
        if (shared == 0) {
            return 0;
        }
        int f = Integer.numberOfTrailingZeros(shared);
        boolean opposite = EDGE_AXIS[a] == EDGE_AXIS[b];
        return opposite == ((f & 1) == 0) ? ON_FACE : 2 * ON_FACE;
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
        if (e == CENTRE) {
            return new double[] {0.5, 0.5, 0.5};
        }
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
