package io.github.stack3d.mesh;

import io.github.stack3d.Mesh;
import io.github.stack3d.Parallel;
import java.util.Arrays;

/**
 * The working state of a quadric decimation: positions and quadrics per vertex, edges with their triangle counts,
 * costs and places, the triangles each vertex is in, and the heap of edges by cost. {@link QuadricDecimation}
 * builds it, runs {@link #collapseWhile} and reads the result with {@link #toMesh}.
 *
 * <p>A collapse of the edge {@code u–v} moves {@code u} to the edge's place, gives it {@code v}'s triangles and
 * the sum of both quadrics, removes the one or two triangles on the edge and merges each of their other two
 * edges into one. It is refused, and the edge leaves the heap until a collapse nearby changes its neighbourhood,
 * when it would break the surface: the link condition (Dey et al., "Topology preserving edge contraction", 1999:
 * the vertices next to both {@code u} and {@code v} are exactly the apexes of the edge's triangles, and the edge
 * between those apexes is not in both fans), which keeps every edge in at most two triangles and every vertex
 * manifold; an interior edge between two boundary vertices (it would pinch the boundary); an edge of a
 * non-manifold or inconsistently oriented part of the input (left as it is); and a place where a triangle of the
 * fans would turn by more than {@link #MAX_TURN} or degenerate (twice its area below {@link #MIN_QUALITY} times
 * the sum of its squared edge lengths).
 *
 * <p>Coordinates are kept relative to the centre of the mesh's bounding box, in double precision.
 */
final class EdgeCollapse {

    /**
     * Weight of the squared change of area in an edge's cost (both in unit⁴): it makes collapses that flatten
     * small bumps dearer; chosen with {@link #MEMORY_WEIGHT} (over 0 to 300 and 0.3 to 30) for the smallest
     * Hausdorff distance on the demo specimen and the bat cochlea decimated to 8, 10 and 12 % with the area of
     * the specimen within 1 % at 10 % (−0.77 %).
     */
    static final double AREA_WEIGHT = 20;
    /**
     * Weight of the squared largest distance from the input vertices an edge's two vertices stand for to the fan
     * after its collapse ({@link RemovedPoints}), times the area of the edge's quadrics (unit⁴): the cost of moving
     * away from the input surface, not only from its planes; it lowers the vertex-sampled Hausdorff distance on
     * the bat cochlea decimated 10× from 1.32 px to 0.95 px.
     */
    static final double MEMORY_WEIGHT = 3;
    /**
     * The memory term is measured only for edges whose two vertices stand for more than this many input vertices
     * together: before, the quadrics alone keep the surface close, and skipping them makes the decimation about
     * 20 % faster (on the demo specimen decimated 10×, 0.82 s rather than 1.02 s, Hausdorff 0.31 rather than
     * 0.32 µm; on the bat cochlea 1.02 rather than 0.95 px).
     */
    static final int FEW = 4;
    /** Boundary-plane weight relative to the squared length of the boundary edge. */
    static final double BOUNDARY_WEIGHT = 1000;
    /** Cosine of the largest allowed turn of a triangle's normal in one collapse (about 78°). */
    static final double MAX_TURN = 0.2;
    /** Smallest allowed {@code 2·area / Σ edge²} of a changed triangle (an equilateral one has 0.29). */
    static final double MIN_QUALITY = 0.002;

    private final boolean bounded;
    private final double cx;
    private final double cy;
    private final double cz;
    final double[] pos;
    final double[] quad;
    final int[] tri;
    private final int[] triEdge;
    private final int[] edgeA;
    private final int[] edgeB;
    private final int[] edgeFaces;
    private final double[] cost;
    private final double[] deviation;
    private final double[] drift;
    private final double[] place;
    private final int[] edgeStamp;
    private final boolean[] measured;
    private final double[] memo;
    /** The area of each living triangle, kept up to date as its corners move. */
    private final double[] triArea;
    private final int[] farthest;

    private final RemovedPoints memory;
    private final boolean[] boundary;
    private final boolean[] locked;
    private final int[] mark;
    private int stamp;
    private int[] pool;
    private int poolEnd;
    private final int[] listStart;
    private final int[] listCount;
    private final EdgeHeap heap;
    private int alive;
    private final double[] sum = new double[Quadrics.SIZE];
    private final double[] at = new double[3];

    /**
     * The state of {@code mesh}; {@code bounded}: whether each collapse's deviation bound is tracked (needed only
     * by {@link #collapseWhile} with a finite {@code maxDeviation}).
     */
    EdgeCollapse(Mesh mesh, boolean bounded) {
        this.bounded = bounded;
        float[] v = mesh.vertices();
        int n = mesh.vertexCount();
        double[] b = mesh.bounds();
        cx = n == 0 ? 0 : (b[0] + b[3]) / 2;
        cy = n == 0 ? 0 : (b[1] + b[4]) / 2;
        cz = n == 0 ? 0 : (b[2] + b[5]) / 2;
        pos = new double[3 * n];
        for (int i = 0; i < n; i++) {
            pos[3 * i] = v[3 * i] - cx;
            pos[3 * i + 1] = v[3 * i + 1] - cy;
            pos[3 * i + 2] = v[3 * i + 2] - cz;
        }
        tri = mesh.triangles().clone();
        int m = tri.length / 3;
        for (int t = 0; t < m; t++) {
            int i = 3 * t;
            if (tri[i] == tri[i + 1] || tri[i + 1] == tri[i + 2] || tri[i + 2] == tri[i]) {
                tri[i] = -1; // a triangle with a repeated vertex has no area and no proper edge: dropped
            } else {
                alive++;
            }
        }
        listStart = new int[n + 1];
        listCount = new int[n];
        for (int t = 0; t < m; t++) {
            if (tri[3 * t] >= 0) {
                for (int k = 0; k < 3; k++) {
                    listCount[tri[3 * t + k]]++;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            listStart[i + 1] = listStart[i] + listCount[i];
        }
        pool = new int[Math.max(16, 2 * listStart[n])];
        poolEnd = listStart[n];
        int[] fill = Arrays.copyOf(listStart, n);
        for (int t = 0; t < m; t++) {
            if (tri[3 * t] >= 0) {
                for (int k = 0; k < 3; k++) {
                    pool[fill[tri[3 * t + k]]++] = t;
                }
            }
        }
        boundary = new boolean[n];
        locked = new boolean[n];
        mark = new int[n];
        triEdge = new int[tri.length];
        EdgeTable edges = EdgeTable.of(tri, n, triEdge);
        edgeA = edges.a();
        edgeB = edges.b();
        edgeFaces = edges.faces();
        int count = edgeA.length;
        for (int e = 0; e < count; e++) {
            if (edgeFaces[e] == 1) {
                boundary[edgeA[e]] = true;
                boundary[edgeB[e]] = true;
            } else if (edgeFaces[e] != 2 || !edges.opposite()[e]) {
                locked[edgeA[e]] = true;
                locked[edgeB[e]] = true;
            }
        }
        quad = new double[Quadrics.SIZE * n];
        int blocks = (n + Neighbours.BLOCK - 1) / Neighbours.BLOCK;
        Parallel.forEach(blocks, k -> {
            int end = Math.min(n, (k + 1) * Neighbours.BLOCK);
            for (int i = k * Neighbours.BLOCK; i < end; i++) {
                for (int j = listStart[i]; j < listStart[i + 1]; j++) {
                    addTrianglePlane(i, pool[j]);
                }
            }
        });
        for (int e = 0; e < count; e++) {
            if (edgeFaces[e] == 1) {
                addBoundaryPlane(e);
            }
        }
        triArea = new double[m];
        for (int t = 0; t < m; t++) {
            if (tri[3 * t] >= 0) {
                setArea(t);
            }
        }
        cost = new double[count];
        deviation = new double[count];
        drift = new double[n];
        place = new double[3 * count];
        edgeStamp = new int[count];
        measured = new boolean[count];
        memo = new double[count];
        farthest = new int[count];

        memory = new RemovedPoints(pos);
        int edgeBlocks = (count + Neighbours.BLOCK - 1) / Neighbours.BLOCK;
        Parallel.forEach(edgeBlocks, k -> {
            double[] s = new double[Quadrics.SIZE];
            double[] p = new double[3];
            int end = Math.min(count, (k + 1) * Neighbours.BLOCK);
            for (int e = k * Neighbours.BLOCK; e < end; e++) {
                price(e, s, p);
            }
        });
        heap = new EdgeHeap(cost);
        heap.fill(count);
    }

    /** Triangles not yet removed. */
    int triangles() {
        return alive;
    }

    /**
     * Collapses the cheapest allowed edge while more than {@code target} triangles remain, passing over (until a
     * collapse nearby changes them) the edges whose collapse would take the surface farther than
     * {@code maxDeviation} (unit) from the input: the larger accumulated deviation of the two vertices plus the
     * largest distance from the new place to the planes of the triangles around them.
     */
    void collapseWhile(int target, double maxDeviation) {
        while (alive > target && !heap.isEmpty()) {
            int e = heap.peek();
            if (MEMORY_WEIGHT > 0 && !measured[e] && memory.points(edgeA[e]) + memory.points(edgeB[e]) > FEW) {
                measured[e] = true;
                int a = edgeA[e];
                int b = edgeB[e];
                double d = memory.farthest(this, a, b, place[3 * e], place[3 * e + 1], place[3 * e + 2]);
                farthest[e] = memory.found(a, b);
                double term = MEMORY_WEIGHT * (quad[Quadrics.SIZE * a + 10] + quad[Quadrics.SIZE * b + 10]) * d * d;
                double was = cost[e];
                cost[e] += term - memo[e];
                memo[e] = term;
                heap.update(e);
                if (cost[e] > was) {
                    continue;
                }
            }
            if (deviation[e] > maxDeviation || !EdgeCheck.allowed(this, e)) {
                heap.remove(e);
                continue;
            }
            collapse(e);
        }
    }

    // ---- adjacency, read by EdgeCheck ----

    int edgeA(int e) {
        return edgeA[e];
    }

    int edgeB(int e) {
        return edgeB[e];
    }

    int edgeFaces(int e) {
        return edgeFaces[e];
    }

    int triEdge(int slot) {
        return triEdge[slot];
    }

    boolean boundary(int v) {
        return boundary[v];
    }

    boolean locked(int v) {
        return locked[v];
    }

    int listStart(int v) {
        return listStart[v];
    }

    int listEnd(int v) {
        return listStart[v] + listCount[v];
    }

    int listed(int i) {
        return pool[i];
    }

    /** A fresh stamp for {@link #mark}: vertices marked with it are the ones marked since. */
    int newStamp() {
        return ++stamp;
    }

    int[] marks() {
        return mark;
    }

    /** The place of edge {@code e}'s collapse, coordinate {@code k}. */
    double place(int e, int k) {
        return place[3 * e + k];
    }

    // ---- building ----

    private void addTrianglePlane(int v, int t) {
        int a = 3 * tri[3 * t];
        int b = 3 * tri[3 * t + 1];
        int c = 3 * tri[3 * t + 2];
        double ux = pos[b] - pos[a];
        double uy = pos[b + 1] - pos[a + 1];
        double uz = pos[b + 2] - pos[a + 2];
        double wx = pos[c] - pos[a];
        double wy = pos[c + 1] - pos[a + 1];
        double wz = pos[c + 2] - pos[a + 2];
        double nx = uy * wz - uz * wy;
        double ny = uz * wx - ux * wz;
        double nz = ux * wy - uy * wx;
        double twice = Math.sqrt(nx * nx + ny * ny + nz * nz);
        if (twice == 0) {
            return;
        }
        nx /= twice;
        ny /= twice;
        nz /= twice;
        double d = -(nx * pos[a] + ny * pos[a + 1] + nz * pos[a + 2]);
        Quadrics.addPlane(quad, v, nx, ny, nz, d, twice / 2, twice / 2);
    }

    /** The plane through boundary edge {@code e} perpendicular to its triangle, on both its vertices. */
    private void addBoundaryPlane(int e) {
        int t = -1;
        int from = -1;
        int to = -1;
        for (int j = listStart[edgeA[e]]; j < listStart[edgeA[e] + 1] && t < 0; j++) {
            int s = pool[j];
            for (int k = 0; k < 3; k++) {
                if (triEdge[3 * s + k] == e) {
                    t = s;
                    from = tri[3 * s + k];
                    to = tri[3 * s + (k + 1) % 3];
                }
            }
        }
        int a = 3 * tri[3 * t];
        int b = 3 * tri[3 * t + 1];
        int c = 3 * tri[3 * t + 2];
        double ux = pos[b] - pos[a];
        double uy = pos[b + 1] - pos[a + 1];
        double uz = pos[b + 2] - pos[a + 2];
        double wx = pos[c] - pos[a];
        double wy = pos[c + 1] - pos[a + 1];
        double wz = pos[c + 2] - pos[a + 2];
        double nx = uy * wz - uz * wy;
        double ny = uz * wx - ux * wz;
        double nz = ux * wy - uy * wx;
        double ex = pos[3 * to] - pos[3 * from];
        double ey = pos[3 * to + 1] - pos[3 * from + 1];
        double ez = pos[3 * to + 2] - pos[3 * from + 2];
        double mx = ey * nz - ez * ny;
        double my = ez * nx - ex * nz;
        double mz = ex * ny - ey * nx;
        double length = Math.sqrt(mx * mx + my * my + mz * mz);
        if (length == 0) {
            return;
        }
        mx /= length;
        my /= length;
        mz /= length;
        double d = -(mx * pos[3 * from] + my * pos[3 * from + 1] + mz * pos[3 * from + 2]);
        double w = BOUNDARY_WEIGHT * (ex * ex + ey * ey + ez * ez);
        Quadrics.addPlane(quad, edgeA[e], mx, my, mz, d, w, 0);
        Quadrics.addPlane(quad, edgeB[e], mx, my, mz, d, w, 0);
    }

    /**
     * Sets the place, cost and deviation bound of edge {@code e} from its vertices' quadrics and drifts
     * ({@code s}, {@code p}: scratch).
     */
    private void price(int e, double[] s, double[] p) {
        int a = edgeA[e];
        int b = edgeB[e];
        int qa = Quadrics.SIZE * a;
        int qb = Quadrics.SIZE * b;
        for (int k = 0; k < Quadrics.SIZE; k++) {
            s[k] = quad[qa + k] + quad[qb + k];
        }
        double error = Quadrics.place(s, pos[3 * a], pos[3 * a + 1], pos[3 * a + 2], pos[3 * b], pos[3 * b + 1],
                pos[3 * b + 2], p);
        deviation[e] = bounded ? Math.max(drift[a], drift[b]) + planeDistance(a, b, p[0], p[1], p[2]) : 0;
        double change = areaChange(a, b, p[0], p[1], p[2]);
        cost[e] = error + AREA_WEIGHT * change * change + memo[e];
        place[3 * e] = p[0];
        place[3 * e + 1] = p[1];
        place[3 * e + 2] = p[2];
        measured[e] = false;
    }

    /**
     * The change of the area of the triangles around {@code a} and {@code b} when both move to {@code p} (the
     * triangles on the edge vanish).
     */
    private double areaChange(int a, int b, double px, double py, double pz) {
        double change = 0;
        for (int w = a, other = b; w >= 0; w = w == a ? b : -1, other = a) {
            for (int j = listStart[w], end = listEnd(w); j < end; j++) {
                int t = 3 * pool[j];
                if (tri[t] < 0) {
                    continue;
                }
                int k = tri[t] == w ? 0 : tri[t + 1] == w ? 1 : 2;
                int q = tri[t + (k + 1) % 3];
                int r = tri[t + (k + 2) % 3];
                if (q == other || r == other) {
                    if (w == a) {
                        change -= triArea[t / 3];
                    }
                    continue;
                }
                change += area(pos, 3 * q, 3 * r, px, py, pz) - triArea[t / 3];
            }
        }
        return change;
    }

    /** The largest distance from {@code p} to the plane of a triangle around {@code a} or {@code b}. */
    private double planeDistance(int a, int b, double px, double py, double pz) {
        double largest = 0;
        for (int w = a; w >= 0; w = w == a ? b : -1) {
            for (int j = listStart[w], end = listEnd(w); j < end; j++) {
                int t = 3 * pool[j];
                if (tri[t] < 0) {
                    continue;
                }
                int q = 3 * tri[t];
                int r = 3 * tri[t + 1];
                int o = 3 * tri[t + 2];
                double ux = pos[r] - pos[q];
                double uy = pos[r + 1] - pos[q + 1];
                double uz = pos[r + 2] - pos[q + 2];
                double vx = pos[o] - pos[q];
                double vy = pos[o + 1] - pos[q + 1];
                double vz = pos[o + 2] - pos[q + 2];
                double nx = uy * vz - uz * vy;
                double ny = uz * vx - ux * vz;
                double nz = ux * vy - uy * vx;
                double length = Math.sqrt(nx * nx + ny * ny + nz * nz);
                if (length > 0) {
                    double d = Math.abs(nx * (px - pos[q]) + ny * (py - pos[q + 1]) + nz * (pz - pos[q + 2]));
                    largest = Math.max(largest, d / length);
                }
            }
        }
        return largest;
    }

    /** Sets {@link #triArea} of triangle {@code t} from its corners. */
    private void setArea(int t) {
        int a = 3 * tri[3 * t];
        triArea[t] = area(pos, 3 * tri[3 * t + 1], 3 * tri[3 * t + 2], pos[a], pos[a + 1], pos[a + 2]);
    }

    /** The area of the triangle of corners {@code p}, {@code pos[q..]}, {@code pos[r..]}. */
    private static double area(double[] pos, int q, int r, double px, double py, double pz) {
        double ux = pos[q] - px;
        double uy = pos[q + 1] - py;
        double uz = pos[q + 2] - pz;
        double vx = pos[r] - px;
        double vy = pos[r + 1] - py;
        double vz = pos[r + 2] - pz;
        double nx = uy * vz - uz * vy;
        double ny = uz * vx - ux * vz;
        double nz = ux * vy - uy * vx;
        return Math.sqrt(nx * nx + ny * ny + nz * nz) / 2;
    }

    // ---- collapsing ----

    private void collapse(int e) {
        int u = edgeA[e];
        int v = edgeB[e];
        pos[3 * u] = place[3 * e];
        pos[3 * u + 1] = place[3 * e + 1];
        pos[3 * u + 2] = place[3 * e + 2];
        drift[u] = deviation[e];
        Quadrics.add(quad, u, v);
        memory.merge(u, v, farthest[e]);
        // the triangles on the edge go; of each, the edge apex–v merges into apex–u
        int[] gone = new int[2];
        int[] kept = new int[2];
        int[] apex = new int[2];
        int removed = 0;
        for (int j = listStart[u], end = listEnd(u); j < end; j++) {
            int t = pool[j];
            if (tri[3 * t] < 0 || !has(t, v)) {
                continue;
            }
            for (int k = 0; k < 3; k++) {
                int edge = triEdge[3 * t + k];
                if (edge == e) {
                    continue;
                }
                if (edgeA[edge] == v || edgeB[edge] == v) {
                    gone[removed] = edge;
                } else {
                    kept[removed] = edge;
                }
            }
            apex[removed] = third(t, u, v);
            edgeFaces[kept[removed]] += edgeFaces[gone[removed]] - 2;
            heap.remove(gone[removed]);
            edgeFaces[gone[removed]] = 0;
            tri[3 * t] = -1;
            alive--;
            removed++;
        }
        heap.remove(e);
        edgeFaces[e] = 0;
        for (int j = listStart[v], end = listEnd(v); j < end; j++) {
            int t = pool[j];
            if (tri[3 * t] < 0) {
                continue;
            }
            for (int k = 0; k < 3; k++) {
                int i = 3 * t + k;
                if (tri[i] == v) {
                    tri[i] = u;
                }
                int edge = triEdge[i];
                for (int r = 0; r < removed; r++) {
                    if (edge == gone[r]) {
                        edge = kept[r];
                        triEdge[i] = edge;
                    }
                }
                if (edgeA[edge] == v) {
                    edgeA[edge] = u;
                } else if (edgeB[edge] == v) {
                    edgeB[edge] = u;
                }
            }
        }
        mergeLists(u, v);
        for (int j = listStart[u], end = listEnd(u); j < end; j++) {
            setArea(pool[j]);
        }
        for (int r = 0; r < removed; r++) {
            compactList(apex[r]);
            boundary[apex[r]] = onBoundary(apex[r]);
        }
        boundary[u] = onBoundary(u);
        int s = ++stamp;
        for (int j = listStart[u], end = listEnd(u); j < end; j++) {
            int t = pool[j];
            for (int k = 0; k < 3; k++) {
                int edge = triEdge[3 * t + k];
                if (edgeStamp[edge] == s) {
                    continue;
                }
                edgeStamp[edge] = s;
                if (edgeA[edge] == u || edgeB[edge] == u) {
                    price(edge, sum, at);
                    heap.update(edge);
                } else if (!heap.contains(edge)) {
                    heap.update(edge);
                }
            }
        }
    }

    private boolean has(int t, int v) {
        return tri[3 * t] == v || tri[3 * t + 1] == v || tri[3 * t + 2] == v;
    }

    private int third(int t, int u, int v) {
        for (int k = 0; k < 3; k++) {
            int w = tri[3 * t + k];
            if (w != u && w != v) {
                return w;
            }
        }
        throw new IllegalStateException("triangle " + t + " has no third vertex");
    }

    /** {@code u}'s list becomes its living triangles followed by {@code v}'s, at the end of the pool. */
    private void mergeLists(int u, int v) {
        int need = listCount[u] + listCount[v];
        if (poolEnd + need > pool.length) {
            compactPool(need);
        }
        int start = poolEnd;
        for (int w : new int[] {u, v}) {
            for (int j = listStart[w], end = listEnd(w); j < end; j++) {
                int t = pool[j];
                if (tri[3 * t] >= 0) {
                    pool[poolEnd++] = t;
                }
            }
            listCount[w] = 0;
        }
        listStart[u] = start;
        listCount[u] = poolEnd - start;
    }

    /** Drops removed triangles from {@code w}'s list, in place. */
    private void compactList(int w) {
        int to = listStart[w];
        for (int j = listStart[w], end = listEnd(w); j < end; j++) {
            int t = pool[j];
            if (tri[3 * t] >= 0) {
                pool[to++] = t;
            }
        }
        listCount[w] = to - listStart[w];
    }

    /** Rewrites every list contiguously, into a pool with room for {@code need} more. */
    private void compactPool(int need) {
        int n = listCount.length;
        int total = 0;
        for (int w = 0; w < n; w++) {
            total += listCount[w];
        }
        int[] fresh = new int[Math.max(pool.length, 2 * (total + need))];
        int at = 0;
        for (int w = 0; w < n; w++) {
            System.arraycopy(pool, listStart[w], fresh, at, listCount[w]);
            listStart[w] = at;
            at += listCount[w];
        }
        pool = fresh;
        poolEnd = at;
    }

    private boolean onBoundary(int w) {
        for (int j = listStart[w], end = listEnd(w); j < end; j++) {
            int t = pool[j];
            for (int k = 0; k < 3; k++) {
                if (edgeFaces[triEdge[3 * t + k]] == 1) {
                    int edge = triEdge[3 * t + k];
                    if (edgeA[edge] == w || edgeB[edge] == w) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    // ---- result ----

    /** The remaining triangles in their input order, over the vertices they use in their input order. */
    Mesh toMesh(Mesh input) {
        int n = listCount.length;
        int[] index = new int[n];
        Arrays.fill(index, -1);
        for (int i = 0; i < tri.length; i += 3) {
            if (tri[i] >= 0) {
                index[tri[i]] = 0;
                index[tri[i + 1]] = 0;
                index[tri[i + 2]] = 0;
            }
        }
        int kept = 0;
        for (int w = 0; w < n; w++) {
            if (index[w] == 0) {
                index[w] = kept++;
            }
        }
        float[] vertices = new float[3 * kept];
        byte[] colors = input.hasColors() ? new byte[3 * kept] : null;
        for (int w = 0; w < n; w++) {
            int i = index[w];
            if (i >= 0) {
                vertices[3 * i] = (float) (pos[3 * w] + cx);
                vertices[3 * i + 1] = (float) (pos[3 * w + 1] + cy);
                vertices[3 * i + 2] = (float) (pos[3 * w + 2] + cz);
                if (colors != null) {
                    System.arraycopy(input.colors(), 3 * w, colors, 3 * i, 3);
                }
            }
        }
        int[] triangles = new int[3 * alive];
        int o = 0;
        for (int i = 0; i < tri.length; i += 3) {
            if (tri[i] >= 0) {
                triangles[o++] = index[tri[i]];
                triangles[o++] = index[tri[i + 1]];
                triangles[o++] = index[tri[i + 2]];
            }
        }
        return new Mesh(vertices, triangles, input.hasNormals() ? MeshNormals.of(vertices, triangles) : null,
                colors, input.unit());
    }
}
