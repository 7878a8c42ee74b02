package io.github.stack3d.extract;

import io.github.stack3d.Border;
import io.github.stack3d.Checks;
import java.io.Serializable;
import java.util.Arrays;

/**
 * How marching cubes cuts a stack's z range into slabs, each extracted on its own (one thread, or one task of a
 * cluster job) and joined by {@link MeshStitch} into exactly the mesh of one pass.
 *
 * <p>A slab is a run of <em>cube layers</em>: layer {@code k} holds the cubes between slices {@code k - 1} and
 * {@code k}, so with {@link Border#CLOSED} the layers are {@code 0 .. depth} (layers 0 and {@code depth} reach
 * into the background beyond the stack and cap it) and with {@link Border#OPEN} {@code 1 .. depth - 1}. Slab
 * {@code s} is layers {@link #from(int) from(s)} to {@link #to(int) to(s)} (exclusive); neighbouring slabs share
 * one slice (the last plane of one is the first of the next), and a slab reads slices
 * {@link #firstSlice(int)} to {@link #lastSlice(int)}: its own, one more below for the gradients of its first
 * plane, and one above for those of its last. A stack of one slice with {@link Border#CLOSED} is planned as the
 * two-slice stack marching cubes makes of it.
 */
public final class SlabPlan implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int depth;
    private final Border border;
    private final int[] from;

    private SlabPlan(int depth, Border border, int[] from) {
        this.depth = depth;
        this.border = border;
        this.from = from;
    }

    /**
     * {@code slabs} slabs of nearly equal thickness (fewer when there are fewer cube layers).
     *
     * @param depth  the stack's slices, 1 or more
     * @param border how the surface meets the stack's border
     * @param slabs  the number of slabs wanted, 1 or more
     */
    public static SlabPlan of(int depth, Border border, int slabs) {
        Checks.requirePositive(slabs, "slabs");
        int first = first(depth, border);
        int layers = end(depth, border) - first;
        int n = Math.max(1, Math.min(layers, slabs));
        int[] from = new int[n + 1];
        for (int s = 0; s <= n; s++) {
            from[s] = first + (int) ((long) layers * s / n);
        }
        return new SlabPlan(depth, border, from);
    }

    /**
     * Slabs of {@code layers} cube layers each (the last may be thinner): about {@code layers} slices per slab.
     *
     * @param depth  the stack's slices, 1 or more
     * @param border how the surface meets the stack's border
     * @param layers cube layers per slab, 1 or more
     */
    public static SlabPlan ofThickness(int depth, Border border, int layers) {
        Checks.requirePositive(layers, "layers");
        int first = first(depth, border);
        int end = end(depth, border);
        int n = Math.max(1, (int) (((long) end - first + layers - 1) / layers));
        int[] from = new int[n + 1];
        for (int s = 0; s <= n; s++) {
            from[s] = (int) Math.min(end, first + (long) layers * s);
        }
        return new SlabPlan(depth, border, from);
    }

    /** The first cube layer, after checking the arguments. */
    private static int first(int depth, Border border) {
        Checks.requirePositive(depth, "depth");
        Checks.requireNonNull(border, "border");
        return border == Border.CLOSED ? 0 : 1;
    }

    /**
     * The cube layer after the last; a single slice with a closed border is planned as the two slices marching
     * cubes makes of it, and an open stack of one slice has no layer.
     */
    private static int end(int depth, Border border) {
        return border == Border.CLOSED ? Math.max(depth, 2) + 1 : Math.max(depth, 1);
    }

    /** The stack's slices. */
    public int depth() {
        return depth;
    }

    /** How the surface meets the stack's border. */
    public Border border() {
        return border;
    }

    /** The number of slabs. */
    public int slabs() {
        return from.length - 1;
    }

    /** The first cube layer of slab {@code s}. */
    public int from(int s) {
        return from[check(s)];
    }

    /** The cube layer after the last of slab {@code s} (equal to {@code from(s)} for an empty slab). */
    public int to(int s) {
        return from[check(s) + 1];
    }

    /** The first slice slab {@code s} reads. */
    public int firstSlice(int s) {
        return Math.max(0, Math.min(depth - 1, from(s) - 2));
    }

    /** The last slice slab {@code s} reads (inclusive). */
    public int lastSlice(int s) {
        return Math.max(0, Math.min(depth - 1, to(s)));
    }

    private int check(int s) {
        return Checks.requireInRange(s, 0, slabs() - 1, "slab");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SlabPlan p && p.depth == depth && p.border == border && Arrays.equals(p.from, from);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * depth + border.hashCode()) + Arrays.hashCode(from);
    }

    @Override
    public String toString() {
        return "SlabPlan[" + slabs() + " slabs of " + depth + " slices, " + border + ", layers "
                + Arrays.toString(from) + "]";
    }
}
