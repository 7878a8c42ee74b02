package io.github.stack3d.extract;

import io.github.stack3d.Border;
import io.github.stack3d.Checks;
import io.github.stack3d.Mask;
import io.github.stack3d.Mesh;
import io.github.stack3d.Parallel;
import io.github.stack3d.Progress;
import io.github.stack3d.SliceSource;

import java.util.function.IntConsumer;

/**
 * Iso-surfaces by marching cubes (Lorensen &amp; Cline 1987), streamed slice by slice and split over threads.
 *
 * <ul>
 *   <li>A voxel is inside when its value is {@code >= level}; vertices lie on the edges between inside and
 *       outside voxels, linearly interpolated, one shared vertex per crossed edge (plus, rarely, one at the
 *       centre of a loop that tunnels through a cube, after all edge vertices). A vertex never sits closer
 *       than {@value EdgeVertex#MIN_T} voxel to a voxel centre, so a level equal to voxel values gives no
 *       zero-area triangles.</li>
 *   <li>Faces with two inside corners on a diagonal are decided by the asymptotic decider, the same way from
 *       both cubes that share them, so the surface has no holes ({@link MarchingCubesTable} derives the table).
 *       Inside a cube, where the faces leave two parts of the same side apart that the trilinear interpolant
 *       joins through the cube (the tunnels of Marching Cubes 33), the two sheets become a tube
 *       ({@link InteriorDecider}), so the surface has the interpolant's topology; a saddle exactly at the level
 *       joins the inside.</li>
 *   <li>{@link Border#CLOSED} treats the stack as surrounded by background: surfaces that reach the border are
 *       capped there (at the outermost voxel centres), and every mesh is closed. Along an axis where the stack is
 *       one voxel thick (a single slice) the caps sit half a voxel out instead, so the mesh is a slab one voxel
 *       thick.</li>
 *   <li>Vertices are in physical units ({@code origin + index × spacing}); triangles are counter-clockwise seen from
 *       outside; normals are the negated, interpolated value gradient (pointing out), or the border's outward
 *       direction on caps.</li>
 *   <li>Only four slices per thread are in memory at a time, so a stack on disk streams. The z range is split
 *       into runs of slabs; the output is identical for any number of threads (see {@link SlabExtractor}).
 *       Each run is made twice, counting and then writing straight into the mesh's arrays, so that besides the
 *       slices the only large memory is the mesh itself; where the stack is in memory, the writing pass reuses the
 *       counting pass's classification (about one bit per voxel). For a file, {@link #extractRuns} makes each run
 *       once, into buffers of its own that a writer stores without assembling the mesh.</li>
 * </ul>
 */
public final class MarchingCubes {

    private MarchingCubes() {
    }

    /**
     * Told, while the surface is extracted, which parts of the mesh's arrays are final: so that a writer stores
     * the mesh part by part while other threads still extract it ({@link io.github.stack3d.io.mesh.PlyRanges}).
     * Called from the worker threads, {@link #finished} at once from several; an unchecked exception it throws
     * stops the extraction and is rethrown to its caller.
     */
    public interface Parts {
        /** The mesh's size, once counted, before any part is written. */
        void sized(int vertices, int triangles);

        /**
         * Vertices {@code vertexFrom .. vertexTo - 1} and {@code extraFrom .. extraTo - 1} (positions and normals,
         * three values each) and triangles {@code triangleFrom .. triangleTo - 1} (three indices each) of the
         * mesh's arrays are final.
         */
        void finished(float[] xyz, float[] normals, int[] triangles, int vertexFrom, int vertexTo, int extraFrom,
                      int extraTo, int triangleFrom, int triangleTo);
    }

    /** The surface at {@code level}, on the library's threads ({@link Parallel#threads()}). */
    public static Mesh extract(SliceSource source, double level, Border border) {
        return extract(source, level, border, Parallel.threads());
    }

    /**
     * The surface around the voxels with value {@code <= level}: dark objects on a bright background (the seed's
     * {@code inRange(0, 100)}), on all processors. The same surface as {@link #extract(SliceSource, double, Border)}
     * on the stack's negative, with normals pointing out of the dark object.
     */
    public static Mesh extractBelow(SliceSource source, double level, Border border) {
        return extractBelow(source, level, border, null);
    }

    /**
     * {@link #extract(SliceSource, double, Border)}, telling {@code parts} (null: nobody) which parts of the mesh
     * are final as the threads finish them.
     */
    public static Mesh extract(SliceSource source, double level, Border border, Parts parts) {
        return extract(source, level, border, Parallel.threads(), Inside.AT_OR_ABOVE, level, parts);
    }

    /** {@link #extractBelow(SliceSource, double, Border)}, telling {@code parts} (null: nobody) as it goes. */
    public static Mesh extractBelow(SliceSource source, double level, Border border, Parts parts) {
        Checks.requireNonNull(source, "stack");
        Checks.requireFinite(level, "level");
        InvertedSource negative = new InvertedSource(source);
        return extract(negative, negative.mirror(level), border, Parallel.threads(), Inside.BELOW, level, parts);
    }

    /**
     * The surface at {@code level} as {@link #extract(SliceSource, double, Border)} makes it, made in one pass over
     * the slices and kept as the threads made it ({@link MeshRuns}): for writing a file without assembling the mesh.
     *
     * @throws IllegalArgumentException when the level is not finite, or no surface crosses it
     */
    public static MeshRuns extractRuns(SliceSource source, double level, Border border) {
        return runs(source, level, border, Inside.AT_OR_ABOVE, level);
    }

    /** {@link #extractBelow(SliceSource, double, Border)} in one pass, as {@link #extractRuns} makes it. */
    public static MeshRuns extractRunsBelow(SliceSource source, double level, Border border) {
        Checks.requireNonNull(source, "stack");
        Checks.requireFinite(level, "level");
        InvertedSource negative = new InvertedSource(source);
        return runs(negative, negative.mirror(level), border, Inside.BELOW, level);
    }

    /** The surface between a mask's foreground and background (level 0.5 on its 0/1 values). */
    public static Mesh extract(Mask mask, Border border) {
        return extract(mask, 0.5, border, Parallel.threads(), Inside.MASK, 0.5, null);
    }

    /**
     * The surface at {@code level}, its slabs cut into runs for {@code threads} threads (the output is the same for
     * any number), run on the library's threads.
     *
     * @throws IllegalArgumentException when the level is not finite, or no surface crosses it (the message says
     *                                  whether no voxel or every voxel is inside)
     */
    public static Mesh extract(SliceSource source, double level, Border border, int threads) {
        return extract(source, level, border, threads, Inside.AT_OR_ABOVE, level, null);
    }

    /**
     * Which voxels the caller asked to enclose, so that a message about no surface says which way to move the
     * level the caller gave: {@code marchingCubesBelow} runs on the stack's negative at the mirrored level.
     */
    private enum Inside {
        AT_OR_ABOVE(">=", "lower", "raise"),
        BELOW("<=", "raise", "lower"),
        /** a mask's set voxels (level 0.5 on its 0/1 values): there is no level to move */
        MASK("set", "", "");

        private final String comparison;
        private final String whenNone;
        private final String whenAll;

        Inside(String comparison, String whenNone, String whenAll) {
            this.comparison = comparison;
            this.whenNone = whenNone;
            this.whenAll = whenAll;
        }
    }

    /** The passes over a planned stack, one step of {@code progress} per slab and pass. */
    private interface Passes<T> {
        T run(SliceSource source, SlabPlan plan, boolean parallel, Progress progress);
    }

    private static Mesh extract(SliceSource source, double level, Border border, int threads, Inside side,
                                double asked, Parts parts) {
        return planned(source, level, border, threads, 2, (s, plan, parallel, progress) ->
                extract(s, level, plan, parallel, progress, side, asked, parts));
    }

    private static MeshRuns runs(SliceSource source, double level, Border border, Inside side, double asked) {
        return planned(source, level, border, Parallel.threads(), 1, (s, plan, parallel, progress) ->
                runs(s, level, plan, parallel, progress, side, asked));
    }

    /**
     * Checks the arguments, plans the slabs (threads × 4 runs) and runs {@code passes} over them, a single slice
     * with a closed border doubled first.
     */
    private static <T> T planned(SliceSource source, double level, Border border, int threads, int passCount,
                                 Passes<T> passes) {
        Checks.requireNonNull(source, "stack");
        Checks.requireFinite(level, "level");
        Checks.requireNonNull(border, "border");
        Checks.requirePositive(threads, "threads");
        SliceSource s = border == Border.CLOSED && source.depth() == 1 ? new DoubledSlice(source) : source;
        SlabPlan plan = SlabPlan.of(s.depth(), border, threads == 1 ? 1 : threads * 4);
        long steps = (long) passCount * (plan.to(plan.slabs() - 1) - plan.from(0));
        try (Progress progress = Progress.start("marching cubes", steps)) {
            T made = passes.run(s, plan, threads > 1, progress);
            progress.finish();
            return made;
        }
    }

    /** Both passes; the slabs placed by {@link MeshStitch}. */
    private static Mesh extract(SliceSource source, double level, SlabPlan plan, boolean parallel,
                                Progress progress, Inside side, double asked, Parts parts) {
        Border border = plan.border();
        int runs = plan.slabs();
        SlabExtractor[] counted = new SlabExtractor[runs];
        SlabExtractor.Kept kept = SlabExtractor.Kept.of(source, runs);
        runAll(runs, parallel, r -> {
            SlabExtractor c = new SlabExtractor(source, level, border, null, kept, r);
            c.run(plan.from(r), plan.to(r), r == 0, progress);
            counted[r] = c.release();
        });
        long[] vertices = new long[runs];
        long[] extras = new long[runs];
        long[] indices = new long[runs];
        long inside = 0;
        for (int r = 0; r < runs; r++) {
            vertices[r] = counted[r].vertexCount;
            extras[r] = counted[r].extraCount;
            indices[r] = counted[r].indexCount;
            inside += counted[r].insideVoxels;
        }
        MeshStitch.Layout layout = MeshStitch.Layout.of(vertices, extras, indices);
        if (layout.indices() == 0) {
            throw new IllegalArgumentException(noSurface(source, asked, border, side, inside));
        }
        layout.requireMemory();
        float[] positions = new float[3 * layout.vertices()];
        float[] normals = new float[3 * layout.vertices()];
        int[] triangles = new int[layout.indices()];
        MeshSink[] sinks = new MeshSink[runs];
        for (int r = 0; r < runs; r++) {
            int seam = r == 0 ? 0 : counted[r].firstPlaneVertices;
            sinks[r] = MeshSink.into(positions, normals, triangles, layout.vertexStart()[r],
                    layout.extraStart()[r], layout.indexStart()[r], layout.vertexStart()[r] - seam);
        }
        if (parts != null) {
            parts.sized(layout.vertices(), layout.indices() / 3);
        }
        runAll(runs, parallel, r -> {
            new SlabExtractor(source, level, border, sinks[r], kept, r).run(plan.from(r), plan.to(r), r == 0,
                    progress);
            if (parts != null) {
                int v = layout.vertexStart()[r];
                int e = layout.extraStart()[r];
                int t = layout.indexStart()[r];
                parts.finished(positions, normals, triangles, v, v + (int) vertices[r], e, e + (int) extras[r],
                        t / 3, (t + (int) indices[r]) / 3);
            }
        });
        return new Mesh(positions, triangles, normals, null, source.grid().unit());
    }

    /** One pass, each run into a growing sink of its own; the runs placed by {@link MeshStitch}. */
    private static MeshRuns runs(SliceSource source, double level, SlabPlan plan, boolean parallel,
                                 Progress progress, Inside side, double asked) {
        Border border = plan.border();
        int runs = plan.slabs();
        MeshSink[] sinks = new MeshSink[runs];
        int[] seams = new int[runs];
        long[] vertices = new long[runs];
        long[] extras = new long[runs];
        long[] indices = new long[runs];
        runAll(runs, parallel, r -> {
            MeshSink sink = MeshSink.growing();
            SlabExtractor run = new SlabExtractor(source, level, border, sink, null, r);
            run.run(plan.from(r), plan.to(r), r == 0, progress);
            run.release();
            sink.seal();
            sinks[r] = sink;
            seams[r] = r == 0 ? 0 : run.firstPlaneVertices;
            vertices[r] = run.vertexCount;
            extras[r] = sink.extra;
            indices[r] = sink.indexTotal();
        });
        MeshStitch.Layout layout = MeshStitch.Layout.of(vertices, extras, indices);
        if (layout.indices() == 0) {
            // only to say why: the voxels inside, counted by a counting pass (the one pass numbers, not counts)
            long[] inside = new long[runs];
            runAll(runs, parallel, r -> {
                SlabExtractor c = new SlabExtractor(source, level, border, null, null, r);
                c.run(plan.from(r), plan.to(r), r == 0, progress);
                inside[r] = c.release().insideVoxels;
            });
            throw new IllegalArgumentException(noSurface(source, asked, border, side,
                    java.util.Arrays.stream(inside).sum()));
        }
        return new MeshRuns(sinks, seams, layout, source.grid().unit());
    }

    /** Runs {@code work} for every run number, on the library's threads or in order on this thread. */
    private static void runAll(int runs, boolean parallel, IntConsumer work) {
        if (parallel) {
            Parallel.forEach(runs, work);
        } else {
            for (int r = 0; r < runs; r++) {
                work.accept(r);
            }
        }
    }

    /**
     * Why there is no surface at the caller's level {@code asked}, {@code inside} voxels being on the enclosed
     * side, and which way to move the level: down to enclose some voxels {@code >=} it, up for {@code <=}.
     */
    private static String noSurface(SliceSource source, double asked, Border border, Inside side, long inside) {
        if (side == Inside.MASK) {
            return inside == 0 ? "no surface: the mask is empty (no voxel is set)"
                    : inside == source.voxelCount() && border == Border.OPEN
                    ? "no surface: every voxel of the mask is set, and with Border.OPEN a full stack has no "
                    + "surface; use Border.CLOSED"
                    : "no surface: the mask is too thin for Border." + border + " (" + source.width() + "×"
                    + source.height() + "×" + source.depth() + " voxels)";
        }
        String at = "no surface at level " + asked + ": ";
        if (inside == 0) {
            return at + "no voxel is " + side.comparison + " " + asked + " (" + source.type() + " data); "
                    + side.whenNone + " the level";
        }
        if (inside == source.voxelCount()) {
            return at + "every voxel is " + side.comparison + " " + asked + (border == Border.OPEN
                    ? ", and with Border.OPEN a full stack has no surface; " + side.whenAll
                    + " the level or use Border.CLOSED"
                    : "; " + side.whenAll + " the level");
        }
        return at + "the stack is too thin for Border." + border + " (" + source.width() + "×" + source.height()
                + "×" + source.depth() + " voxels)";
    }
}
