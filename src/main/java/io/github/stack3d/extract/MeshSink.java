package io.github.stack3d.extract;

import io.github.stack3d.Checks;
import io.github.stack3d.Memory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where a {@link SlabExtractor} run writes its vertices (position and normal), loop centres and triangle indices.
 *
 * <ul>
 *   <li>{@link #into}: straight into the arrays of the whole mesh, at places counted beforehand, positions and
 *       normals in arrays of their own (three values a vertex), loop centres after all edge vertices, triangle
 *       indices made global by {@link #shift}.</li>
 *   <li>{@link #growing}: into chunks of the run's own, grown as the run goes (nothing is counted beforehand), one
 *       record {@code x y z nx ny nz} a vertex as a binary PLY holds it; triangle indices stay the run's local
 *       numbers (its first plane's vertices, which the run before emits, first), and a loop centre is
 *       {@code -1 - e}, {@code e} its number among the run's loop centres, since where loop centres go is known
 *       only once every run is done ({@link MeshRuns} translates). Each group of vertices (a slab's z-edges and the
 *       next plane's) has a chunk of its own, exactly its size: a deferred normal ({@link EdgeVertex#defer}) lands in
 *       the chunk being filled, and no chunk holds room it does not use.</li>
 * </ul>
 */
final class MeshSink {

    /** Triangle indices of a run's first chunk; later chunks double up to {@link #MAX_CHUNK}. */
    private static final int MIN_CHUNK = 1 << 12;
    /** 256 KB: what a run holds beyond what it filled stays small beside the mesh. */
    private static final int MAX_CHUNK = 1 << 16;

    /** Edge vertices: position at {@code stride * v}, normal at {@code stride * v + normalAt}. */
    float[] vertices;
    float[] normals;
    /** Loop centres, laid out as the edge vertices. */
    float[] extraVertices;
    float[] extraNormals;
    int[] triangles;
    final int stride;
    final int normalAt;
    /** The next places to write: edge vertex, loop centre and triangle index. */
    int vertex;
    int extra;
    int index;
    /** Added to a local vertex number to make the triangle index written. */
    final int shift;
    private final boolean growing;

    /** The full chunks of a growing sink (a vertex chunk is one group, filled up), and the indices each holds. */
    private final List<float[]> vertexChunks = new ArrayList<>();
    private final List<int[]> indexChunks = new ArrayList<>();
    private int[] indexFills = new int[8];
    private long indexTotal;
    private final float[] edgeBounds = emptyBounds();
    private final float[] extraBounds = emptyBounds();

    private MeshSink(float[] vertices, float[] normals, int[] triangles, int stride, int normalAt, int vertex,
                     int extra, int index, int shift, boolean growing) {
        this.vertices = vertices;
        this.normals = normals;
        this.extraVertices = vertices;
        this.extraNormals = normals;
        this.triangles = triangles;
        this.stride = stride;
        this.normalAt = normalAt;
        this.vertex = vertex;
        this.extra = extra;
        this.index = index;
        this.shift = shift;
        this.growing = growing;
    }

    /**
     * Writes into the whole mesh's arrays: edge vertices from {@code vertex}, loop centres from {@code extra},
     * triangle indices from {@code index}; {@code shift} turns the run's local vertex numbers into global ones.
     */
    static MeshSink into(float[] vertices, float[] normals, int[] triangles, int vertex, int extra, int index,
                         int shift) {
        return new MeshSink(vertices, normals, triangles, 3, 0, vertex, extra, index, shift, false);
    }

    /** Writes into chunks of its own, grown as needed (see the class comment). */
    static MeshSink growing() {
        MeshSink s = new MeshSink(new float[0], null, new int[0], 6, 3, 0, 0, 0, 0, true);
        s.normals = s.vertices;
        s.extraNormals = s.extraVertices;
        return s;
    }

    /** The triangle index of the loop centre written at place {@code e}. */
    int centreIndex(int e) {
        return growing ? -1 - e : e;
    }

    /**
     * Makes room for the next group of {@code n} edge vertices: in a growing sink, a chunk of exactly that size (the
     * group being filled, unless {@code n} is 0).
     */
    void roomForVertices(int n) {
        if (stride * ((long) vertex + n) > vertices.length) {
            closeVertexChunk();
            long size = (long) stride * n;
            if (size > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("one slab of the surface has " + Checks.count(n)
                        + " vertices, more than one chunk can hold; crop or downsample");
            }
            Memory.require(4L * size, "the mesh's vertices");
            vertices = normals = new float[(int) size];
        }
    }

    /** Makes room for {@code n} more triangle indices, starting a new chunk if need be. */
    void roomForIndices(int n) {
        if ((long) index + n > triangles.length) {
            closeIndexChunk();
            int size = chunk(n, indexTotal);
            Memory.require(4L * size, "the mesh's triangles");
            triangles = new int[size];
        }
    }

    /** Files the vertex chunk being filled among the full ones (unless it is empty). */
    private void closeVertexChunk() {
        if (vertex > 0) {
            if (stride * vertex != vertices.length) {
                throw new IllegalStateException("a group of " + vertices.length / stride + " vertices was closed with "
                        + vertex + " written: the numbering and the emission disagree");
            }
            vertexChunks.add(vertices);
            vertex = 0;
        }
    }

    /** Files the index chunk being filled among the full ones (unless it is empty). */
    private void closeIndexChunk() {
        if (index > 0) {
            indexFills = fill(indexFills, indexChunks.size(), index);
            indexChunks.add(triangles);
            indexTotal += index;
            index = 0;
        }
    }

    /** Makes room for one more loop centre (there are few: the array doubles). */
    void roomForExtra() {
        if (stride * (extra + 1) > extraVertices.length) {
            int size = Math.max(64 * stride, 2 * extraVertices.length);
            extraVertices = extraNormals = Arrays.copyOf(extraVertices, size);
        }
    }

    private static float[] emptyBounds() {
        float inf = Float.POSITIVE_INFINITY;
        return new float[] {inf, inf, inf, -inf, -inf, -inf};
    }

    /** A new index chunk's size: {@code n} at least, else as many as are filled so far, within the chunk bounds. */
    private static int chunk(int n, long filled) {
        return Math.max(n, (int) Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, filled)));
    }

    private static int[] fill(int[] fills, int at, int value) {
        int[] f = at == fills.length ? Arrays.copyOf(fills, 2 * at) : fills;
        f[at] = value;
        return f;
    }

    /**
     * Ends the growing: the chunks being filled, cut to what they hold, join the full ones, nothing more is written,
     * and the bounds of the edge vertices and of the loop centres are taken.
     */
    void seal() {
        // the last index chunk cut to what it holds: while the other runs go on, a done run holds no room it will not
        // use (its vertex chunks are full)
        triangles = Arrays.copyOf(triangles, index);
        extraVertices = extraNormals = Arrays.copyOf(extraVertices, stride * extra);
        closeVertexChunk();
        closeIndexChunk();
        vertices = normals = null;
        triangles = null;
        widen(vertexChunks, edgeBounds);
        widen(List.of(extraVertices), extraBounds);
    }

    /**
     * Widens {@code b} (min x y z, max x y z) by the positions of the records in {@code chunks} (each full),
     * strictly, so that of equal values ({@code -0.0} and {@code 0.0}) the first stays; NaN is
     * passed over. All chunks in one call: a fresh JVM runs the start of each call's loop interpreted.
     */
    private static void widen(List<float[]> chunks, float[] b) {
        for (int a = 0; a < 3; a++) {
            float min = b[a];
            float max = b[a + 3];
            for (int c = 0; c < chunks.size(); c++) {
                float[] records = chunks.get(c);
                for (int i = a; i < records.length; i += 6) {
                    float v = records[i];
                    min = v < min ? v : min;
                    max = v > max ? v : max;
                }
            }
            b[a] = min;
            b[a + 3] = max;
        }
    }

    /** Min x y z, max x y z of the edge vertices of a sealed growing sink (infinite when it has none). */
    float[] edgeBounds() {
        return edgeBounds;
    }

    /** Those of its loop centres. */
    float[] extraBounds() {
        return extraBounds;
    }

    /** The vertex chunks of a sealed growing sink. */
    List<float[]> vertexChunks() {
        return vertexChunks;
    }

    /** The edge vertices in chunk {@code c}. */
    int vertexFill(int c) {
        return vertexChunks.get(c).length / stride;
    }

    /** The triangle index chunks of a sealed growing sink. */
    List<int[]> indexChunks() {
        return indexChunks;
    }

    /** The indices in chunk {@code c}. */
    int indexFill(int c) {
        return indexFills[c];
    }

    /** Triangle indices written (into a sealed growing sink). */
    long indexTotal() {
        return indexTotal;
    }
}
