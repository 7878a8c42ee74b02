package io.github.stack3d.segment;

import io.github.stack3d.Bits;
import io.github.stack3d.Checks;
import io.github.stack3d.Mask;
import io.github.stack3d.Memory;
import io.github.stack3d.Parallel;
import io.github.stack3d.SampleType;
import io.github.stack3d.SliceSource;
import io.github.stack3d.ValueRange;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * Global thresholds: a voxel belongs to the mask when its value lies in a range ({@link #inRange}) or at or
 * above a level ({@link #atLeast}). The mask has the source's grid. A source in memory is thresholded at once,
 * slices in parallel; a source read or computed slice by slice (a stack on disk) gives a mask that is itself
 * computed slice by slice, each time a slice is asked for, so that nothing is held beyond the slices in use.
 *
 * <p>{@link #inRange} reproduces {@code cv2.inRange(slice, lo, hi)} (OpenCV 4.6, checked by experiment) on every
 * slice: both ends are inclusive; on integer volumes the bounds are first rounded to the nearest integer,
 * ties to even ({@code cvRound}: 0.5 becomes 0, 1.5 becomes 2, 100.5 becomes 100), so {@code inRange(v, 0.5,
 * 100.5)} selects 0..100 and {@code inRange(v, 1.5, 101.5)} selects 2..102; on float volumes the bounds are
 * rounded to the nearest float and NaN voxels are never selected. One deliberate difference: OpenCV turns an
 * integer bound beyond ±2³¹ into -2³¹ (so {@code cv2.inRange(img, 0, 1e10)} selects nothing); here such a bound
 * simply lies beyond the type's range.
 *
 * <p>Each slice is packed 64 voxels to a word without branches: 8-bit slices eight voxels to a {@code long} at a
 * time ({@link Bits#atLeast}); otherwise an integer {@code v} lies in {@code [from, to]} exactly when
 * {@code (v - from) | (to - v)} has no sign bit.
 */
public final class Threshold {

    private Threshold() {
    }

    /**
     * The voxels with {@code lo <= value <= hi}, exactly {@code cv2.inRange(slice, lo, hi)} on every slice (see the
     * class comment for how non-integer bounds are rounded on integer volumes).
     *
     * @param source any sample type, in memory or on disk
     * @param lo     lower bound, inclusive; not NaN
     * @param hi     upper bound, inclusive; not NaN, {@code >= lo}
     * @return the mask, with the source's grid; computed slice by slice when the source is not in memory
     * @throws IllegalArgumentException when a bound is NaN, {@code lo > hi}, the range cannot select any value of
     *                                  the sample type, or (for a source in memory) it selects no voxel (the
     *                                  message gives the data range and which bound to move)
     */
    public static Mask inRange(SliceSource source, double lo, double hi) {
        Checks.requireNonNull(source, "stack");
        requireNumber(lo, "lo");
        requireNumber(hi, "hi");
        if (lo > hi) {
            throw new IllegalArgumentException("lo " + number(lo) + " > hi " + number(hi) + "; expected lo <= hi");
        }
        SampleType type = source.type();
        if (type.isInteger()) {
            double loR = Math.rint(lo);
            double hiR = Math.rint(hi);
            if (hiR < type.min() || loR > type.max()) {
                throw new IllegalArgumentException("inRange(" + number(lo) + ", " + number(hi) + ") cannot select any "
                        + type + " value: " + type + " voxels hold " + number(type.min()) + ".." + number(type.max())
                        + (loR != lo || hiR != hi ? " (bounds round to " + number(loR) + ", " + number(hiR) + ")"
                                : ""));
            }
            long from = (long) Math.max(loR, type.min());
            long to = (long) Math.min(hiR, type.max());
            String empty = "inRange(" + number(lo) + ", " + number(hi) + ") selects no voxel";
            return mask(source, slice -> integerBits(type, slice, source.sliceSize(), from, to),
                    empty, r -> advice(r, lo, hi));
        }
        float from = (float) lo;
        float to = (float) hi;
        if (to < -Float.MAX_VALUE || from > Float.MAX_VALUE) {
            throw new IllegalArgumentException("inRange(" + number(lo) + ", " + number(hi) + ") cannot select any "
                    + type + " value: finite floats lie in ±" + Float.MAX_VALUE);
        }
        return mask(source, slice -> floatBits((float[]) slice, from, to),
                "inRange(" + number(lo) + ", " + number(hi) + ") selects no voxel", r -> advice(r, lo, hi));
    }

    /**
     * The voxels with {@code value >= t}: {@code atLeast(volume, Otsu.threshold(volume))} is the Otsu foreground.
     *
     * @param source any sample type, in memory or on disk
     * @param t      the threshold, within the sample type's range (0..255 for 8-bit, 0..65535 for 16-bit); on
     *               integer volumes a fractional {@code t} selects the values above it ({@code 35.5} selects 36
     *               and more); NaN voxels of float volumes are never selected
     * @return the mask, with the source's grid; computed slice by slice when the source is not in memory
     * @throws IllegalArgumentException when {@code t} is NaN or outside the sample type's range, or when (for a
     *                                  source in memory) no voxel reaches it (the message gives the data range)
     */
    public static Mask atLeast(SliceSource source, double t) {
        Checks.requireNonNull(source, "stack");
        requireNumber(t, "threshold");
        SampleType type = source.type();
        if (t < type.min() || t > type.max()) {
            throw new IllegalArgumentException("threshold " + number(t) + " is outside the " + type + " range "
                    + number(type.min()) + ".." + number(type.max()));
        }
        String empty = "threshold " + number(t) + " selects no voxel";
        if (type.isInteger()) {
            long from = (long) Math.ceil(t);
            long to = (long) type.max();
            return mask(source, slice -> integerBits(type, slice, source.sliceSize(), from, to), empty,
                    r -> "lower the threshold");
        }
        return mask(source, slice -> atLeastBits((float[]) slice, t), empty, r -> "lower the threshold");
    }

    /**
     * The mask made of {@code bits} of each slice: now, checked for emptiness, when the source is in memory; else
     * slice by slice when asked for, each source slice read into one read before (a few are kept, one for each
     * thread reading at once), so that streaming allocates no array per slice read from disk.
     */
    private static Mask mask(SliceSource source, Function<Object, long[]> bits, String empty,
                             Function<ValueRange, String> advice) {
        int w = source.width();
        int h = source.height();
        int depth = source.depth();
        if (!source.inMemory()) {
            Queue<Object> done = new ConcurrentLinkedQueue<>();
            return Mask.onDemand(w, h, depth, source.grid(), z -> {
                Object slice = source.slice(z, done.poll());
                long[] b = bits.apply(slice);
                done.offer(slice);
                return b;
            });
        }
        Memory.require(SampleType.BIT.bytes(source.sliceSize()) * depth, "the mask of " + source);
        long[][] slices = new long[depth][];
        Parallel.forEach("threshold", depth, z -> slices[z] = bits.apply(source.slice(z)));
        Mask mask = Mask.of(w, h, slices, source.grid());
        if (isEmpty(slices)) {
            ValueRange r = ValueRange.of(source);
            throw new IllegalArgumentException(empty + ": the values lie in " + r + "; " + advice.apply(r));
        }
        return mask;
    }

    private static String advice(ValueRange r, double lo, double hi) {
        return hi < r.min() ? "raise hi" : lo > r.max() ? "lower lo" : "widen the range";
    }

    private static boolean isEmpty(long[][] slices) {
        for (long[] slice : slices) {
            for (long word : slice) {
                if (word != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Integer types: {@code from <= value <= to}, both within the type's range. */
    private static long[] integerBits(SampleType type, Object slice, int n, long from, long to) {
        return switch (type) {
            case BIT -> bitRange((long[]) slice, n, from, to);
            case UINT8 -> rangeBits((byte[]) slice, (int) from, (int) to);
            case UINT16 -> rangeBits((short[]) slice, (int) from, (int) to);
            case INT32 -> rangeBits((int[]) slice, from, to);
            case FLOAT32 -> throw new IllegalArgumentException("float slices are thresholded as floats");
        };
    }

    private static long[] bitRange(long[] s, int n, long from, long to) {
        boolean zero = from <= 0 && 0 <= to;
        boolean one = from <= 1 && 1 <= to;
        long[] out = new long[s.length];
        for (int w = 0; w < s.length; w++) {
            out[w] = (one ? s[w] : 0L) | (zero ? ~s[w] : 0L);
        }
        if ((n & 63) != 0) {
            out[out.length - 1] &= (1L << n) - 1;
        }
        return out;
    }

    /** 64 voxels at a time where whole words fit ({@link Bits#atLeast}: at least from, and not at least to + 1). */
    private static long[] rangeBits(byte[] s, int from, int to) {
        long[] m = new long[SampleType.words(s.length)];
        long lower = Bits.addend(Math.max(from, 1));
        long upper = Bits.addend(Math.min(to + 1, 255));
        int w = 0;
        for (; (w << 6) + 64 <= s.length; w++) {
            long atLeastFrom = from <= 0 ? -1L : Bits.atLeast(s, w << 6, lower);
            long aboveTo = to >= 255 ? 0L : Bits.atLeast(s, w << 6, upper);
            m[w] = atLeastFrom & ~aboveTo;
        }
        for (int i = w << 6; i < s.length; i++) {
            int v = s[i] & 0xFF;
            m[i >>> 6] |= (long) (~((v - from) | (to - v)) >>> 31) << i;
        }
        return m;
    }

    private static long[] rangeBits(short[] s, int from, int to) {
        long[] m = new long[SampleType.words(s.length)];
        for (int w = 0; w < m.length; w++) {
            int start = w << 6;
            int end = Math.min(start + 64, s.length);
            long bits = 0;
            for (int i = start; i < end; i++) {
                int v = s[i] & 0xFFFF;
                bits |= (long) (~((v - from) | (to - v)) >>> 31) << i;
            }
            m[w] = bits;
        }
        return m;
    }

    private static long[] rangeBits(int[] s, long from, long to) {
        long[] m = new long[SampleType.words(s.length)];
        for (int i = 0; i < s.length; i++) {
            if (s[i] >= from && s[i] <= to) {
                m[i >>> 6] |= 1L << i;
            }
        }
        return m;
    }

    private static long[] floatBits(float[] s, float from, float to) {
        long[] m = new long[SampleType.words(s.length)];
        for (int i = 0; i < s.length; i++) {
            float v = s[i];
            if (v >= from & v <= to) {
                m[i >>> 6] |= 1L << i;
            }
        }
        return m;
    }

    private static long[] atLeastBits(float[] s, double t) {
        long[] m = new long[SampleType.words(s.length)];
        for (int i = 0; i < s.length; i++) {
            if (s[i] >= t) {
                m[i >>> 6] |= 1L << i;
            }
        }
        return m;
    }

    private static void requireNumber(double v, String name) {
        if (Double.isNaN(v)) {
            throw new IllegalArgumentException(name + " is NaN; expected a number");
        }
    }

    /** A bound as people write it: {@code 100}, {@code 100.5}, {@code 1.0E10}. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) v);
        }
        return Double.toString(v);
    }
}
