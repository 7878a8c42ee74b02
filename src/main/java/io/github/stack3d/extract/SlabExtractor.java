package io.github.stack3d.extract;

import io.github.stack3d.Border;
import io.github.stack3d.Progress;
import io.github.stack3d.SliceSource;

/**
 * Marching cubes over one run of slabs {@code [k0, k1)} of a stack, the work of one thread.
 *
 * <p>Indices here are <em>padded</em>: the stack is surrounded by one layer of background, so padded voxel
 * {@code (i, j, k)} is real voxel {@code (i - 1, j - 1, k - 1)}, plane {@code k} is real slice {@code k - 1}, and
 * slab {@code k} holds the cubes between planes {@code k} and {@code k + 1}. With {@link Border#CLOSED} the
 * cubes that reach into the padding cap the surface where the object touches the border; with
 * {@link Border#OPEN} only cubes whose corners are all real are used.
 *
 * <p>A plane is one bit per voxel (inside or not, {@link Classifier}). An edge is crossed when its two ends
 * differ, so the crossed edges of a row are a few word operations on the plane's bits: x-edges
 * {@code p ^ p >>> 1}, y-edges {@code row ^ next row}, z-edges {@code lower plane ^ upper plane}. Vertices are
 * numbered by rank among the crossed edges: for each family and word the crossings and the number of the first
 * vertex on them ({@link CrossedEdges}), so the vertex on a crossed edge is
 * {@code first[word] + bitCount(crossings below it in its word)}, and no per-edge index array is needed.
 *
 * <p>The numbering runs plane by plane: plane {@code k} (its x-edges row by row, then its y-edges), the z-edges
 * between planes {@code k} and {@code k + 1}, plane {@code k + 1}, and so on. A run numbers its first plane too
 * but emits it only when it is the first run: otherwise the previous run, which ends with that plane, has
 * emitted it. So a run's local index {@code l} is global index
 * {@code l + (vertices before this run) - (first plane's vertex count)}, whatever the number of runs, and the
 * output is identical for any number of threads.
 *
 * <p>For a whole mesh each run is made twice: first only counting (its vertices, loop centres and triangles),
 * then, once every run's place in the mesh is known, writing straight into the mesh's arrays
 * ({@link MeshSink#into}); the counting pass only counts the crossed edges, and where the stack is in memory it
 * keeps its planes and surface cubes ({@link Kept}) for the writing pass. Into a {@link MeshSink#growing} sink a
 * run is made once, numbering as it writes. Besides the mesh, a run holds two slices ({@link SliceWindow}) and about
 * one and a quarter bytes per voxel of one slice: the gradient across slices of a vertex in slice z, which needs
 * slice z + 1, is finished when that slice is read ({@link EdgeVertex}; at once where the stack is in memory).
 */
final class SlabExtractor {

    private static final int X = 0;
    private static final int Y = 1;
    private static final int Z = 2;

    /**
     * What the counting pass keeps for the writing pass where the stack is in memory, so that the writing pass
     * classifies and searches nothing again: every padded plane's inside bits, and per run the table entry and
     * place ({@code j << 16 | i}) of each cube it triangulates, in the order the cubes are visited (decided once,
     * so both passes agree by construction), with where each slab's cubes end. About one bit per voxel plus eight
     * bytes per surface cube.
     */
    static final class Kept {
        final long[][] planes;
        /** Per run: entry, place, entry, place... */
        final int[][] entries;
        /** Per run and slab: the end of the slab's pairs in {@link #entries}. */
        final int[][] ends;

        private Kept(int depth, int runs) {
            this.planes = new long[depth + 2][];
            this.entries = new int[runs][];
            this.ends = new int[runs][];
        }

        /**
         * Room for what the counting pass keeps of a stack in {@code runs} runs, or null (keep nothing) where the
         * stack is streamed or so wide that a cube's place does not fit in an int.
         */
        static Kept of(SliceSource source, int runs) {
            return source.inMemory() && source.width() < 65536 && source.height() < 65536
                    ? new Kept(source.depth(), runs) : null;
        }
    }

    private final double level;
    private final boolean open;
    private final int width;
    private final int height;
    private final int depth;
    private final int words;
    private final int rows;
    private final Classifier classifier;
    private final SliceWindow window;
    private final long[] xMask;
    private final long[] yzMask;
    private final long[] cellMask;
    /** Where the writing pass (or the one pass of a growing sink) writes; null in the counting pass. */
    private final MeshSink sink;
    /** The counting pass's planes and entries (in memory), or null; this run's number in it. */
    private final Kept kept;
    private final int run;
    private int[] entries;
    private int entryCount;
    /** Where each slab's pairs end in {@link #entries}, slab by slab from the run's first. */
    private int[] ends;
    private long[] lo;
    private long[] hi;
    /**
     * The crossed edges, numbered: x- and y-edges of the lower and upper plane, z-edges between them; null in the
     * counting pass, which only counts them (so that it holds no more than the slices it reads and two planes), and
     * made by {@link #run} once it has read its first slice.
     */
    private CrossedEdges loX;
    private CrossedEdges loY;
    private CrossedEdges hiX;
    private CrossedEdges hiY;
    private CrossedEdges zs;
    /** The rows whose y-edges are used: {@code yFrom .. yTo - 1}. */
    private final int yFrom;
    private final int yTo;
    private final float[] cornerValues = new float[8];
    private InteriorDecider interior;
    /** Positions of the points around a loop centre, three per edge number. */
    private final double[] linkPoints = new double[36];
    private final EdgeVertex vertices;

    /** Vertices numbered in the first plane (emitted only by the first run). */
    int firstPlaneVertices;
    /** Counted in the first pass: edge vertices this run emits, loop-centre vertices, triangle indices. */
    long vertexCount;
    long extraCount;
    long indexCount;
    /** Inside voxels in the planes this run owns. */
    long insideVoxels;

    /** An extractor that counts ({@code sink == null}) or writes into {@code sink}, keeping nothing. */
    SlabExtractor(SliceSource source, double level, Border border, MeshSink sink) {
        this(source, level, border, sink, null, 0);
    }

    /**
     * An extractor for run {@code run} that counts ({@code sink == null}), filling {@code kept}, or writes into
     * {@code sink} from what the counting pass kept; {@code kept} null keeps nothing.
     */
    SlabExtractor(SliceSource source, double level, Border border, MeshSink sink, Kept kept, int run) {
        this.sink = sink;
        this.kept = kept;
        this.run = run;
        this.level = level;
        this.open = border == Border.OPEN;
        this.width = source.width();
        this.height = source.height();
        this.depth = source.depth();
        this.words = Classifier.wordsPerRow(width);
        this.rows = height + 2;
        this.classifier = new Classifier(width, height, source.type(), level);
        this.window = new SliceWindow(source);
        this.xMask = columns(open ? 1 : 0, open ? width - 1 : width + 1);
        this.yzMask = columns(open ? 1 : 0, open ? width : width + 1);
        this.cellMask = columns(open ? 1 : 0, open ? width - 1 : width);
        this.lo = new long[rows * words];
        this.hi = new long[rows * words];
        this.yFrom = open ? 1 : 0;
        this.yTo = open ? height : rows - 1;
        this.interior = new InteriorDecider(level);
        this.vertices = new EdgeVertex(level, width, height, depth, source.grid(), window, classifier);
    }

    /** Drops the slices and working arrays, keeping the counts; returns this extractor. */
    SlabExtractor release() {
        window.clear();
        lo = hi = null;
        loX = loY = hiX = hiY = zs = null;
        interior = null;
        return this;
    }

    /** Bits {@code from..to} (inclusive) of a padded row. */
    private long[] columns(int from, int to) {
        long[] m = new long[words];
        for (int i = Math.max(from, 0); i <= to; i++) {
            m[i >>> 6] |= 1L << i;
        }
        return m;
    }

    /**
     * Extracts slabs {@code k0 .. k1 - 1}; the first run ({@code emitFirstPlane}) also emits plane k0. When
     * counting, nothing is placed: the vertices are the crossed edges numbered, the triangles come from the table.
     * One step of {@code progress} per slab (where it also stops when interrupted).
     */
    void run(int k0, int k1, boolean emitFirstPlane, Progress progress) {
        boolean writing = sink != null;
        if (kept != null) {
            entries = writing ? kept.entries[run] : new int[4096];
            ends = writing ? kept.ends[run] : new int[k1 - k0];
        }
        // the first slice before the numbering's arrays: a slice too large for the heap is the error then (slice 0
        // is the one the first slab reads anyway)
        loadSlices(k0 - 2, Math.max(k0 - 1, 0));
        if (writing) {
            loX = new CrossedEdges(rows, words);
            loY = new CrossedEdges(rows, words);
            hiX = new CrossedEdges(rows, words);
            hiY = new CrossedEdges(rows, words);
            zs = new CrossedEdges(rows, words);
        }
        lo = plane(k0, lo, emitFirstPlane);
        firstPlaneVertices = writing ? loY.numberY(lo, yzMask, yFrom, yTo, loX.numberX(lo, xMask, 0))
                : CrossedEdges.countX(lo, xMask, rows, words) + CrossedEdges.countY(lo, yzMask, yFrom, yTo, words);
        if (emitFirstPlane) {
            insideVoxels += writing ? 0 : count(lo);
            if (writing) {
                sink.roomForVertices(firstPlaneVertices);
                emit(X, loX, k0);
                emit(Y, loY, k0);
            }
        }
        int next = firstPlaneVertices;
        for (int k = k0; k < k1; k++) {
            loadSlices(k - 1, k);
            hi = plane(k + 1, hi, true);
            insideVoxels += writing ? 0 : count(hi);
            if (writing) {
                int before = next;
                next = zs.numberZ(lo, hi, yzMask, next);
                next = hiX.numberX(hi, xMask, next);
                next = hiY.numberY(hi, yzMask, yFrom, yTo, next);
                vertices.finish(k, sink.normals);
                sink.roomForVertices(next - before);
                emit(Z, zs, k);
                emit(X, hiX, k + 1);
                emit(Y, hiY, k + 1);
            } else {
                next += CrossedEdges.countZ(lo, hi, yzMask, rows, words) + CrossedEdges.countX(hi, xMask, rows, words)
                        + CrossedEdges.countY(hi, yzMask, yFrom, yTo, words);
            }
            if (writing && kept != null) {
                keptCubes(k, k - k0);
            } else {
                cubes(k);
            }
            if (ends != null && !writing) {
                ends[k - k0] = entryCount;
            }
            progress.step();
            long[] p = lo;
            lo = hi;
            hi = p;
            CrossedEdges e = loX;
            loX = hiX;
            hiX = e;
            e = loY;
            loY = hiY;
            hiY = e;
        }
        vertexCount = next - (emitFirstPlane ? 0 : firstPlaneVertices);
        if (kept != null && !writing) {
            kept.entries[run] = entries;
            kept.ends[run] = ends;
        }
        if (vertices.waiting()) {
            window.load(k1);
            vertices.finish(k1, sink.normals);
        }
    }

    private void loadSlices(int fromReal, int toReal) {
        for (int z = Math.max(fromReal, 0); z <= Math.min(toReal, depth - 1); z++) {
            window.load(z);
        }
    }

    /**
     * The inside bits of padded plane {@code k}: classified into {@code spare}, or, where the stack is in memory,
     * into a new plane that the counting pass keeps when this run {@code owns} it, and that the writing pass takes.
     */
    private long[] plane(int k, long[] spare, boolean owns) {
        if (kept != null && sink != null) {
            return kept.planes[k];
        }
        long[] into = kept != null ? new long[rows * words] : spare;
        int z = k - 1;
        if (z < 0 || z >= depth) {
            classifier.clear(into);
        } else {
            classifier.classify(window.slice(z), into);
        }
        if (kept != null && owns) {
            kept.planes[k] = into;
        }
        return into;
    }

    private long count(long[] plane) {
        long n = 0;
        for (int r = 0; r < rows; r++) {
            n += count(plane, r * words);
        }
        return n;
    }

    /** The inside voxels of the row from {@code at} (a method per row compiles early: see CrossedEdges). */
    private int count(long[] plane, int at) {
        int n = 0;
        for (int w = 0; w < words; w++) {
            n += Long.bitCount(plane[at + w]);
        }
        return n;
    }

    /** Places and writes the vertices of a family's crossed edges in plane (or slab) {@code k}, in numbering order. */
    private void emit(int family, CrossedEdges edges, int k) {
        long[] cross = edges.cross;
        for (int r = 0; r < rows; r++) {
            emit(family, cross, r, k);
        }
    }

    /** {@link #emit(int, CrossedEdges, int)} for row {@code r} (a method per row compiles early: see CrossedEdges). */
    private void emit(int family, long[] cross, int r, int k) {
        boolean acrossLater = family != Z;
        for (int w = 0; w < words; w++) {
            for (long b = cross[r * words + w]; b != 0; b &= b - 1) {
                int vertex = sink.vertex++;
                if (vertices.place(family, (w << 6) + Long.numberOfTrailingZeros(b), r, k, acrossLater)) {
                    vertices.defer(sink.stride * vertex + sink.normalAt, k - 1);
                }
                store(sink.vertices, sink.normals, vertex);
            }
        }
    }

    /** Writes the placed position and normal of vertex place {@code v} into {@code xyz} and {@code normals}. */
    private void store(float[] xyz, float[] normals, int v) {
        int at = sink.stride * v;
        int n = at + sink.normalAt;
        xyz[at] = (float) vertices.px;
        xyz[at + 1] = (float) vertices.py;
        xyz[at + 2] = (float) vertices.pz;
        normals[n] = (float) vertices.nx;
        normals[n + 1] = (float) vertices.ny;
        normals[n + 2] = (float) vertices.nz;
    }

    /** Triangulates every cube of slab {@code k} that has corners on both sides of the level. */
    private void cubes(int k) {
        if (open && (k < 1 || k > depth - 1)) {
            return;
        }
        int firstRow = open ? 1 : 0;
        int lastRow = open ? height - 1 : height;
        byte[] table = MarchingCubesTable.edges();
        // two methods, not one test per cube: the counting pass runs first, and a loop compiled while only counting
        // would be thrown away (deoptimised) at the writing pass's first cube, in the middle of a first call
        for (int j = firstRow; j <= lastRow; j++) {
            if (sink == null) {
                countRow(j, k, table);
            } else {
                writeRow(j, k, table);
            }
        }
    }

    /** Counts the cubes of row {@code j} of slab {@code k} (a method per row compiles early: see CrossedEdges). */
    private void countRow(int j, int k, byte[] table) {
        for (int w = 0; w < words; w++) {
            for (long m = mixed(j, w); m != 0; m &= m - 1) {
                count((w << 6) + Long.numberOfTrailingZeros(m), j, k, table);
            }
        }
    }

    /** Writes the cubes of row {@code j} of slab {@code k}. */
    private void writeRow(int j, int k, byte[] table) {
        for (int w = 0; w < words; w++) {
            for (long m = mixed(j, w); m != 0; m &= m - 1) {
                cube((w << 6) + Long.numberOfTrailingZeros(m), j, k, table);
            }
        }
    }

    /** Triangulates the cubes of slab {@code k}, the run's {@code slab}-th, that the counting pass kept. */
    private void keptCubes(int k, int slab) {
        byte[] table = MarchingCubesTable.edges();
        int end = ends[slab];
        // in runs of 16 cubes, a method called often enough for a fresh JVM to compile it within the first slab
        for (int e = slab == 0 ? 0 : ends[slab - 1]; e < end; e += 32) {
            keptCubes(e, Math.min(e + 32, end), k, table);
        }
    }

    /** Triangulates the kept cubes of slab {@code k} whose pairs are {@code from .. to - 1} of {@link #entries}. */
    private void keptCubes(int from, int to, int k, byte[] table) {
        for (int e = from; e < to; e += 2) {
            int place = entries[e + 1];
            write(place & 0xFFFF, place >>> 16, k, entries[e], table);
        }
    }

    /** Word {@code w} of the cubes between rows {@code j} and {@code j + 1} with corners on both sides. */
    private long mixed(int j, int w) {
        int a = j * words;
        int b = a + words;
        long any = lo[a + w] | lo[b + w] | hi[a + w] | hi[b + w];
        long all = lo[a + w] & lo[b + w] & hi[a + w] & hi[b + w];
        long anyNext = 0;
        long allNext = 0;
        if (w + 1 < words) {
            anyNext = lo[a + w + 1] | lo[b + w + 1] | hi[a + w + 1] | hi[b + w + 1];
            allNext = lo[a + w + 1] & lo[b + w + 1] & hi[a + w + 1] & hi[b + w + 1];
        }
        return (any | any >>> 1 | anyNext << 63) & ~(all & (all >>> 1 | allNext << 63)) & cellMask[w];
    }

    /** The table entry of the cube at (i, j, k): its case, and for ambiguous faces the decider's choices. */
    private int entry(int i, int j, int k) {
        int at = j * words + (i >>> 6);
        int cubeCase = pair(lo, at, i) | pair(lo, at + words, i) << 2 | pair(hi, at, i) << 4
                | pair(hi, at + words, i) << 6;
        int ambiguous = MarchingCubesTable.ambiguousFaces(cubeCase);
        int index = cubeCase << 6;
        if (ambiguous == 0 && !MarchingCubesTable.hasTunnels(index)) {
            return index;
        }
        boolean real = corners(i, j, k);
        index |= ambiguous == 0 ? 0 : AsymptoticDecider.joinedFaces(cornerValues, level, cubeCase, ambiguous);
        return real && MarchingCubesTable.hasTunnels(index) ? interior.entry(cornerValues, index)
                : index;
    }

    /** Counts the triangle indices and loop centres of the cube at (i, j, k). */
    private void count(int i, int j, int k, byte[] table) {
        int index = entry(i, j, k);
        if (entries != null) {
            if (entryCount == entries.length) {
                entries = java.util.Arrays.copyOf(entries, 2 * entryCount);
            }
            entries[entryCount] = index;
            entries[entryCount + 1] = j << 16 | i;
            entryCount += 2;
        }
        int start = MarchingCubesTable.start(index);
        int end = MarchingCubesTable.end(index);
        indexCount += end - start;
        extraCount += start < end && table[start] == MarchingCubesTable.CENTRE ? 1 : 0;
    }

    /** Writes the triangles of the cube at (i, j, k). */
    private void cube(int i, int j, int k, byte[] table) {
        write(i, j, k, entry(i, j, k), table);
    }

    /** Writes the triangles of table entry {@code index} for the cube at (i, j, k). */
    private void write(int i, int j, int k, int index, byte[] table) {
        int start = MarchingCubesTable.start(index);
        int end = MarchingCubesTable.end(index);
        boolean hasCentre = start < end && table[start] == MarchingCubesTable.CENTRE;
        int centre = hasCentre ? centre(i, j, k, table, start, end) : 0;
        sink.roomForIndices(end - start);
        int[] out = sink.triangles;
        int shift = sink.shift;
        for (int t = start; t < end; t += 3) {
            int at = sink.index;
            out[at] = table[t] == MarchingCubesTable.CENTRE ? centre : vertexIndex(table[t], i, j) + shift;
            out[at + 1] = vertexIndex(table[t + 1], i, j) + shift;
            out[at + 2] = vertexIndex(table[t + 2], i, j) + shift;
            sink.index = at + 3;
        }
    }

    /** Bits {@code i} and {@code i + 1} of the row whose word holding bit {@code i} is {@code plane[at]}. */
    private static int pair(long[] plane, int at, int i) {
        long bits = plane[at] >>> i;
        if ((i & 63) == 63) {
            bits |= plane[at + 1] << 1;
        }
        return (int) bits & 3;
    }

    /** The local vertex number of a cube edge ({@link MarchingCubesTable} numbering) of the cube at (i, j). */
    private int vertexIndex(int edge, int i, int j) {
        int a = edge & 1;
        int b = edge >> 1 & 1;
        return switch (edge >> 2) {
            case X -> (b == 0 ? loX : hiX).rank(j + a, i);
            case Y -> (b == 0 ? loY : hiY).rank(j, i + a);
            default -> zs.rank(j + b, i + a);
        };
    }

    /**
     * Emits the extra vertex at the centre of a loop or tube (see {@link MarchingCubesTable#CENTRE}): the mean of
     * the points around it, with the normalised mean of their normals (the normal of its fan where those cancel,
     * as around a tube); moved off by 2 % of its fan's size along that normal where a symmetric loop puts it on
     * the line between two of its points (a zero-area triangle). Returns its global index.
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
            EdgeVertex v = vertices;
            v.place(MarchingCubesTable.EDGE_AXIS[e], i + (start & 1), j + (start >> 1 & 1), k + (start >> 2 & 1), false);
            linkPoints[3 * e] = v.px;
            linkPoints[3 * e + 1] = v.py;
            linkPoints[3 * e + 2] = v.pz;
            cx += v.px;
            cy += v.py;
            cz += v.pz;
            mx += v.nx;
            my += v.ny;
            mz += v.nz;
            n++;
        }
        cx /= n;
        cy /= n;
        cz /= n;
        // the normal of the fan around the centre, and whether the centre lies on a line between two of its points
        double fx = 0;
        double fy = 0;
        double fz = 0;
        double extent = 0;
        boolean flat = false;
        double chordX = 0;
        double chordY = 0;
        double chordZ = 0;
        for (int t = from; t < to && table[t] == MarchingCubesTable.CENTRE; t += 3) {
            int u = 3 * table[t + 1];
            int w = 3 * table[t + 2];
            double ux = linkPoints[u] - cx;
            double uy = linkPoints[u + 1] - cy;
            double uz = linkPoints[u + 2] - cz;
            double wx = linkPoints[w] - cx;
            double wy = linkPoints[w + 1] - cy;
            double wz = linkPoints[w + 2] - cz;
            double ax = uy * wz - uz * wy;
            double ay = uz * wx - ux * wz;
            double az = ux * wy - uy * wx;
            double a2 = ax * ax + ay * ay + az * az;
            double u2 = ux * ux + uy * uy + uz * uz;
            extent = Math.max(extent, Math.sqrt(u2));
            if (!flat && !(a2 > 1e-12 * u2 * (wx * wx + wy * wy + wz * wz))) {
                flat = true;
                chordX = ux;
                chordY = uy;
                chordZ = uz;
            }
            fx += ax;
            fy += ay;
            fz += az;
        }
        double len = Math.sqrt(mx * mx + my * my + mz * mz);
        double flen = Math.sqrt(fx * fx + fy * fy + fz * fz);
        if (!(len > 1e-3 * n) && flen > 0) {
            mx = fx;
            my = fy;
            mz = fz;
            len = flen;
        }
        if (flat) {
            // a symmetric loop put the centre on a chord: move it off the chord, by 2 % of its fan's size, along the
            // normal where that is not along the chord, else square to the chord
            double c2 = chordX * chordX + chordY * chordY + chordZ * chordZ;
            double dx = mx / len;
            double dy = my / len;
            double dz = mz / len;
            double along = (dx * chordX + dy * chordY + dz * chordZ) / c2;
            dx -= along * chordX;
            dy -= along * chordY;
            dz -= along * chordZ;
            double d = Math.sqrt(dx * dx + dy * dy + dz * dz);
            if (!(d > 1e-3)) {
                boolean xSmall = Math.abs(chordX) <= Math.abs(chordY) && Math.abs(chordX) <= Math.abs(chordZ);
                dx = xSmall ? 0 : chordY;
                dy = xSmall ? chordZ : -chordX;
                dz = xSmall ? -chordY : 0;
                d = Math.sqrt(dx * dx + dy * dy + dz * dz);
            }
            cx += 0.02 * extent * dx / d;
            cy += 0.02 * extent * dy / d;
            cz += 0.02 * extent * dz / d;
        }
        vertices.px = cx;
        vertices.py = cy;
        vertices.pz = cz;
        vertices.nx = mx / len;
        vertices.ny = my / len;
        vertices.nz = mz / len;
        sink.roomForExtra();
        int e = sink.extra++;
        store(sink.extraVertices, sink.extraNormals, e);
        return sink.centreIndex(e);
    }

    /**
     * Reads the corner values of the cube at (i, j, k) into {@link #cornerValues}, minus infinity in the padding;
     * returns true when every corner is a real voxel (only such cubes can tunnel: see {@link InteriorDecider}).
     */
    private boolean corners(int i, int j, int k) {
        boolean all = true;
        for (int c = 0; c < 8; c++) {
            int x = i + (c & 1) - 1;
            int y = j + (c >> 1 & 1) - 1;
            int z = k + (c >> 2 & 1) - 1;
            boolean real = x >= 0 && y >= 0 && z >= 0 && x < width && y < height && z < depth;
            cornerValues[c] = real ? window.value(x, y, z) : Float.NEGATIVE_INFINITY;
            all &= real;
        }
        return all;
    }
}
