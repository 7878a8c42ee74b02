package io.github.stack3d.extract;

import io.github.stack3d.Bits;
import io.github.stack3d.Checks;
import io.github.stack3d.Mask;
import io.github.stack3d.PointCloud;
import java.util.List;

/**
 * The shell of a mask as points: the seed answer's algorithm ({@code seed/seed_shell.py}), point for point.
 *
 * <p>Voxel (x, y, z) is a shell point when it is foreground and
 * <ul>
 * <li>the slice above or below is background there (an empty slice lies above the first and below the last, so
 * the first and last slices are shell entirely), or</li>
 * <li>it lies on a contour of its slice: a background 4-neighbour, or the image frame beside it. This is exactly
 * the set of pixels {@code cv2.findContours(slice, RETR_TREE, CHAIN_APPROX_NONE)} returns (OpenCV 4.6; checked
 * against cv2 on random masks).</li>
 * </ul>
 * Each point appears once, at {@code origin + (x·sx, y·sy, z·sz)} from the mask's grid, ordered by z, then y, then
 * x. The test is done 64 voxels at a time on the mask's bit words: a voxel is inside the shell's complement when
 * it and its six neighbours are all foreground. Slices stream ({@link VoxelPoints#collect}): each is read once
 * per run of slices, with its two neighbours.
 */
public final class ShellPoints {

    private ShellPoints() {
    }

    /**
     * The shell points of {@code mask} (see the class comment); a solid n³ cube gives n³ − (n−2)³ points.
     *
     * @param mask any mask with at least one foreground voxel, in memory or computed slice by slice
     * @return the points, in the grid's unit, ordered by z, then y, then x
     * @throws IllegalArgumentException when the mask is empty
     */
    public static PointCloud of(Mask mask) {
        Checks.requireNonNull(mask, "mask");
        return VoxelPoints.collect(mask, "shell points", selection(mask));
    }

    /**
     * The coordinates (x y z per point) of the shell points in slices {@code from .. to - 1}, reading only slices
     * {@code from - 1 .. to}: one slab's share of {@link #of(Mask)}, so that the slabs' coordinates one after the
     * other ({@link #join}) are that point cloud.
     *
     * @param mask the whole mask (its other slices are never read)
     * @param from the first slice, {@code 0 .. depth}
     * @param to   the slice after the last, {@code from .. depth}
     */
    public static float[] ofSlices(Mask mask, int from, int to) {
        Checks.requireNonNull(mask, "mask");
        return VoxelPoints.collect(mask, selection(mask), from, to);
    }

    /**
     * The point cloud of the slabs' coordinates ({@link #ofSlices}) in slab order.
     *
     * @param slabs the coordinates of consecutive slabs covering the mask, first slab first
     * @param mask  the mask (for its unit, and for the message when there are no points)
     * @throws IllegalArgumentException when there is no shell point at all, or more than one cloud holds
     */
    public static PointCloud join(List<float[]> slabs, Mask mask) {
        Checks.requireNonNull(slabs, "slabs");
        Checks.requireNonNull(mask, "mask");
        long values = 0;
        for (float[] s : slabs) {
            values += s.length;
        }
        if (values == 0) {
            throw VoxelPoints.empty(mask, "shell points");
        }
        VoxelPoints.requireHoldable(values / 3, "shell points");
        float[] xyz = new float[(int) values];
        int at = 0;
        for (float[] s : slabs) {
            System.arraycopy(s, 0, xyz, at, s.length);
            at += s.length;
        }
        return new PointCloud(xyz, mask.grid().unit());
    }

    /** The shell test of the class comment, 64 voxels at a time. */
    private static VoxelPoints.SliceSelection selection(Mask mask) {
        int w = mask.width();
        int n = mask.sliceSize();
        long[] firstColumn = column(w, n, 0);
        long[] lastColumn = column(w, n, w - 1);
        return (below, s, above, into) -> {
            for (int word = 0; word < s.length; word++) {
                long fg = s[word];
                if (fg == 0) {
                    continue;
                }
                long at = (long) word << 6;
                long inner = below == null || above == null ? 0L : below[word] & above[word];
                inner &= Bits.word(s, at - 1) & ~firstColumn[word];
                inner &= Bits.word(s, at + 1) & ~lastColumn[word];
                inner &= Bits.word(s, at - w) & Bits.word(s, at + w);
                long shell = fg & ~inner;
                while (shell != 0) {
                    into.add((int) at + Long.numberOfTrailingZeros(shell));
                    shell &= shell - 1;
                }
            }
        };
    }

    /** The bits of column {@code x} in a slice of {@code n} voxels, {@code w} wide. */
    private static long[] column(int w, int n, int x) {
        long[] bits = new long[(n + 63) >>> 6];
        for (int i = x; i < n; i += w) {
            Bits.set(bits, i);
        }
        return bits;
    }
}
