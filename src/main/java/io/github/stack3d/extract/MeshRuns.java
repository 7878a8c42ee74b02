package io.github.stack3d.extract;

import io.github.stack3d.Mesh;
import java.io.IOException;
import java.util.List;

/**
 * A marching-cubes surface as the threads made it in one pass ({@link MarchingCubes#extractRuns}): per run of
 * slabs, its vertex records and triangles in chunks of its own, never joined into one mesh, and where each run goes
 * in the mesh that {@link MarchingCubes#extract} makes of the same stack ({@link MeshStitch.Layout}). A writer stores
 * each run at its place in a file ({@link #write}), from any thread and in any order: the file is that of the mesh.
 *
 * <p>A run's triangles hold local numbers ({@link MeshSink#growing}): {@code l >= 0} is mesh vertex
 * {@code l + vertexStart - seam} (its first plane's {@code seam} vertices are the run before's last), and
 * {@code -1 - e} is its loop centre {@code e}, mesh vertex {@code extraStart + e}.
 */
public final class MeshRuns {

    /** Receives a run's share of the mesh, at its places in the whole mesh. */
    public interface Records {
        /** Vertices {@code first .. first + count - 1}, a record {@code x y z nx ny nz} each from records[0]. */
        void vertices(float[] records, int count, long first) throws IOException;

        /** Triangles {@code first .. first + count - 1}, three mesh vertex indices each from {@code indices[0]}. */
        void triangles(int[] indices, int count, long first) throws IOException;
    }

    /** Triangle indices translated per {@link Records#triangles} call. */
    private static final int BLOCK = 3 << 12;

    private final MeshSink[] sinks;
    private final int[] seams;
    private final MeshStitch.Layout layout;
    private final String unit;
    private final double[] bounds;

    MeshRuns(MeshSink[] sinks, int[] seams, MeshStitch.Layout layout, String unit) {
        this.sinks = sinks;
        this.seams = seams;
        this.layout = layout;
        this.unit = unit;
        this.bounds = scanBounds();
    }

    /** The number of runs, {@code 0 .. runs() - 1} for {@link #write}. */
    public int runs() {
        return sinks.length;
    }

    /** The mesh's vertices. */
    public int vertexCount() {
        return layout.vertices();
    }

    /** The mesh's triangles. */
    public int triangleCount() {
        return layout.indices() / 3;
    }

    /** The unit of the coordinates. */
    public String unit() {
        return unit;
    }

    /** {@code {minX, minY, minZ, maxX, maxY, maxZ}} of the vertices, as {@link Mesh#bounds()} gives them. */
    public double[] bounds() {
        return bounds.clone();
    }

    /**
     * Gives {@code out} run {@code run}'s vertices (edge vertices, then loop centres) and triangles, with their
     * places and indices in the whole mesh.
     *
     * @throws IOException what {@code out} throws
     */
    public void write(int run, Records out) throws IOException {
        MeshSink s = sinks[run];
        int vertexStart = layout.vertexStart()[run];
        int extraStart = layout.extraStart()[run];
        List<float[]> vertexChunks = s.vertexChunks();
        long v = vertexStart;
        for (int c = 0; c < vertexChunks.size(); c++) {
            out.vertices(vertexChunks.get(c), s.vertexFill(c), v);
            v += s.vertexFill(c);
        }
        if (s.extra > 0) {
            out.vertices(s.extraVertices, s.extra, extraStart);
        }
        int shift = vertexStart - seams[run];
        int[] block = new int[BLOCK];
        long t = layout.indexStart()[run] / 3;
        List<int[]> indexChunks = s.indexChunks();
        for (int c = 0; c < indexChunks.size(); c++) {
            int[] local = indexChunks.get(c);
            int fill = s.indexFill(c);
            for (int from = 0; from < fill; from += BLOCK) {
                int n = Math.min(BLOCK, fill - from);
                for (int i = 0; i < n; i++) {
                    int l = local[from + i];
                    block[i] = l >= 0 ? l + shift : extraStart - 1 - l;
                }
                out.triangles(block, n / 3, t);
                t += n / 3;
            }
        }
    }

    /**
     * The bounds {@link Mesh#bounds()} finds going through the vertices in order (every run's edge vertices, then
     * every run's loop centres), from the runs' own: a strict minimum and maximum keeps the first of equal values
     * either way, and an axis is NaN when the first vertex's coordinate is (which passes over every later NaN).
     */
    private double[] scanBounds() {
        float[] m = {Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY,
            Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY};
        float[] first = null;
        for (MeshSink s : sinks) {
            widen(m, s.edgeBounds());
            first = first == null && !s.vertexChunks().isEmpty() ? s.vertexChunks().get(0) : first;
        }
        for (MeshSink s : sinks) {
            widen(m, s.extraBounds());
            first = first == null && s.extra > 0 ? s.extraVertices : first;
        }
        double[] b = new double[6];
        for (int a = 0; a < 3; a++) {
            boolean nan = Float.isNaN(first[a]);
            b[a] = nan ? Double.NaN : m[a];
            b[a + 3] = nan ? Double.NaN : m[a + 3];
        }
        return b;
    }

    private static void widen(float[] b, float[] by) {
        for (int a = 0; a < 3; a++) {
            b[a] = by[a] < b[a] ? by[a] : b[a];
            b[a + 3] = by[a + 3] > b[a + 3] ? by[a + 3] : b[a + 3];
        }
    }

    /** As {@link Mesh#toString()} says it of the mesh, for example {@code Mesh[472,986 vertices, ...]}. */
    @Override
    public String toString() {
        return Mesh.summary(vertexCount(), triangleCount(), true, bounds, unit);
    }
}
