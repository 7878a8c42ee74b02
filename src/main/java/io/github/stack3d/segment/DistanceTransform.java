package io.github.stack3d.segment;

import io.github.stack3d.Bits;
import io.github.stack3d.Checks;
import io.github.stack3d.Grid;
import io.github.stack3d.Mask;
import io.github.stack3d.Memory;
import io.github.stack3d.Parallel;
import io.github.stack3d.Volume;

/**
 * The exact Euclidean distance transform of a mask in physical units, by the separable lower-envelope algorithm of
 * P. F. Felzenszwalb and D. P. Huttenlocher ("Distance transforms of sampled functions", Theory of Computing 8,
 * 2012): one pass along x (per row), one along y (per column of a slice), one along z (per column through the
 * slices), each exact, so that the result is the squared distance to the nearest voxel centre of the other class.
 *
 * <p>Every voxel gets the distance to the nearest voxel of the other class: a foreground voxel to the nearest
 * background voxel, a background voxel to the nearest foreground voxel; what lies outside the stack is not a voxel
 * (as in {@code scipy.ndimage.distance_transform_edt}). The squared distance from {@code (x, y, z)} to
 * {@code (x + dx, y + dy, z + dz)} is computed as {@code ((dx·sx)² + (dy·sy)²) + (dz·sz)²} in double precision,
 * always in that order, which is what makes the morphology built on it ({@link Morphology}) select exactly the
 * voxels of the ball {@code ((dx·sx)² + (dy·sy)²) + (dz·sz)² <= r²}.
 *
 * <p>After the two passes within a slice, each voxel holds the offset {@code (dx, dy)} of its nearest voxel of the
 * other class in that slice, packed in one {@code int} (16 bits each: slices up to 65,535 voxels wide and high),
 * so that the z pass recomputes the squared distance exactly. Slices run in parallel in the first two passes, rows
 * of columns in the third; each line is computed alone, so the result is the same for any number of threads.
 */
public final class DistanceTransform {

    /** No voxel of the other class: infinitely far. */
    static final int NONE = -1;
    private static final int MAX_SIDE = 65_535;
    /** Columns gathered at a time by the z pass. */
    private static final int BLOCK = 64;

    /** Which voxels get a distance. */
    enum Part {
        /** Foreground voxels: the distance to the nearest background voxel. */
        INSIDE,
        /** Background voxels: the distance to the nearest foreground voxel. */
        OUTSIDE,
        /** Both. */
        BOTH;

        boolean inside() {
            return this != OUTSIDE;
        }

        boolean outside() {
            return this != INSIDE;
        }
    }

    /** What the z pass does with the squared distance {@code d2} of voxel {@code i} of slice {@code z}. */
    @FunctionalInterface
    interface Sink {
        void accept(int z, int i, boolean foreground, double d2);
    }

    private DistanceTransform() {
    }

    /**
     * The signed distance map: at each foreground voxel the distance to the nearest background voxel's centre
     * (positive, at least the smallest spacing), at each background voxel minus the distance to the nearest
     * foreground voxel's centre, in the grid's unit. The surface lies between the voxels of opposite sign; no voxel
     * is 0. {@code scipy.ndimage.distance_transform_edt(m, sampling) - distance_transform_edt(~m, sampling)}.
     *
     * @throws IllegalArgumentException when the mask is null, empty or full (one of the two distances does not
     *                                  exist), or a slice is wider or higher than 65,535 voxels
     * @throws IllegalStateException    when the work arrays do not fit in the Java heap
     */
    public static Volume signed(Mask mask) {
        Checks.requireNonNull(mask, "mask");
        long[][] bits = bits(mask);
        long count = count(mask, bits);
        if (count == 0 || count == mask.voxelCount()) {
            throw new IllegalArgumentException("the mask is " + (count == 0 ? "empty" : "full") + " (" + mask
                    + "); a signed distance map needs foreground and background voxels");
        }
        Memory.require((long) Float.BYTES * mask.voxelCount(), "the distance map of " + mask);
        float[][] out = new float[mask.depth()][mask.sliceSize()];
        transform(mask, bits, Part.BOTH, (z, i, fg, d2) -> out[z][i] = (float) (fg ? Math.sqrt(d2)
                : -Math.sqrt(d2)));
        return Volume.ofFloats(mask.width(), mask.height(), out, mask.grid());
    }

    /**
     * The unsigned distance map of the foreground: at each foreground voxel the distance to the nearest background
     * voxel's centre, 0 at background voxels, in the grid's unit;
     * {@code scipy.ndimage.distance_transform_edt(m, sampling)}. An empty mask gives 0 everywhere.
     *
     * @throws IllegalArgumentException when the mask is null or full (no background voxel to measure to), or a
     *                                  slice is wider or higher than 65,535 voxels
     * @throws IllegalStateException    when the work arrays do not fit in the Java heap
     */
    public static Volume inside(Mask mask) {
        Checks.requireNonNull(mask, "mask");
        long[][] bits = bits(mask);
        long count = count(mask, bits);
        if (count == mask.voxelCount()) {
            throw new IllegalArgumentException("the mask is full (" + mask + "); a distance to the background needs "
                    + "background voxels");
        }
        Memory.require((long) Float.BYTES * mask.voxelCount(), "the distance map of " + mask);
        float[][] out = new float[mask.depth()][mask.sliceSize()];
        transform(mask, bits, Part.INSIDE, (z, i, fg, d2) -> out[z][i] = (float) Math.sqrt(d2));
        return Volume.ofFloats(mask.width(), mask.height(), out, mask.grid());
    }

    private static long count(Mask mask, long[][] bits) {
        long count = 0;
        for (long[] slice : bits) {
            count += Bits.count(slice, mask.sliceSize());
        }
        return count;
    }

    /** Every slice of the mask's bits, made once (a mask computed on demand is computed here). */
    static long[][] bits(Mask mask) {
        long[][] bits = new long[mask.depth()][];
        Parallel.forEach(mask.depth(), z -> bits[z] = mask.bits(z));
        return bits;
    }

    /**
     * Runs the three passes and hands every voxel of {@code part} and its squared distance (infinite when the other
     * class has no voxel) to {@code sink}, each voxel once, from the z pass's threads; the threads take groups of
     * {@link #rowsPerWord} rows, so a sink that sets bits of a bit slice needs no locking.
     */
    static void transform(Mask mask, long[][] bits, Part part, Sink sink) {
        int w = mask.width();
        int h = mask.height();
        if (w > MAX_SIDE || h > MAX_SIDE) {
            throw new IllegalArgumentException("the distance transform takes slices up to " + MAX_SIDE + " × "
                    + MAX_SIDE + " voxels; " + mask + " has " + w + " × " + h);
        }
        Memory.require((long) Integer.BYTES * mask.voxelCount(), "the distance transform of " + mask);
        Grid g = mask.grid();
        int depth = mask.depth();
        int[][] nearest = new int[depth][];
        Parallel.forEach(depth, z -> nearest[z] = inSlice(bits[z], w, h, g.sx(), g.sy(), part));
        int rows = rowsPerWord(w);
        Parallel.forEach((h + rows - 1) / rows, r -> {
            for (int y = r * rows; y < Math.min(h, (r + 1) * rows); y++) {
                alongZ(nearest, bits, w, y, g, part, sink);
            }
        });
    }

    /**
     * The smallest number of rows of {@code width} voxels that fill whole 64-bit words: groups of that many rows
     * share no word of a bit slice, so threads that write the bits of different groups never touch the same word.
     */
    static int rowsPerWord(int width) {
        return 64 / Integer.lowestOneBit(width | 64);
    }

    /** The squared distance of a packed in-slice offset; infinite for {@link #NONE}. */
    static double value(int packed, double sx, double sy) {
        if (packed == NONE) {
            return Double.POSITIVE_INFINITY;
        }
        double dx = (packed >>> 16) * sx;
        double dy = (packed & 0xFFFF) * sy;
        return dx * dx + dy * dy;
    }

    /** The x and y passes of one slice: for each voxel of {@code part}, the packed offset to the nearest other. */
    private static int[] inSlice(long[] bits, int w, int h, double sx, double sy, Part part) {
        int[] dx = new int[w * h];
        for (int y = 0; y < h; y++) {
            alongX(bits, y * w, w, dx);
        }
        int[] out = new int[w * h];
        Envelope env = new Envelope(h);
        double[] f = new double[h];
        int[] site = new int[h];
        for (int x = 0; x < w; x++) {
            for (int want = 0; want < 2; want++) {
                boolean fgWanted = want == 0;
                if (fgWanted ? !part.inside() : !part.outside()) {
                    continue;
                }
                boolean any = false;
                for (int y = 0, i = x; y < h; y++, i += w) {
                    boolean fg = Bits.get(bits, i);
                    any |= fg == fgWanted;
                    // the distance to the other class along x from row y; 0 where row y's voxel is of it
                    double d = fg != fgWanted ? 0 : dx[i] == NONE ? Double.POSITIVE_INFINITY : dx[i] * sx;
                    f[y] = d * d;
                }
                if (!any) {
                    continue;
                }
                env.nearest(f, h, sy * sy, site);
                for (int y = 0, i = x; y < h; y++, i += w) {
                    if (Bits.get(bits, i) == fgWanted) {
                        int s = site[y];
                        if (s < 0) {
                            out[i] = NONE;
                        } else {
                            int j = s * w + x;
                            int sdx = Bits.get(bits, j) != fgWanted ? 0 : dx[j];
                            out[i] = sdx << 16 | Math.abs(y - s);
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * One row, starting at bit {@code from}: each voxel's distance in voxels to the nearest voxel of the other class
     * along the row, {@link #NONE} when the row has none.
     */
    private static void alongX(long[] bits, int from, int w, int[] dx) {
        int lastFg = Integer.MIN_VALUE / 2;
        int lastBg = Integer.MIN_VALUE / 2;
        for (int x = 0; x < w; x++) {
            boolean fg = Bits.get(bits, from + x);
            if (fg) {
                lastFg = x;
            } else {
                lastBg = x;
            }
            dx[from + x] = x - (fg ? lastBg : lastFg);
        }
        int nextFg = Integer.MAX_VALUE / 2;
        int nextBg = Integer.MAX_VALUE / 2;
        for (int x = w - 1; x >= 0; x--) {
            boolean fg = Bits.get(bits, from + x);
            if (fg) {
                nextFg = x;
            } else {
                nextBg = x;
            }
            int d = Math.min(dx[from + x], (fg ? nextBg : nextFg) - x);
            dx[from + x] = d > MAX_SIDE ? NONE : d;
        }
    }

    /**
     * The z pass for the columns of row {@code y}, each column alone. The columns are taken {@link #BLOCK} at a time
     * and their voxels gathered slice by slice into contiguous lines (and the results handed out slice by slice),
     * so that each slice's row is read in one sweep rather than one voxel per slice and column.
     */
    private static void alongZ(int[][] nearest, long[][] bits, int w, int y, Grid g, Part part, Sink sink) {
        int depth = nearest.length;
        Envelope env = new Envelope(depth);
        double[] f = new double[depth];
        int[] site = new int[depth];
        double sx = g.sx();
        double sy = g.sy();
        double sz = g.sz();
        int[] packed = new int[BLOCK * depth];
        boolean[] fg = new boolean[BLOCK * depth];
        double[] d2 = new double[BLOCK * depth];
        for (int x0 = 0; x0 < w; x0 += BLOCK) {
            int cols = Math.min(BLOCK, w - x0);
            int from = y * w + x0;
            for (int z = 0; z < depth; z++) {
                long[] b = bits[z];
                int[] near = nearest[z];
                for (int c = 0; c < cols; c++) {
                    fg[c * depth + z] = Bits.get(b, from + c);
                    packed[c * depth + z] = near[from + c];
                }
            }
            for (int c = 0; c < cols; c++) {
                int at = c * depth;
                for (int want = 0; want < 2; want++) {
                    boolean fgWanted = want == 0;
                    if (fgWanted ? !part.inside() : !part.outside()) {
                        continue;
                    }
                    boolean any = false;
                    for (int z = 0; z < depth; z++) {
                        boolean isFg = fg[at + z];
                        any |= isFg == fgWanted;
                        f[z] = isFg != fgWanted ? 0 : value(packed[at + z], sx, sy);
                    }
                    if (!any) {
                        continue;
                    }
                    env.nearest(f, depth, sz * sz, site);
                    for (int z = 0; z < depth; z++) {
                        if (fg[at + z] == fgWanted) {
                            int q = site[z];
                            double d = (z - q) * sz;
                            d2[at + z] = q < 0 ? Double.POSITIVE_INFINITY : f[q] + d * d;
                        }
                    }
                }
            }
            for (int z = 0; z < depth; z++) {
                for (int c = 0; c < cols; c++) {
                    boolean isFg = fg[c * depth + z];
                    if (isFg ? part.inside() : part.outside()) {
                        sink.accept(z, from + c, isFg, d2[c * depth + z]);
                    }
                }
            }
        }
    }

    /**
     * The lower envelope of the parabolas {@code f[q] + weight·(p − q)²} over a line of {@code n} samples, and for
     * each {@code p} the {@code q} whose parabola is lowest there ({@code -1} when every {@code f} is infinite).
     */
    static final class Envelope {
        private final int[] v;
        private final double[] from;

        Envelope(int n) {
            v = new int[n];
            from = new double[n + 1];
        }

        void nearest(double[] f, int n, double weight, int[] site) {
            int k = -1;
            for (int q = 0; q < n; q++) {
                double fq = f[q];
                if (fq == Double.POSITIVE_INFINITY) {
                    continue;
                }
                double cq = fq + weight * ((double) q * q);
                double s = Double.NEGATIVE_INFINITY;
                while (k >= 0) {
                    int p = v[k];
                    s = (cq - (f[p] + weight * ((double) p * p))) / (2 * weight * (q - p));
                    if (s <= from[k]) {
                        k--;
                        s = Double.NEGATIVE_INFINITY;
                    } else {
                        break;
                    }
                }
                k++;
                v[k] = q;
                from[k] = s;
            }
            if (k < 0) {
                for (int p = 0; p < n; p++) {
                    site[p] = -1;
                }
                return;
            }
            int j = 0;
            for (int p = 0; p < n; p++) {
                while (j < k && from[j + 1] < p) {
                    j++;
                }
                site[p] = v[j];
            }
        }
    }
}
