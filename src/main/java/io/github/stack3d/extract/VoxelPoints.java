package io.github.stack3d.extract;

import io.github.stack3d.Checks;
import io.github.stack3d.Mask;
import io.github.stack3d.Memory;
import io.github.stack3d.PointCloud;
import io.github.stack3d.Spacing;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Every foreground voxel of a mask as a point at {@code (x·sx, y·sy, z·sz)}, ordered by z, then y, then x; also
 * the point collector that {@link ShellPoints} shares.
 */
public final class VoxelPoints {

    /** Most points one {@link PointCloud} holds: its coordinates are one Java array. */
    static final long MAX_POINTS = (Integer.MAX_VALUE - 8) / 3;

    private VoxelPoints() {
    }

    /**
     * All foreground voxels of {@code mask} as points.
     *
     * @param mask any mask with at least one foreground voxel
     * @return the points, in the spacing's unit, ordered by z, then y, then x
     * @throws IllegalArgumentException when the mask is empty
     */
    public static PointCloud of(Mask mask) {
        Checks.requireNonNull(mask, "mask");
        return collect(mask, "voxel points", VoxelPoints::foregroundSlice);
    }

    private static int foregroundSlice(Mask mask, int z, int[] into) {
        boolean[] s = mask.slice(z);
        int n = 0;
        for (int i = 0; i < s.length; i++) {
            if (s[i]) {
                into[n++] = i;
            }
        }
        return n;
    }

    /** Picks voxels of one slice. */
    interface SliceSelection {
        /**
         * Writes the indices {@code y * width + x} of the voxels of slice {@code z} it selects into {@code into}
         * (room for a whole slice), in increasing order, and returns how many there are.
         */
        int select(Mask mask, int z, int[] into);
    }

    /**
     * The points {@code selection} picks in every slice. Runs of slices are selected in parallel, each run with
     * one scratch array the size of a slice, keeping per slice only the indices picked; then one coordinate array
     * is allocated and filled in parallel, each slice at its offset, so the order is z, then y, then x.
     */
    static PointCloud collect(Mask mask, String what, SliceSelection selection) {
        int depth = mask.depth();
        int[][] picked = new int[depth][];
        int runs = Math.min(depth, 4 * Runtime.getRuntime().availableProcessors());
        IntStream.range(0, runs).parallel().forEach(run -> {
            int[] scratch = new int[mask.width() * mask.height()];
            int end = (int) ((run + 1L) * depth / runs);
            for (int z = (int) ((long) run * depth / runs); z < end; z++) {
                picked[z] = Arrays.copyOf(scratch, selection.select(mask, z, scratch));
            }
        });
        long[] offsets = new long[depth + 1];
        for (int z = 0; z < depth; z++) {
            offsets[z + 1] = offsets[z] + picked[z].length;
        }
        long total = offsets[depth];
        if (total == 0) {
            throw new IllegalArgumentException("mask is empty (no foreground voxel in " + mask.width() + "×"
                    + mask.height() + "×" + depth + "), so there are no " + what + "; check the threshold");
        }
        if (total > MAX_POINTS) {
            throw new IllegalArgumentException(Checks.count(total) + " " + what + " exceed the "
                    + Checks.count(MAX_POINTS) + " one point cloud can hold; crop or downsample the stack");
        }
        Memory.require(total * 3 * Float.BYTES, Checks.count(total) + " " + what);
        float[] xyz = new float[(int) total * 3];
        Spacing sp = mask.spacing();
        float[] xs = coordinates(mask.width(), sp.x());
        float[] ys = coordinates(mask.height(), sp.y());
        int w = mask.width();
        IntStream.range(0, depth).parallel().forEach(z -> {
            float zc = (float) (z * sp.z());
            int o = (int) offsets[z] * 3;
            for (int i : picked[z]) {
                int y = i / w;
                xyz[o++] = xs[i - y * w];
                xyz[o++] = ys[y];
                xyz[o++] = zc;
            }
        });
        return new PointCloud(xyz, sp.unit());
    }

    private static float[] coordinates(int n, double step) {
        float[] c = new float[n];
        for (int i = 0; i < n; i++) {
            c[i] = (float) (i * step);
        }
        return c;
    }
}
