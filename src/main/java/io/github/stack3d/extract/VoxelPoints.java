package io.github.stack3d.extract;

import io.github.stack3d.Checks;
import io.github.stack3d.Grid;
import io.github.stack3d.Mask;
import io.github.stack3d.Memory;
import io.github.stack3d.Parallel;
import io.github.stack3d.PointCloud;
import io.github.stack3d.Progress;
import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Every foreground voxel of a mask as a point at {@code origin + (x·sx, y·sy, z·sz)}, ordered by z, then y, then
 * x; also the streaming point collector that {@link ShellPoints} shares.
 */
public final class VoxelPoints {

    /** Most points one {@link PointCloud} holds: its coordinates are one Java array. */
    static final long MAX_POINTS = (Integer.MAX_VALUE - 8) / 3;

    private VoxelPoints() {
    }

    /**
     * All foreground voxels of {@code mask} as points.
     *
     * @param mask any mask with at least one foreground voxel, in memory or computed slice by slice
     * @return the points, in the grid's unit, ordered by z, then y, then x
     * @throws IllegalArgumentException when the mask is empty
     */
    public static PointCloud of(Mask mask) {
        Checks.requireNonNull(mask, "mask");
        return collect(mask, "voxel points", (below, s, above, into) -> {
            for (int word = 0; word < s.length; word++) {
                long b = s[word];
                while (b != 0) {
                    into.add((word << 6) + Long.numberOfTrailingZeros(b));
                    b &= b - 1;
                }
            }
        });
    }

    /** Picks voxels of one slice. */
    interface SliceSelection {
        /**
         * Adds the indices {@code y * width + x} of the voxels of {@code slice} it selects to {@code into}, in
         * increasing order. {@code below} and {@code above} are the neighbouring slices' bits, null beyond the
         * first or last slice.
         */
        void select(long[] below, long[] slice, long[] above, Picks into);
    }

    /** The indices picked in one slice: a growing {@code int[]}, reused slice after slice by one run. */
    static final class Picks {
        private int[] indices = new int[1024];
        private int size;

        void add(int index) {
            if (size == indices.length) {
                indices = Arrays.copyOf(indices, indices.length * 2);
            }
            indices[size++] = index;
        }

        /** The indices picked since the last call, as a new array; empties this. */
        int[] take() {
            int[] out = Arrays.copyOf(indices, size);
            size = 0;
            return out;
        }
    }

    /**
     * The points {@code selection} picks in every slice. The slices are cut into runs, one task each on the
     * library's threads; a run walks its slices in order holding three (below, this, above), so each slice is read
     * or computed once per run, and keeps per slice only the indices picked (its scratch grows with the most picked
     * in one slice, not with the slice's size). Then one coordinate array is allocated and filled in parallel, each
     * slice at its offset, so the order is z, then y, then x.
     */
    static PointCloud collect(Mask mask, String what, SliceSelection selection) {
        try (Progress progress = Progress.start(what, mask.depth())) {
            PointCloud points = collect(mask, what, selection, progress);
            progress.finish();
            return points;
        }
    }

    private static PointCloud collect(Mask mask, String what, SliceSelection selection, Progress progress) {
        int depth = mask.depth();
        int[][] picked = new int[depth][];
        int runs = Math.min(depth, 4 * Parallel.threads());
        Parallel.forEach(runs, run -> pick(mask, (int) ((long) run * depth / runs), (int) ((run + 1L) * depth / runs),
                selection, picked, 0, progress));
        long[] offsets = offsets(picked);
        long total = offsets[depth];
        if (total == 0) {
            throw empty(mask, what);
        }
        requireHoldable(total, what);
        Memory.require(total * 3 * Float.BYTES, Checks.count(total) + " " + what);
        return new PointCloud(place(mask, picked, 0, offsets, true), mask.grid().unit());
    }

    /**
     * The coordinates of the points {@code selection} picks in slices {@code from .. to - 1} (reading slices
     * {@code from - 1 .. to}), in the order of the whole stack's points: a slab's share of {@link #collect}.
     */
    static float[] collect(Mask mask, SliceSelection selection, int from, int to) {
        Checks.requireInRange(from, 0, mask.depth(), "from");
        Checks.requireInRange(to, from, mask.depth(), "to");
        int[][] picked = new int[to - from][];
        try (Progress progress = Progress.start("points of slices " + from + ".." + (to - 1), to - from)) {
            pick(mask, from, to, selection, picked, from, progress);
            progress.finish();
        }
        return place(mask, picked, from, offsets(picked), false);
    }

    /** Refuses more points than one cloud holds. */
    static void requireHoldable(long points, String what) {
        if (points > MAX_POINTS) {
            throw new IllegalArgumentException(Checks.count(points) + " " + what + " exceed the "
                    + Checks.count(MAX_POINTS) + " one point cloud can hold; crop or downsample the stack");
        }
    }

    /** The error for a mask without any point. */
    static IllegalArgumentException empty(Mask mask, String what) {
        return new IllegalArgumentException("mask is empty (no foreground voxel in " + mask.width() + "×"
                + mask.height() + "×" + mask.depth() + "), so there are no " + what + "; check the threshold");
    }

    /**
     * Picks slices {@code start .. end - 1} into {@code picked[z - first]}, walking them in order holding three
     * (below, this, above), so that each slice is read or computed once.
     */
    private static void pick(Mask mask, int start, int end, SliceSelection selection, int[][] picked, int first,
                             Progress progress) {
        if (start >= end) {
            return;
        }
        int depth = mask.depth();
        Picks scratch = new Picks();
        long[] below = start > 0 ? mask.bits(start - 1) : null;
        long[] slice = mask.bits(start);
        for (int z = start; z < end; z++) {
            long[] above = z + 1 < depth ? mask.bits(z + 1) : null;
            selection.select(below, slice, above, scratch);
            picked[z - first] = scratch.take();
            progress.step();
            below = slice;
            slice = above;
        }
    }

    /** Where each slice's points start, and their total at the end. */
    private static long[] offsets(int[][] picked) {
        long[] offsets = new long[picked.length + 1];
        for (int z = 0; z < picked.length; z++) {
            offsets[z + 1] = offsets[z] + picked[z].length;
        }
        return offsets;
    }

    /** The coordinates of the picked voxels, slice {@code first + z} at {@code offsets[z]}. */
    private static float[] place(Mask mask, int[][] picked, int first, long[] offsets, boolean parallel) {
        float[] xyz = new float[Math.toIntExact(offsets[picked.length] * 3)];
        Grid g = mask.grid();
        float[] xs = new float[mask.width()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = (float) g.x(i);
        }
        float[] ys = new float[mask.height()];
        for (int j = 0; j < ys.length; j++) {
            ys[j] = (float) g.y(j);
        }
        int w = mask.width();
        IntConsumer slice = z -> {
            float zc = (float) g.z(first + z);
            int o = (int) offsets[z] * 3;
            for (int i : picked[z]) {
                int y = i / w;
                xyz[o++] = xs[i - y * w];
                xyz[o++] = ys[y];
                xyz[o++] = zc;
            }
        };
        if (parallel) {
            Parallel.forEach(picked.length, slice);
        } else {
            for (int z = 0; z < picked.length; z++) {
                slice.accept(z);
            }
        }
        return xyz;
    }
}
