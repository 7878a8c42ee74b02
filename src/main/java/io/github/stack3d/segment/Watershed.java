package io.github.stack3d.segment;

import io.github.stack3d.Checks;
import io.github.stack3d.Labels;
import io.github.stack3d.Mask;
import io.github.stack3d.Memory;
import io.github.stack3d.Parallel;
import java.util.Arrays;

/**
 * Splitting touching objects by a distance-transform watershed, the scikit-image recipe
 * <pre>
 * distance = ndi.distance_transform_edt(mask, sampling)
 * peaks = peak_local_max(distance, min_distance=k, labels=label(mask), exclude_border=False)
 * labels = watershed(-distance, markers_at(peaks), mask=mask)
 * </pre>
 * The exact Euclidean distance ({@link DistanceTransform}, physical units) is ranked into levels
 * ({@link DistanceLevels}); the markers are its local maxima at least {@code minDistance} apart ({@link Peaks});
 * each marker gets its own label and the labels are flooded from the deepest voxels down, so two blobs joined by
 * a neck meet at the neck's narrowest section.
 *
 * <p>The flooding is Meyer's priority flood as skimage's {@code watershed} does it: a voxel takes the label of the
 * neighbour that reaches it first and is queued under its own level; the queue hands out the deepest level first
 * and, within a level, the voxels in the order they were queued (skimage's age), so a plateau is shared by the
 * fronts that reach it at the same time. The queue is a bucket per level, a linked list threaded through the
 * level array itself (a queued voxel's level is no longer needed), so flooding allocates nothing per voxel and
 * reads one {@code int} per neighbour; it runs on one thread, the distance, levels and peaks in parallel, so the
 * result is the same for any thread count. Neighbours are those of the connectivity (6, 18 or 26), which also
 * defines the components that each get at least one marker: every foreground voxel is labelled. The labels are
 * numbered by decreasing size, equal sizes in the order of their first voxel in (z, y, x) scan order, as
 * {@link Components} numbers components; with an infinite {@code minDistance} the result is exactly
 * {@code Components.labels(mask, connectivity)}.
 *
 * <p>Memory: the levels and the labels, 4 bytes a voxel each, plus the distance transform's 4 bytes a voxel while
 * it runs; masks of up to {@code 2³¹ − 1} voxels (voxel indices are {@code int}s).
 */
public final class Watershed {

    /** The end of a bucket's list (and of an empty bucket): no voxel. */
    private static final int END = -1;

    private Watershed() {
    }

    /**
     * The objects of {@code mask} split at their necks; see the class comment.
     *
     * @param minDistance the smallest distance between two markers, in the grid's unit, along some axis; positive
     *                    ({@code Double.POSITIVE_INFINITY}: one object per connected component)
     * @throws IllegalArgumentException when the mask is null or larger than {@code 2³¹ − 1} voxels,
     *                                  {@code minDistance} is not positive (or NaN), or the connectivity is not 6,
     *                                  18 or 26
     * @throws IllegalStateException    when the levels and labels do not fit in the Java heap
     */
    public static Labels split(Mask mask, double minDistance, int connectivity) {
        Checks.requireNonNull(mask, "mask");
        if (!(minDistance > 0)) {
            throw new IllegalArgumentException("minDistance is " + minDistance + "; expected a distance > 0 in "
                    + mask.grid().unit() + " (Double.POSITIVE_INFINITY: one object per connected component)");
        }
        Components.requireConnectivity(connectivity);
        if (mask.voxelCount() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("splitting objects takes masks of up to " + Checks.count(
                    Integer.MAX_VALUE) + " voxels; " + mask + " has " + Checks.count(mask.voxelCount())
                    + "; crop or downsample it");
        }
        int w = mask.width();
        int h = mask.height();
        int d = mask.depth();
        long[][] bits = DistanceTransform.bits(mask);
        Mask loaded = Mask.of(w, h, bits, mask.grid());
        long count = 0;
        for (int z = 0; z < d; z++) {
            count += loaded.count(z);
        }
        Memory.require(8L * mask.voxelCount(), "splitting the objects of " + mask);
        int[][] labels = new int[d][w * h];
        if (count == mask.voxelCount()) {
            for (int[] s : labels) {
                Arrays.fill(s, 1);
            }
        } else if (count > 0) {
            RunLabels components = RunLabels.of(loaded, connectivity, false, false);
            DistanceLevels levels = DistanceLevels.of(loaded, bits);
            int[] markers = Peaks.of(levels.levels(), levels.count(), w, h, mask.grid(), minDistance, components,
                    labels);
            flood(levels.levels(), levels.count(), labels, markers, w, h, connectivity);
            bySize(labels, markers.length);
        }
        return Labels.of(w, h, labels, mask.grid());
    }

    /**
     * Floods {@code labels} from the markers (label k + 1 at {@code markers[k]}) through the foreground (level 1
     * or more), deepest level first. {@code levels} is used up as the queue: a queued voxel's slot holds the next
     * voxel of its bucket as {@code −2 − index} ({@link #END}: none), so a slot above 0 is a foreground voxel not
     * reached yet, and a neighbour costs one read. Voxels off the stack's faces take a loop without bounds checks.
     */
    private static void flood(int[][] levels, int levelCount, int[][] labels, int[] markers, int w, int h,
            int connectivity) {
        int d = levels.length;
        int sliceSize = w * h;
        int[][] offsets = neighbours(connectivity);
        int n = offsets.length;
        int[] dz = new int[n];
        int[] di = new int[n];
        for (int k = 0; k < n; k++) {
            dz[k] = offsets[k][2];
            di[k] = offsets[k][1] * w + offsets[k][0];
        }
        int[] head = new int[levelCount + 1];
        int[] tail = new int[levelCount + 1];
        Arrays.fill(head, END);
        Arrays.fill(tail, END);
        int top = 0;
        for (int k = 0; k < markers.length; k++) {
            int g = markers[k];
            int z = g / sliceSize;
            int i = g - z * sliceSize;
            labels[z][i] = k + 1;
            int level = levels[z][i];
            append(levels, head, tail, level, g, sliceSize);
            top = Math.max(top, level);
        }
        while (true) {
            while (top > 0 && head[top] == END) {
                top--;
            }
            if (top == 0) {
                return;
            }
            int g = head[top];
            int z = g / sliceSize;
            int i = g - z * sliceSize;
            int link = levels[z][i];
            head[top] = link == END ? END : -2 - link;
            if (link == END) {
                tail[top] = END;
            }
            int label = labels[z][i];
            int y = i / w;
            int x = i - y * w;
            boolean inside = x > 0 && x < w - 1 && y > 0 && y < h - 1 && z > 0 && z < d - 1;
            for (int k = 0; k < n; k++) {
                if (!inside) {
                    int nx = x + offsets[k][0];
                    int ny = y + offsets[k][1];
                    int nz = z + dz[k];
                    if (nx < 0 || nx >= w || ny < 0 || ny >= h || nz < 0 || nz >= d) {
                        continue;
                    }
                }
                int nz = z + dz[k];
                int j = i + di[k];
                int level = levels[nz][j];
                if (level > 0) {
                    labels[nz][j] = label;
                    append(levels, head, tail, level, nz * sliceSize + j, sliceSize);
                    top = Math.max(top, level);
                }
            }
        }
    }

    /** Appends voxel {@code g} to the bucket of {@code level}: its slot ends the list, the old last links to it. */
    private static void append(int[][] levels, int[] head, int[] tail, int level, int g, int sliceSize) {
        int z = g / sliceSize;
        levels[z][g - z * sliceSize] = END;
        int t = tail[level];
        if (t == END) {
            head[level] = g;
        } else {
            int tz = t / sliceSize;
            levels[tz][t - tz * sliceSize] = -2 - g;
        }
        tail[level] = g;
    }

    /** The neighbour offsets {dx, dy, dz} of the connectivity, in (dz, dy, dx) scan order. */
    static int[][] neighbours(int connectivity) {
        int[][] out = new int[connectivity][];
        int n = 0;
        for (int dz = -1; dz <= 1; dz++) {
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int nonZero = Math.abs(dx) + Math.abs(dy) + Math.abs(dz);
                    if (nonZero > 0 && (connectivity == 26 || nonZero == 1 || connectivity == 18 && nonZero == 2)) {
                        out[n++] = new int[] {dx, dy, dz};
                    }
                }
            }
        }
        return out;
    }

    /** Renumbers labels 1..n by decreasing size, equal sizes by their first voxel in scan order. */
    private static void bySize(int[][] labels, int n) {
        long[] sizes = new long[n + 1];
        int[] firstSeen = new int[n];
        int seen = 0;
        for (int[] s : labels) {
            for (int l : s) {
                if (l != 0 && sizes[l]++ == 0) {
                    firstSeen[seen++] = l;
                }
            }
        }
        long[] inOrder = new long[seen];
        for (int k = 0; k < seen; k++) {
            inOrder[k] = sizes[firstSeen[k]];
        }
        int[] rank = RunLabels.ranksBySize(inOrder);
        int[] map = new int[n + 1];
        for (int k = 0; k < seen; k++) {
            map[firstSeen[k]] = rank[k] + 1;
        }
        Parallel.forEach(labels.length, z -> {
            int[] s = labels[z];
            for (int i = 0; i < s.length; i++) {
                s[i] = map[s[i]];
            }
        });
    }
}
