package io.github.stack3d.extract;

import io.github.stack3d.Checks;
import io.github.stack3d.Mask;
import io.github.stack3d.PointCloud;

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
 * Each point appears once, at {@code (x·sx, y·sy, z·sz)} from the mask's spacing, ordered by z, then y, then x.
 * Slices are scanned in parallel, each once, reading only itself and its two neighbours.
 */
public final class ShellPoints {

    private ShellPoints() {
    }

    /**
     * The shell points of {@code mask} (see the class comment); a solid n³ cube gives n³ − (n−2)³ points.
     *
     * @param mask any mask with at least one foreground voxel
     * @return the points, in the spacing's unit, ordered by z, then y, then x
     * @throws IllegalArgumentException when the mask is empty
     */
    public static PointCloud of(Mask mask) {
        Checks.requireNonNull(mask, "mask");
        return VoxelPoints.collect(mask, "shell points", ShellPoints::shellSlice);
    }

    /** Puts the indices {@code y * width + x} of slice {@code z}'s shell pixels to {@code into}; returns the count. */
    private static int shellSlice(Mask mask, int z, int[] into) {
        int w = mask.width();
        int h = mask.height();
        boolean[] s = mask.slice(z);
        boolean[] below = z > 0 ? mask.slice(z - 1) : null;
        boolean[] above = z < mask.depth() - 1 ? mask.slice(z + 1) : null;
        int n = 0;
        for (int y = 0; y < h; y++) {
            int row = y * w;
            boolean edgeRow = y == 0 || y == h - 1;
            for (int x = 0; x < w; x++) {
                int i = row + x;
                if (!s[i]) {
                    continue;
                }
                boolean shell = below == null || above == null || !below[i] || !above[i]
                        || edgeRow || x == 0 || x == w - 1
                        || !s[i - 1] || !s[i + 1] || !s[i - w] || !s[i + w];
                if (shell) {
                    into[n++] = i;
                }
            }
        }
        return n;
    }
}
