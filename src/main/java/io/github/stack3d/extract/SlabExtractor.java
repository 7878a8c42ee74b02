package io.github.stack3d.extract;

import io.github.stack3d.Border;
import io.github.stack3d.SliceSource;
import io.github.stack3d.Spacing;

/**
 * Marching cubes over one run of slabs {@code [k0, k1)} of a stack, the work of one thread.
 *
 * <p>Indices here are <em>padded</em>: the stack is surrounded by one layer of background, so padded voxel
 * {@code (i, j, k)} is real voxel {@code (i - 1, j - 1, k - 1)}, plane {@code k} is real slice {@code k - 1}, and
 * slab {@code k} holds the cubes between planes {@code k} and {@code k + 1}. With {@link Border#CLOSED} the
 * cubes that reach into the padding cap the surface where the object touches the border; with
 * {@link Border#OPEN} only cubes whose corners are all real are used.
 *
 * <p>Vertices are numbered plane by plane in a fixed order, plane {@code k} (its x-edges row by row, then its
 * y-edges), then the z-edges between planes {@code k} and {@code k + 1}, then plane {@code k + 1}, and so on. A
 * run numbers its first plane too but emits it only when it is the first run: otherwise the previous run, which
 * ends with that plane, has emitted it. So a run's local index {@code l} is global index
 * {@code l + (vertices before this run) - (first plane's vertex count)}, whatever the number of runs, and the
 * output is identical for any number of threads.
 */
final class SlabExtractor {

    /** Vertices never sit closer than this (in voxels) to a voxel centre, so no triangle has zero area. */
    static final double MIN_T = 1e-3;

    private final double level;
    private final boolean open;
    private final int width;
    private final int height;
    private final int depth;
    private final int words;
    private final int rows;
    private final double sx;
    private final double sy;
    private final double sz;
    private final Classifier classifier;
    private final SliceWindow window;
    private final int kind;
    private final long[] xMask;
    private final long[] yzMask;
    private final long[] cellMask;
    private long[] lo;
    private long[] hi;
    private EdgeSet loX;
    private EdgeSet loY;
    private EdgeSet hiX;
    private EdgeSet hiY;
    private final EdgeSet zEdges;
    private final double[] g0 = new double[3];
    private final double[] g1 = new double[3];
    private final float[] cornerValues = new float[8];

    final Blocks.Floats positions = new Blocks.Floats();
    final Blocks.Floats normals = new Blocks.Floats();
    final Blocks.Ints triangles = new Blocks.Ints();
    /** Loop-centre vertices, numbered apart: index {@code -(n + 1)} in {@link #triangles} is extra vertex n. */
    final Blocks.Floats extraPositions = new Blocks.Floats();
    final Blocks.Floats extraNormals = new Blocks.Floats();
    private double px;
    private double py;
    private double pz;
    private double nx;
    private double ny;
    private double nz;
    /** Vertices numbered in the first plane (emitted only by the first run). */
    int firstPlaneVertices;
    /** Edge vertices and loop-centre vertices this run emitted, counted when they are gathered. */
    int emitted;
    int extras;
    /** Inside voxels in the planes this run owns. */
    long insideVoxels;

    SlabExtractor(SliceSource source, double level, Border border) {
        this.level = level;
        this.open = border == Border.OPEN;
        this.width = source.width();
        this.height = source.height();
        this.depth = source.depth();
        this.words = Classifier.wordsPerRow(width);
        this.rows = height + 2;
        Spacing s = source.spacing();
        this.sx = s.x();
        this.sy = s.y();
        this.sz = s.z();
        this.classifier = new Classifier(width, height, source.type(), level);
        this.window = new SliceWindow(source);
        this.kind = source.type().ordinal();
        this.xMask = columns(open ? 1 : 0, open ? width - 1 : width + 1);
        this.yzMask = columns(open ? 1 : 0, open ? width : width + 1);
        this.cellMask = columns(open ? 1 : 0, open ? width - 1 : width);
        this.lo = new long[rows * words];
        this.hi = new long[rows * words];
        this.loX = new EdgeSet(rows, words);
        this.loY = new EdgeSet(rows, words);
        this.hiX = new EdgeSet(rows, words);
        this.hiY = new EdgeSet(rows, words);
        this.zEdges = new EdgeSet(rows, words);
    }

    /** Bits {@code from..to} (inclusive) of a padded row. */
    private long[] columns(int from, int to) {
        long[] m = new long[words];
        for (int i = Math.max(from, 0); i <= to; i++) {
            m[i >>> 6] |= 1L << i;
        }
        return m;
    }

    /** Extracts slabs {@code k0 .. k1 - 1}; the first run ({@code emitFirstPlane}) also emits plane k0. */
    void run(int k0, int k1, boolean emitFirstPlane) {
        loadSlices(k0 - 2, k0);
        plane(k0, lo);
        crossings(k0, lo, loX, loY);
        firstPlaneVertices = loX.number(0);
        firstPlaneVertices += loY.number(firstPlaneVertices);
        if (emitFirstPlane) {
            emitPlane(k0, loX, loY);
            insideVoxels += count(lo);
        }
        int next = firstPlaneVertices;
        for (int k = k0; k < k1; k++) {
            loadSlices(k - 2, k + 1);
            plane(k + 1, hi);
            insideVoxels += count(hi);
            layer(k);
            next += zEdges.number(next);
            emitLayer(k);
            crossings(k + 1, hi, hiX, hiY);
            next += hiX.number(next);
            next += hiY.number(next);
            emitPlane(k + 1, hiX, hiY);
            cubes(k);
            long[] p = lo;
            lo = hi;
            hi = p;
            EdgeSet e = loX;
            loX = hiX;
            hiX = e;
            e = loY;
            loY = hiY;
            hiY = e;
        }
    }

    private void loadSlices(int fromReal, int toReal) {
        for (int z = Math.max(fromReal, 0); z <= Math.min(toReal, depth - 1); z++) {
            window.load(z);
        }
    }

    /** The inside bits of padded plane {@code k}. */
    private void plane(int k, long[] into) {
        int z = k - 1;
        if (z < 0 || z >= depth) {
            classifier.clear(into);
            return;
        }
        window.load(z);
        switch (kind) {
            case 0 -> classifier.classify(window.bytes(z), into);
            case 1 -> classifier.classify(window.shorts(z), into);
            default -> classifier.classify(window.floats(z), into);
        }
    }

    private static long count(long[] plane) {
        long n = 0;
        for (long w : plane) {
            n += Long.bitCount(w);
        }
        return n;
    }

    /** The crossed x-edges and y-edges of padded plane {@code k}. */
    private void crossings(int k, long[] p, EdgeSet xs, EdgeSet ys) {
        boolean realPlane = !open || (k >= 1 && k <= depth);
        for (int r = 0; r < rows; r++) {
            int row = r * words;
            boolean xRow = realPlane && (!open || (r >= 1 && r <= height));
            boolean yRow = realPlane && r + 1 < rows && (!open || (r >= 1 && r <= height - 1));
            for (int w = 0; w < words; w++) {
                long v = p[row + w];
                long after = w + 1 < words ? p[row + w + 1] : 0L;
                xs.bits[row + w] = xRow ? (v ^ (v >>> 1 | after << 63)) & xMask[w] : 0L;
                ys.bits[row + w] = yRow ? (v ^ p[row + words + w]) & yzMask[w] : 0L;
            }
        }
    }

    /** The crossed z-edges between padded planes {@code k} and {@code k + 1} (held in lo and hi). */
    private void layer(int k) {
        for (int r = 0; r < rows; r++) {
            int row = r * words;
            boolean use = !open || (r >= 1 && r <= height);
            for (int w = 0; w < words; w++) {
                zEdges.bits[row + w] = use ? (lo[row + w] ^ hi[row + w]) & yzMask[w] : 0L;
            }
        }
    }

    private void emitPlane(int k, EdgeSet xs, EdgeSet ys) {
        emitEdges(xs, 0, k);
        emitEdges(ys, 1, k);
    }

    private void emitLayer(int k) {
        emitEdges(zEdges, 2, k);
    }

    private void emitEdges(EdgeSet edges, int axis, int k) {
        long[] bits = edges.bits;
        for (int r = 0; r < rows; r++) {
            for (int w = 0; w < words; w++) {
                long b = bits[r * words + w];
                while (b != 0) {
                    int i = (w << 6) + Long.numberOfTrailingZeros(b);
                    vertex(axis, i, r, k);
                    b &= b - 1;
                }
            }
        }
    }

    /** Emits the vertex on the edge from padded voxel (i, j, k) one step along {@code axis}. */
    private void vertex(int axis, int i, int j, int k) {
        place(axis, i, j, k);
        positions.add((float) px, (float) py, (float) pz);
        normals.add((float) nx, (float) ny, (float) nz);
    }

    /**
     * Computes the position ({@link #px}...) and normal ({@link #nx}...) of the vertex on the edge from padded
     * voxel (i, j, k) one step along {@code axis}.
     */
    private void place(int axis, int i, int j, int k) {
        int x0 = i - 1;
        int y0 = j - 1;
        int z0 = k - 1;
        int x1 = x0 + (axis == 0 ? 1 : 0);
        int y1 = y0 + (axis == 1 ? 1 : 0);
        int z1 = z0 + (axis == 2 ? 1 : 0);
        boolean real0 = x0 >= 0 && y0 >= 0 && z0 >= 0;
        boolean real1 = x1 < width && y1 < height && z1 < depth;
        double t;
        if (real0 && real1) {
            double v0 = window.value(x0, y0, z0);
            double v1 = window.value(x1, y1, z1);
            t = (level - v0) / (v1 - v0);
            t = t >= MIN_T ? Math.min(t, 1 - MIN_T) : t < MIN_T ? MIN_T : 0.5;
            window.gradient(x0, y0, z0, g0);
            window.gradient(x1, y1, z1, g1);
            nx = -((1 - t) * g0[0] + t * g1[0]) / sx;
            ny = -((1 - t) * g0[1] + t * g1[1]) / sy;
            nz = -((1 - t) * g0[2] + t * g1[2]) / sz;
            double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
            if (len > 0 && Double.isFinite(len)) {
                nx /= len;
                ny /= len;
                nz /= len;
            } else {
                axisNormal(axis, classifier.inside(v0) ? 1 : -1);
            }
        } else {
            t = real0 ? MIN_T : 1 - MIN_T;
            axisNormal(axis, real0 ? 1 : -1);
        }
        px = (x0 + (axis == 0 ? t : 0)) * sx;
        py = (y0 + (axis == 1 ? t : 0)) * sy;
        pz = (z0 + (axis == 2 ? t : 0)) * sz;
    }

    private void axisNormal(int axis, double sign) {
        nx = axis == 0 ? sign : 0;
        ny = axis == 1 ? sign : 0;
        nz = axis == 2 ? sign : 0;
    }

    /**
     * Emits the extra vertex at the centre of a loop (see {@link MarchingCubesTable#CENTRE}): the mean of the
     * loop's points, with the normalised mean of their normals. Its index is {@code -(extra number + 1)}.
     */
    private int centre(int i, int j, int k, byte[] table, int from, int to) {
        double cx = 0;
        double cy = 0;
        double cz = 0;
        double mx = 0;
        double my = 0;
        double mz = 0;
        int n = 0;
        for (int t = from; t < to; t += 3) {
            if (table[t] != MarchingCubesTable.CENTRE) {
                continue;
            }
            int e = table[t + 1];
            int start = MarchingCubesTable.EDGE_CORNERS[e][0];
            place(MarchingCubesTable.EDGE_AXIS[e], i + (start & 1), j + (start >> 1 & 1), k + (start >> 2 & 1));
            cx += px;
            cy += py;
            cz += pz;
            mx += nx;
            my += ny;
            mz += nz;
            n++;
        }
        double len = Math.sqrt(mx * mx + my * my + mz * mz);
        extraPositions.add((float) (cx / n), (float) (cy / n), (float) (cz / n));
        extraNormals.add((float) (mx / len), (float) (my / len), (float) (mz / len));
        return (int) -(extraPositions.size() / 3);
    }

    /** Triangulates every cube of slab {@code k} that has corners on both sides of the level. */
    private void cubes(int k) {
        if (open && (k < 1 || k > depth - 1)) {
            return;
        }
        int firstRow = open ? 1 : 0;
        int lastRow = open ? height - 1 : height;
        byte[] table = MarchingCubesTable.edges();
        for (int j = firstRow; j <= lastRow; j++) {
            int a = j * words;
            int b = a + words;
            for (int w = 0; w < words; w++) {
                long any = lo[a + w] | lo[b + w] | hi[a + w] | hi[b + w];
                long all = lo[a + w] & lo[b + w] & hi[a + w] & hi[b + w];
                long anyNext = 0;
                long allNext = 0;
                if (w + 1 < words) {
                    anyNext = lo[a + w + 1] | lo[b + w + 1] | hi[a + w + 1] | hi[b + w + 1];
                    allNext = lo[a + w + 1] & lo[b + w + 1] & hi[a + w + 1] & hi[b + w + 1];
                }
                long mixed = (any | any >>> 1 | anyNext << 63) & ~(all & (all >>> 1 | allNext << 63)) & cellMask[w];
                while (mixed != 0) {
                    int i = (w << 6) + Long.numberOfTrailingZeros(mixed);
                    cube(i, j, k, table);
                    mixed &= mixed - 1;
                }
            }
        }
    }

    private void cube(int i, int j, int k, byte[] table) {
        int cubeCase = bit(lo, j, i) | bit(lo, j, i + 1) << 1 | bit(lo, j + 1, i) << 2 | bit(lo, j + 1, i + 1) << 3
                | bit(hi, j, i) << 4 | bit(hi, j, i + 1) << 5 | bit(hi, j + 1, i) << 6 | bit(hi, j + 1, i + 1) << 7;
        int ambiguous = MarchingCubesTable.ambiguousFaces(cubeCase);
        int index = cubeCase << 6 | (ambiguous == 0 ? 0 : joinedFaces(i, j, k, cubeCase, ambiguous));
        int start = MarchingCubesTable.start(index);
        int end = MarchingCubesTable.end(index);
        int centre = start < end && table[start] == MarchingCubesTable.CENTRE ? centre(i, j, k, table, start, end) : 0;
        for (int t = start; t < end; t += 3) {
            int a = table[t] == MarchingCubesTable.CENTRE ? centre : vertexIndex(table[t], i, j);
            triangles.add(a, vertexIndex(table[t + 1], i, j), vertexIndex(table[t + 2], i, j));
        }
    }

    private int bit(long[] plane, int row, int i) {
        return (int) (plane[row * words + (i >>> 6)] >>> i) & 1;
    }

    private int vertexIndex(int edge, int i, int j) {
        int a = edge & 1;
        int b = edge >> 1 & 1;
        return switch (edge >> 2) {
            case 0 -> (b == 0 ? loX : hiX).index(j + a, i);
            case 1 -> (b == 0 ? loY : hiY).index(j, i + a);
            default -> zEdges.index(j + b, i + a);
        };
    }

    /**
     * The asymptotic decider (Nielson &amp; Hamann 1991) for each ambiguous face: the inside corners are joined
     * through the face when the bilinear interpolant's saddle value is {@code >= level}, that is when the
     * product of the inside pair's offsets from the level is at least the product of the outside pair's.
     * Faces are shared with the neighbouring cube, which computes the same answer from the same four values.
     */
    private int joinedFaces(int i, int j, int k, int cubeCase, int ambiguous) {
        for (int c = 0; c < 8; c++) {
            int x = i + (c & 1) - 1;
            int y = j + (c >> 1 & 1) - 1;
            int z = k + (c >> 2 & 1) - 1;
            boolean real = x >= 0 && y >= 0 && z >= 0 && x < width && y < height && z < depth;
            cornerValues[c] = real ? window.value(x, y, z) : Float.NEGATIVE_INFINITY;
        }
        int joined = 0;
        for (int f = 0; f < 6; f++) {
            if ((ambiguous >> f & 1) == 0) {
                continue;
            }
            int[] c = FACES[f];
            double p0 = cornerValues[c[0]] - level;
            double p2 = cornerValues[c[2]] - level;
            double p1 = cornerValues[c[1]] - level;
            double p3 = cornerValues[c[3]] - level;
            boolean firstInside = (cubeCase >> c[0] & 1) != 0;
            double insidePair = firstInside ? p0 * p2 : p1 * p3;
            double outsidePair = firstInside ? p1 * p3 : p0 * p2;
            if (insidePair >= outsidePair) {
                joined |= 1 << f;
            }
        }
        return joined;
    }

    private static final int[][] FACES = new int[6][];

    static {
        for (int f = 0; f < 6; f++) {
            FACES[f] = MarchingCubesTable.faceCorners(f);
        }
    }
}
