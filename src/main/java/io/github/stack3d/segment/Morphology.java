package io.github.stack3d.segment;

import io.github.stack3d.Bits;
import io.github.stack3d.Checks;
import io.github.stack3d.Mask;
import io.github.stack3d.Parallel;
import io.github.stack3d.SampleType;

/**
 * Binary morphology with a ball in physical units ({@link Ball}: the voxel offsets with
 * {@code ((dx·sx)² + (dy·sy)²) + (dz·sz)² <= r²}, an ellipsoid of voxels when the spacing is anisotropic).
 *
 * <ul>
 *   <li>{@link #dilate}: the voxels within {@code r} of the foreground; exactly
 *       {@code scipy.ndimage.binary_dilation(m, ball)}.</li>
 *   <li>{@link #erode}: the voxels whose whole ball lies in the foreground, where the outside of the stack counts
 *       as foreground (the border does not erode): the complement of the dilation of the background; exactly
 *       {@code scipy.ndimage.binary_erosion(m, ball, border_value=1)}, which is what
 *       {@code skimage.morphology.binary_erosion} calls. (scipy's default {@code border_value=0} would also erode
 *       everything within {@code r} of the stack's border.)</li>
 *   <li>{@link #open} = dilate(erode) and {@link #close} = erode(dilate), so that opening only removes and closing
 *       only adds voxels, as {@code skimage.morphology.binary_opening/closing} do; they equal
 *       {@code scipy.ndimage.binary_opening/closing(m, ball)} wherever the mask stays farther than {@code r} from
 *       the stack's border.</li>
 * </ul>
 *
 * <p>Two exact methods, chosen by the ball's size. Small balls go row by row on the packed bits: each slice's rows
 * are dilated along x by each run half-width {@code k} (64 voxels per word operation), then OR-ed in at the row
 * offsets {@code (dy, dz)} of the ball; each output slice needs only the slices within {@code rz} of it, so a mask
 * computed slice by slice gives a mask computed slice by slice. Large balls go through the exact distance transform
 * ({@link DistanceTransform}): the dilation is the set of voxels whose squared distance to the foreground is at most
 * {@code r²}, the same set as the ball's by construction, at a cost independent of {@code r}. Output slices (or
 * rows of columns) are computed independently, so the result is the same for any number of threads.
 */
public final class Morphology {

    /** Ball rows above which the distance transform is faster than OR-ing rows (measured by bench/filters.sh). */
    static final int MAX_ROWS_DIRECT = 400;

    private Morphology() {
    }

    /**
     * The voxels within {@code radius} (physical units) of the foreground.
     *
     * @throws IllegalArgumentException when the mask is null or the radius is negative, infinite or NaN
     */
    public static Mask dilate(Mask mask, double radius) {
        return apply(mask, radius, false);
    }

    /**
     * The voxels whose ball of {@code radius} lies entirely in the foreground (or outside the stack).
     *
     * @throws IllegalArgumentException when the mask is null or the radius is negative, infinite or NaN
     */
    public static Mask erode(Mask mask, double radius) {
        return apply(mask, radius, true);
    }

    /**
     * The erosion's dilation: removes whatever the ball does not fit in (specks, thin bridges, spurs).
     *
     * @throws IllegalArgumentException when the mask is null or the radius is negative, infinite or NaN
     */
    public static Mask open(Mask mask, double radius) {
        return dilate(erode(mask, radius), radius);
    }

    /**
     * The dilation's erosion: fills gaps, cracks and dents narrower than the ball.
     *
     * @throws IllegalArgumentException when the mask is null or the radius is negative, infinite or NaN
     */
    public static Mask close(Mask mask, double radius) {
        return erode(dilate(mask, radius), radius);
    }

    private static Mask apply(Mask mask, double radius, boolean erode) {
        Checks.requireNonNull(mask, "mask");
        Ball.requireRadius(radius, "radius");
        Ball ball = Ball.of(mask.grid(), radius);
        if (ball.rows() > MAX_ROWS_DIRECT) {
            return byDistance(mask, radius, erode);
        }
        Rows rows = new Rows(mask, ball, erode);
        if (!mask.inMemory()) {
            return Mask.onDemand(mask.width(), mask.height(), mask.depth(), mask.grid(), rows::slice);
        }
        long[][] out = new long[mask.depth()][];
        Parallel.forEach(mask.depth(), z -> out[z] = rows.slice(z));
        return Mask.of(mask.width(), mask.height(), out, mask.grid());
    }

    /** Dilation or erosion as a threshold of the distance transform at {@code r²}. */
    static Mask byDistance(Mask mask, double radius, boolean erode) {
        long[][] bits = DistanceTransform.bits(mask);
        long[][] out = new long[bits.length][];
        for (int z = 0; z < bits.length; z++) {
            out[z] = bits[z].clone();
        }
        double r2 = radius * radius;
        DistanceTransform.transform(mask, bits, erode ? DistanceTransform.Part.INSIDE
                : DistanceTransform.Part.OUTSIDE, (z, i, fg, d2) -> {
                    if (d2 <= r2) {
                        out[z][i >>> 6] ^= 1L << i;
                    }
                });
        return Mask.of(mask.width(), mask.height(), out, mask.grid());
    }

    /** The row method for one output slice: dilation of the mask, or of its complement for an erosion. */
    private static final class Rows {
        private final Mask mask;
        private final Ball ball;
        private final boolean complement;
        private final int width;
        private final int n;
        private final int words;
        private final long[] notFirst;
        private final long[] notLast;
        private final int maxK;

        Rows(Mask mask, Ball ball, boolean complement) {
            this.mask = mask;
            this.ball = ball;
            this.complement = complement;
            this.width = mask.width();
            this.n = mask.sliceSize();
            this.words = SampleType.words(n);
            int m = 0;
            for (int half : ball.k) {
                m = Math.max(m, half);
            }
            this.maxK = m;
            notFirst = new long[words];
            notLast = new long[words];
            for (int i = 0; i < n; i++) {
                int x = i % width;
                if (x != 0) {
                    Bits.set(notFirst, i);
                }
                if (x != width - 1) {
                    Bits.set(notLast, i);
                }
            }
        }

        long[] slice(int z) {
            long[] out = new long[words];
            int depth = mask.depth();
            long[][] byK = new long[maxK + 1][];
            for (int j = 0; j < ball.rows(); j++) {
                int src = z + ball.dz[j];
                if (src < 0 || src >= depth) {
                    continue;
                }
                if (j == 0 || ball.dz[j] != ball.dz[j - 1]) {
                    alongX(input(src), byK);
                }
                long[] row = byK[ball.k[j]];
                long shift = (long) ball.dy[j] * width;
                for (int w = 0; w < words; w++) {
                    out[w] |= Bits.word(row, ((long) w << 6) + shift);
                }
            }
            if (complement) {
                for (int w = 0; w < words; w++) {
                    out[w] = ~out[w];
                }
            }
            if ((n & 63) != 0) {
                out[words - 1] &= (1L << n) - 1;
            }
            return out;
        }

        private long[] input(int z) {
            long[] bits = mask.bits(z);
            if (!complement) {
                return bits;
            }
            long[] c = new long[words];
            for (int w = 0; w < words; w++) {
                c[w] = ~bits[w];
            }
            if ((n & 63) != 0) {
                c[words - 1] &= (1L << n) - 1;
            }
            return c;
        }

        /** {@code byK[k]}: the slice dilated along x by {@code k} voxels, not across row ends. */
        private void alongX(long[] bits, long[][] byK) {
            long[] d = bits;
            byK[0] = d;
            for (int k = 1; k <= maxK; k++) {
                long[] e = new long[words];
                for (int w = 0; w < words; w++) {
                    long left = d[w] << 1 | (w > 0 ? d[w - 1] >>> 63 : 0);
                    long right = d[w] >>> 1 | (w + 1 < words ? d[w + 1] << 63 : 0);
                    e[w] = d[w] | left & notFirst[w] | right & notLast[w];
                }
                byK[k] = e;
                d = e;
            }
        }
    }
}
