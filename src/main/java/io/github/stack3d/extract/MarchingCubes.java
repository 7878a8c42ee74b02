package io.github.stack3d.extract;

import io.github.stack3d.Border;
import io.github.stack3d.Checks;
import io.github.stack3d.Mask;
import io.github.stack3d.Memory;
import io.github.stack3d.Mesh;
import io.github.stack3d.SliceSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;

/**
 * Iso-surfaces by marching cubes (Lorensen &amp; Cline 1987), streamed slice by slice and split over threads.
 *
 * <ul>
 *   <li>A voxel is inside when its value is {@code >= level}; vertices lie on the edges between inside and
 *       outside voxels, linearly interpolated, one shared vertex per crossed edge (plus, rarely, one at the
 *       centre of a loop that tunnels through a cube, after all edge vertices). A vertex never sits closer
 *       than {@value SlabExtractor#MIN_T} voxel to a voxel centre, so a level equal to voxel values gives no
 *       zero-area triangles.</li>
 *   <li>Faces with two inside corners on a diagonal are decided by the asymptotic decider, the same way from
 *       both cubes that share them, so the surface has no holes ({@link MarchingCubesTable} derives the table).</li>
 *   <li>{@link Border#CLOSED} treats the stack as surrounded by background: surfaces that reach the border are
 *       capped there (at the outermost voxel centres), and every mesh is closed.</li>
 *   <li>Vertices are in physical units ({@code index × spacing}); triangles are counter-clockwise seen from
 *       outside; normals are the negated, interpolated value gradient (pointing out), or the border's outward
 *       direction on caps.</li>
 *   <li>Only four slices per thread are in memory at a time, so a stack on disk streams. The z range is split
 *       into runs of slabs; the output is identical for any number of threads (see {@link SlabExtractor}).</li>
 * </ul>
 */
public final class MarchingCubes {

    private MarchingCubes() {
    }

    /** The surface at {@code level}, on all processors. */
    public static Mesh extract(SliceSource source, double level, Border border) {
        return extract(source, level, border, Runtime.getRuntime().availableProcessors());
    }

    /** The surface between a mask's foreground and background (level 0.5 on 0/1 values). */
    public static Mesh extract(Mask mask, Border border) {
        return extract(new MaskSource(mask), 0.5, border);
    }

    /**
     * The surface at {@code level} using {@code threads} threads.
     *
     * @throws IllegalArgumentException when the level is not finite, or no surface crosses it (the message says
     *                                  whether no voxel or every voxel is inside)
     */
    public static Mesh extract(SliceSource source, double level, Border border, int threads) {
        Checks.requireNonNull(source, "stack");
        Checks.requireFinite(level, "level");
        Checks.requireNonNull(border, "border");
        Checks.requirePositive(threads, "threads");
        int first = border == Border.CLOSED ? 0 : 1;
        int last = border == Border.CLOSED ? source.depth() + 1 : source.depth();
        int slabs = last - first;
        int runs = Math.max(1, Math.min(slabs, threads == 1 ? 1 : threads * 4));
        List<SlabExtractor> parts = new ArrayList<>();
        List<Callable<Void>> work = new ArrayList<>();
        for (int r = 0; r < runs && slabs > 0; r++) {
            int k0 = first + (int) ((long) slabs * r / runs);
            int k1 = first + (int) ((long) slabs * (r + 1) / runs);
            SlabExtractor part = new SlabExtractor(source, level, border);
            boolean emitFirst = r == 0;
            parts.add(part);
            work.add(() -> {
                part.run(k0, k1, emitFirst);
                return null;
            });
        }
        runAll(work, threads);
        return assemble(source, level, border, parts);
    }

    private static void runAll(List<Callable<Void>> work, int threads) {
        if (threads == 1 || work.size() <= 1) {
            for (Callable<Void> w : work) {
                try {
                    w.call();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return;
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            for (Future<Void> f : pool.invokeAll(work)) {
                f.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("marching cubes interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Mesh assemble(SliceSource source, double level, Border border, List<SlabExtractor> parts) {
        long vertexValues = 0;
        long extraValues = 0;
        long indexValues = 0;
        long inside = 0;
        for (SlabExtractor p : parts) {
            vertexValues += p.positions.size();
            extraValues += p.extraPositions.size();
            indexValues += p.triangles.size();
            inside += p.insideVoxels;
        }
        if (indexValues == 0) {
            throw new IllegalArgumentException(noSurface(source, level, border, inside));
        }
        long allValues = vertexValues + extraValues;
        if (allValues > Integer.MAX_VALUE - 8 || indexValues > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("the surface has " + Checks.count(allValues / 3) + " vertices and "
                    + Checks.count(indexValues / 3) + " triangles, more than one mesh can hold; crop or downsample");
        }
        Memory.require(allValues * 8 + indexValues * 4, "the mesh (" + Checks.count(allValues / 3)
                + " vertices, " + Checks.count(indexValues / 3) + " triangles)");
        int regular = (int) (vertexValues / 3);
        float[] vertices = gather(parts, regular, (int) allValues, true);
        float[] normals = gather(parts, regular, (int) allValues, false);
        int[] triangles = new int[(int) indexValues];
        int vertexOffset = 0;
        int extraOffset = regular;
        int indexOffset = 0;
        for (int r = 0; r < parts.size(); r++) {
            SlabExtractor p = parts.get(r);
            int indices = (int) p.triangles.size();
            p.triangles.moveTo(triangles, indexOffset, vertexOffset - (r == 0 ? 0 : p.firstPlaneVertices), extraOffset);
            vertexOffset += p.emitted;
            extraOffset += p.extras;
            indexOffset += indices;
        }
        return new Mesh(vertices, triangles, normals, null, source.spacing().unit());
    }

    /**
     * Moves the runs' positions (or normals) into one array: edge vertices in run order, then the loop-centre
     * vertices in run order. Each block is released as it is copied, and the arrays are made one after the
     * other, so the peak memory stays well below two copies of the mesh.
     */
    private static float[] gather(List<SlabExtractor> parts, int regular, int values, boolean positions) {
        float[] out = new float[values];
        int offset = 0;
        int extraOffset = regular;
        for (SlabExtractor p : parts) {
            p.emitted = (int) (p.positions.size() / 3);
            p.extras = (int) (p.extraPositions.size() / 3);
            (positions ? p.positions : p.normals).moveTo(out, offset * 3);
            (positions ? p.extraPositions : p.extraNormals).moveTo(out, extraOffset * 3);
            offset += p.emitted;
            extraOffset += p.extras;
        }
        return out;
    }

    private static String noSurface(SliceSource source, double level, Border border, long inside) {
        String at = "no surface at level " + level + ": ";
        if (inside == 0) {
            return at + "no voxel is >= " + level + " (" + source.type() + " data); lower the level";
        }
        if (inside == source.voxelCount()) {
            return at + "every voxel is >= " + level + (border == Border.OPEN
                    ? ", and with Border.OPEN a full stack has no surface; raise the level or use Border.CLOSED"
                    : "; raise the level");
        }
        return at + "the stack is too thin for Border." + border + " (" + source.width() + "×" + source.height()
                + "×" + source.depth() + " voxels)";
    }
}
