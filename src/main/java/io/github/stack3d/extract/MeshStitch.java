package io.github.stack3d.extract;

import io.github.stack3d.Checks;
import io.github.stack3d.Memory;
import io.github.stack3d.Mesh;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Joins the {@link MeshPart}s of a {@link SlabPlan} into the one mesh marching cubes makes of the whole stack:
 * the same vertices and triangles in the same order, so the PLY written is byte for byte the same.
 *
 * <p>The mesh numbers its edge vertices slab after slab (each slab plane by plane), then its loop centres slab
 * after slab; {@link Layout} is where each slab's three runs (edge vertices, loop centres, triangle indices)
 * start in the mesh's arrays. The local extractor writes each slab straight at those places; a cluster job
 * extracts each slab alone and {@link #join} copies the parts there. A part's triangles refer to the previous
 * part's last plane, which it shares and does not hold, by indices {@code -seam .. -1}; since both number that
 * plane the same way (x-edges row by row, then y-edges), part index {@code t} is mesh index
 * {@code t + vertexStart} for an edge vertex, and {@code t - edgeVertices + extraStart} for a loop centre.
 */
public final class MeshStitch {

    private MeshStitch() {
    }

    /**
     * Where the slabs go in the mesh, from their counts: slab {@code s}'s edge vertices start at
     * {@code vertexStart[s]}, its loop centres at {@code extraStart[s]} (after every edge vertex), its triangle
     * indices at {@code indexStart[s]}; {@code vertices} and {@code indices} are the mesh's totals.
     *
     * @param vertexStart the first mesh vertex of each slab's edge vertices
     * @param extraStart  the first mesh vertex of each slab's loop centres
     * @param indexStart  the first triangle index of each slab
     * @param vertices    the mesh's vertices
     * @param indices     the mesh's triangle indices (three per triangle)
     */
    public record Layout(int[] vertexStart, int[] extraStart, int[] indexStart, int vertices, int indices) {

        /**
         * The layout of slabs with these counts (edge vertices each emits, loop centres, triangle indices).
         *
         * @throws IllegalStateException when the mesh has more values than one Java array holds
         */
        public static Layout of(long[] edgeVertices, long[] extras, long[] indices) {
            int n = edgeVertices.length;
            long v = 0;
            long e = 0;
            long i = 0;
            for (int s = 0; s < n; s++) {
                v += edgeVertices[s];
                e += extras[s];
                i += indices[s];
            }
            long values = 3 * (v + e);
            if (values > Integer.MAX_VALUE - 8 || i > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("the surface has " + Checks.count(values / 3) + " vertices and "
                        + Checks.count(i / 3) + " triangles, more than one mesh can hold; crop or downsample");
            }
            int[] vertexStart = new int[n];
            int[] extraStart = new int[n];
            int[] indexStart = new int[n];
            long vertex = 0;
            long extra = v;
            long index = 0;
            for (int s = 0; s < n; s++) {
                vertexStart[s] = (int) vertex;
                extraStart[s] = (int) extra;
                indexStart[s] = (int) index;
                vertex += edgeVertices[s];
                extra += extras[s];
                index += indices[s];
            }
            return new Layout(vertexStart, extraStart, indexStart, (int) (v + e), (int) i);
        }

        /** Checks that the heap has room for a mesh of this layout (positions, normals and triangles). */
        void requireMemory() {
            // the message only where the check fails: formatting the counts loads the Formatter, regex and locale
            // classes, about 10 ms of a fresh JVM's first extraction
            Memory.require(24L * vertices + 4L * indices, () -> "the mesh (" + Checks.count(vertices) + " vertices, "
                    + Checks.count(indices / 3) + " triangles)");
        }
    }

    /**
     * The mesh of the whole stack from the parts of every slab of one plan, in any order.
     *
     * @param parts one part per slab of the plan they share
     * @return the mesh, identical to {@link MarchingCubes#extract} on the same stack, level and border
     * @throws IllegalArgumentException when a slab is missing or twice, the parts come from different plans or
     *                                  levels, or no surface crosses the level
     */
    public static Mesh join(Collection<MeshPart> parts) {
        List<MeshPart> ordered = ordered(parts);
        int n = ordered.size();
        long[] vertices = new long[n];
        long[] extras = new long[n];
        long[] indices = new long[n];
        long inside = 0;
        for (int s = 0; s < n; s++) {
            MeshPart p = ordered.get(s);
            vertices[s] = p.edgeVertices();
            extras[s] = p.extras();
            indices[s] = p.triangles().length;
            inside += p.insideVoxels();
        }
        Layout layout = Layout.of(vertices, extras, indices);
        if (layout.indices() == 0) {
            throw new IllegalArgumentException("no surface at level " + ordered.get(0).level() + ": "
                    + Checks.count(inside) + " voxels are inside; move the level");
        }
        layout.requireMemory();
        float[] xyz = new float[3 * layout.vertices()];
        float[] normals = new float[3 * layout.vertices()];
        int[] triangles = new int[layout.indices()];
        for (int s = 0; s < n; s++) {
            MeshPart p = ordered.get(s);
            int v = p.edgeVertices();
            int vertexStart = layout.vertexStart()[s];
            int extraStart = layout.extraStart()[s];
            System.arraycopy(p.vertices(), 0, xyz, 3 * vertexStart, 3 * v);
            System.arraycopy(p.normals(), 0, normals, 3 * vertexStart, 3 * v);
            System.arraycopy(p.vertices(), 3 * v, xyz, 3 * extraStart, 3 * p.extras());
            System.arraycopy(p.normals(), 3 * v, normals, 3 * extraStart, 3 * p.extras());
            relocate(p.triangles(), 0, triangles, layout.indexStart()[s], p.triangles().length, v, vertexStart,
                    extraStart);
        }
        return new Mesh(xyz, triangles, normals, null, ordered.get(0).unit());
    }

    /**
     * Copies {@code count} part-local triangle indices from {@code from[at..]} to {@code to[into..]} as mesh
     * indices: edge vertices (below {@code edgeVertices}, negative for the shared plane) move by
     * {@code vertexStart}, loop centres to {@code extraStart}.
     */
    public static void relocate(int[] from, int at, int[] to, int into, int count, int edgeVertices,
                                int vertexStart, int extraStart) {
        int loopShift = extraStart - edgeVertices;
        for (int i = 0; i < count; i++) {
            int t = from[at + i];
            to[into + i] = t + (t < edgeVertices ? vertexStart : loopShift);
        }
    }

    /**
     * The parts sorted by slab, checked to be one of each slab of one plan, at one level.
     *
     * @throws IllegalArgumentException naming the slab that is missing or repeated, or the part that differs
     */
    private static List<MeshPart> ordered(Collection<MeshPart> parts) {
        Checks.requireNonNull(parts, "parts");
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("parts is empty; expected one part per slab");
        }
        List<MeshPart> ordered = new ArrayList<>(parts);
        ordered.sort(Comparator.comparingInt(MeshPart::slab));
        MeshPart first = ordered.get(0);
        SlabPlan plan = first.plan();
        for (int s = 0; s < ordered.size(); s++) {
            MeshPart p = ordered.get(s);
            if (!p.plan().equals(plan) || Double.compare(p.level(), first.level()) != 0) {
                throw new IllegalArgumentException("part of slab " + p.slab() + " is of " + p.plan() + " at level "
                        + p.level() + ", but part of slab " + first.slab() + " is of " + plan + " at level "
                        + first.level());
            }
            if (p.slab() != s) {
                throw new IllegalArgumentException("slab " + s + " of " + plan.slabs() + " is "
                        + (p.slab() < s ? "given twice" : "missing"));
            }
        }
        if (ordered.size() != plan.slabs()) {
            throw new IllegalArgumentException("slab " + ordered.size() + " of " + plan.slabs() + " is missing");
        }
        return ordered;
    }
}
