package io.github.stack3d.segment;

import io.github.stack3d.Checks;
import io.github.stack3d.Mask;

/**
 * Hole filling: background that cannot reach the border of the stack becomes foreground, as
 * {@code scipy.ndimage.binary_fill_holes} does with its default structure.
 *
 * <p>The background is connected through faces only: 6-connected in 3D, 4-connected in a slice. That is the
 * complement that matches a 26-connected (in a slice 8-connected) foreground: a background path through an edge
 * or a corner would pass between two foreground voxels that touch there and count as one object, so a closed
 * 26-connected shell encloses its cavity only when the background may not leak through its diagonals. The
 * background's components are found on runs of clear bits in one pass ({@link RunLabels}); those that touch the
 * border are painted, and the rest of the stack, the foreground and every hole, is the result.
 */
public final class Holes {

    private Holes() {
    }

    /**
     * The mask with every enclosed 3D cavity filled: background 6-connected, the border being the six faces of
     * the stack. A mask in memory or computed slice by slice; each slice is read once; the result is in memory.
     *
     * @throws IllegalArgumentException when the mask is null
     */
    public static Mask fill(Mask mask) {
        return fill(Checks.requireNonNull(mask, "mask"), false);
    }

    /**
     * The mask with the holes of each slice filled on its own (background 4-connected in the slice, the border
     * being the slice's four edges), slices in parallel, as serial sections are filled. Of a mask in memory the
     * result is in memory; of a mask computed slice by slice the result is too, each slice filled when asked for.
     *
     * @throws IllegalArgumentException when the mask is null
     */
    public static Mask fill2D(Mask mask) {
        Checks.requireNonNull(mask, "mask");
        if (mask.inMemory()) {
            return fill(mask, true);
        }
        return Mask.onDemand(mask.width(), mask.height(), mask.depth(), mask.grid(), z -> fill(Mask.of(mask.width(),
                mask.height(), new long[][] {mask.bits(z)}, mask.grid()), true).bits(0));
    }

    private static Mask fill(Mask mask, boolean planar) {
        RunLabels background = RunLabels.of(mask, 6, true, planar);
        int w = mask.width();
        int h = mask.height();
        int d = mask.depth();
        boolean[] outside = new boolean[background.components()];
        for (int z = 0; z < d; z++) {
            int[] runs = background.runs(z);
            int[] rows = background.rows(z);
            boolean face = !planar && (z == 0 || z == d - 1);
            for (int y = 0; y < h; y++) {
                for (int i = rows[y]; i < rows[y + 1]; i++) {
                    if (face || y == 0 || y == h - 1 || runs[3 * i] == 0 || runs[3 * i + 1] == w - 1) {
                        outside[runs[3 * i + 2]] = true;
                    }
                }
            }
        }
        long[][] bits = Components.newBits(mask, "the filled mask");
        background.paint(outside, bits);
        int n = mask.sliceSize();
        long tail = -1L >>> -n;
        for (long[] slice : bits) {
            for (int i = 0; i < slice.length; i++) {
                slice[i] = ~slice[i];
            }
            slice[slice.length - 1] &= tail;
        }
        return Mask.of(w, h, bits, mask.grid());
    }
}
