package io.github.stack3d.extract;

import io.github.stack3d.Border;
import io.github.stack3d.Checks;
import io.github.stack3d.Progress;
import io.github.stack3d.SliceSource;
import java.io.Serializable;

/**
 * The marching-cubes surface of one slab of a {@link SlabPlan}, extracted alone and joined with the others by
 * {@link MeshStitch#join}: plain arrays, serialisable, so a cluster task can send it back.
 *
 * <p>{@link #vertices()} and {@link #normals()} hold the slab's {@link #edgeVertices()} edge vertices (plane by
 * plane; every slab but the first leaves out its first plane, which the slab before it holds as its last) and
 * then its {@link #extras()} loop centres. {@link #triangles()} index them from 0, and index the shared first
 * plane's {@link #seam()} vertices, held by the slab before, as {@code -seam .. -1}.
 */
public final class MeshPart implements Serializable {

    private static final long serialVersionUID = 1L;

    private final SlabPlan plan;
    private final int slab;
    private final double level;
    private final float[] vertices;
    private final float[] normals;
    private final int[] triangles;
    private final int edgeVertices;
    private final int seam;
    private final long insideVoxels;
    private final String unit;

    private MeshPart(SlabPlan plan, int slab, double level, float[] vertices, float[] normals, int[] triangles,
                     int edgeVertices, int seam, long insideVoxels, String unit) {
        this.plan = plan;
        this.slab = slab;
        this.level = level;
        this.vertices = vertices;
        this.normals = normals;
        this.triangles = triangles;
        this.edgeVertices = edgeVertices;
        this.seam = seam;
        this.insideVoxels = insideVoxels;
        this.unit = unit;
    }

    /**
     * The surface at {@code level} (around the voxels {@code >= level}) in slab {@code slab} of {@code plan}.
     * Reads only slices {@link SlabPlan#firstSlice} to {@link SlabPlan#lastSlice} of {@code source}.
     *
     * @param source the whole stack (its other slices are never read, so a source over part of the files works)
     * @param level  the iso level, finite
     * @param plan   the plan, made for {@code source.depth()} slices
     * @param slab   the slab, {@code 0 .. plan.slabs() - 1}
     */
    public static MeshPart of(SliceSource source, double level, SlabPlan plan, int slab) {
        Checks.requireNonNull(source, "stack");
        Checks.requireFinite(level, "level");
        Checks.requireNonNull(plan, "plan");
        return of(source, level, level, plan, slab);
    }

    /**
     * The surface around the voxels {@code <= level} in slab {@code slab} of {@code plan}, as
     * {@link MarchingCubes#extractBelow} makes it.
     */
    public static MeshPart below(SliceSource source, double level, SlabPlan plan, int slab) {
        Checks.requireNonNull(source, "stack");
        Checks.requireFinite(level, "level");
        Checks.requireNonNull(plan, "plan");
        InvertedSource negative = new InvertedSource(source);
        return of(negative, negative.mirror(level), level, plan, slab);
    }

    private static MeshPart of(SliceSource source, double level, double asked, SlabPlan plan, int slab) {
        if (plan.depth() != source.depth()) {
            throw new IllegalArgumentException("plan is for " + plan.depth() + " slices, but the stack has "
                    + source.depth());
        }
        int from = plan.from(slab);
        int to = plan.to(slab);
        Border border = plan.border();
        SliceSource s = border == Border.CLOSED && source.depth() == 1 ? new DoubledSlice(source) : source;
        boolean first = slab == 0;
        try (Progress progress = Progress.start("marching cubes, slab " + slab, 2L * (to - from))) {
            SlabExtractor counted = new SlabExtractor(s, level, border, null);
            counted.run(from, to, first, progress);
            counted.release();
            int v = Math.toIntExact(counted.vertexCount);
            int e = Math.toIntExact(counted.extraCount);
            int seam = first ? 0 : counted.firstPlaneVertices;
            float[] xyz = new float[3 * (v + e)];
            float[] normals = new float[3 * (v + e)];
            int[] triangles = new int[Math.toIntExact(counted.indexCount)];
            new SlabExtractor(s, level, border, MeshSink.into(xyz, normals, triangles, 0, v, 0, -seam))
                    .run(from, to, first, progress);
            progress.finish();
            return new MeshPart(plan, slab, asked, xyz, normals, triangles, v, seam, counted.insideVoxels,
                    source.grid().unit());
        }
    }

    /** The plan this part is a slab of. */
    public SlabPlan plan() {
        return plan;
    }

    /** Which slab of the plan. */
    public int slab() {
        return slab;
    }

    /** The level the caller asked for. */
    public double level() {
        return level;
    }

    /** Positions, x y z per vertex: the edge vertices, then the loop centres (the part's own array). */
    public float[] vertices() {
        return vertices;
    }

    /** Normals, in the order of {@link #vertices()} (the part's own array). */
    public float[] normals() {
        return normals;
    }

    /** Triangle indices, three per triangle, as the class comment says (the part's own array). */
    public int[] triangles() {
        return triangles;
    }

    /** Edge vertices the part holds (its loop centres follow them). */
    public int edgeVertices() {
        return edgeVertices;
    }

    /** Loop-centre vertices the part holds. */
    public int extras() {
        return vertices.length / 3 - edgeVertices;
    }

    /** Vertices of the first plane, held by the slab before, that the triangles index as {@code -seam .. -1}. */
    public int seam() {
        return seam;
    }

    /** Voxels on the enclosed side in the planes this slab owns. */
    public long insideVoxels() {
        return insideVoxels;
    }

    /** The unit of the coordinates. */
    public String unit() {
        return unit;
    }

    @Override
    public String toString() {
        return "MeshPart[slab " + slab + " of " + plan.slabs() + ", " + vertices.length / 3 + " vertices, "
                + triangles.length / 3 + " triangles]";
    }
}
