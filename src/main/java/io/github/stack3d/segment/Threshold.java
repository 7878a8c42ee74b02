package io.github.stack3d.segment;

import io.github.stack3d.Checks;
import io.github.stack3d.Mask;
import io.github.stack3d.Memory;
import io.github.stack3d.SampleType;
import io.github.stack3d.ValueRange;
import io.github.stack3d.Volume;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Global thresholds: a voxel belongs to the mask when its value lies in a range ({@link #inRange}) or at or
 * above a level ({@link #atLeast}). Slices are thresholded in parallel; the mask has the volume's spacing.
 *
 * <p>{@link #inRange} reproduces {@code cv2.inRange(slice, lo, hi)} (OpenCV 4.6, checked by experiment) on every
 * slice: both ends are inclusive; on 8- and 16-bit volumes the bounds are first rounded to the nearest integer,
 * ties to even ({@code cvRound}: 0.5 becomes 0, 1.5 becomes 2, 100.5 becomes 100), so {@code inRange(v, 0.5,
 * 100.5)} selects 0..100 and {@code inRange(v, 1.5, 101.5)} selects 2..102; on float volumes the bounds are
 * rounded to the nearest float and NaN voxels are never selected. One deliberate difference: OpenCV turns an
 * integer bound beyond ±2³¹ into -2³¹ (so {@code cv2.inRange(img, 0, 1e10)} selects nothing); here such a bound
 * simply lies beyond the type's range.
 */
public final class Threshold {

    private Threshold() {
    }

    /**
     * The voxels with {@code lo <= value <= hi}, exactly {@code cv2.inRange(slice, lo, hi)} on every slice (see the
     * class comment for how non-integer bounds are rounded on integer volumes).
     *
     * @param volume any sample type
     * @param lo     lower bound, inclusive; not NaN
     * @param hi     upper bound, inclusive; not NaN, {@code >= lo}
     * @return the mask, with the volume's spacing
     * @throws IllegalArgumentException when a bound is NaN, {@code lo > hi}, the range cannot select any value of
     *                                  the volume's sample type, or it selects no voxel (the message gives the data
     *                                  range and which bound to move)
     */
    public static Mask inRange(Volume volume, double lo, double hi) {
        Checks.requireNonNull(volume, "volume");
        requireNumber(lo, "lo");
        requireNumber(hi, "hi");
        if (lo > hi) {
            throw new IllegalArgumentException("lo " + number(lo) + " > hi " + number(hi) + "; expected lo <= hi");
        }
        SampleType type = volume.type();
        boolean[][] slices;
        if (type.isInteger()) {
            double loR = Math.rint(lo);
            double hiR = Math.rint(hi);
            if (hiR < type.min() || loR > type.max()) {
                throw new IllegalArgumentException("inRange(" + number(lo) + ", " + number(hi) + ") cannot select any "
                        + type + " value: " + type + " voxels hold " + number(type.min()) + ".." + number(type.max())
                        + (loR != lo || hiR != hi ? " (bounds round to " + number(loR) + ", " + number(hiR) + ")"
                                : ""));
            }
            int from = (int) Math.max(loR, type.min());
            int to = (int) Math.min(hiR, type.max());
            slices = integerMask(volume, from, to);
        } else {
            float from = (float) lo;
            float to = (float) hi;
            if (to < -Float.MAX_VALUE || from > Float.MAX_VALUE) {
                throw new IllegalArgumentException("inRange(" + number(lo) + ", " + number(hi) + ") cannot select any "
                        + type + " value: finite floats lie in ±" + Float.MAX_VALUE);
            }
            slices = parallel(volume, z -> rangeSlice(volume.floats(z), from, to));
        }
        if (isEmpty(slices)) {
            ValueRange r = volume.range();
            String advice = hi < r.min() ? "raise hi" : lo > r.max() ? "lower lo" : "widen the range";
            throw new IllegalArgumentException("inRange(" + number(lo) + ", " + number(hi) + ") selects no voxel: the "
                    + "values lie in " + r + "; " + advice);
        }
        return Mask.of(volume.width(), volume.height(), slices, volume.spacing());
    }

    /**
     * The voxels with {@code value >= t}: {@code atLeast(volume, Otsu.threshold(volume))} is the Otsu foreground.
     *
     * @param volume any sample type
     * @param t      the threshold, within the sample type's range (0..255 for 8-bit, 0..65535 for 16-bit); on
     *               integer volumes a fractional {@code t} selects the values above it ({@code 35.5} selects 36
     *               and more); NaN voxels of float volumes are never selected
     * @return the mask, with the volume's spacing
     * @throws IllegalArgumentException when {@code t} is NaN or outside the sample type's range, or when no voxel
     *                                  reaches it (the message gives the data range)
     */
    public static Mask atLeast(Volume volume, double t) {
        Checks.requireNonNull(volume, "volume");
        requireNumber(t, "threshold");
        SampleType type = volume.type();
        if (t < type.min() || t > type.max()) {
            throw new IllegalArgumentException("threshold " + number(t) + " is outside the " + type + " range "
                    + number(type.min()) + ".." + number(type.max()));
        }
        boolean[][] slices = type.isInteger()
                ? integerMask(volume, (int) Math.ceil(t), (int) type.max())
                : parallel(volume, z -> atLeastSlice(volume.floats(z), t));
        if (isEmpty(slices)) {
            throw new IllegalArgumentException("threshold " + number(t) + " selects no voxel: the values lie in "
                    + volume.range() + "; lower the threshold");
        }
        return Mask.of(volume.width(), volume.height(), slices, volume.spacing());
    }

    /** Integer volumes: {@code from <= value <= to}, both within the type's range. */
    private static boolean[][] integerMask(Volume volume, int from, int to) {
        return volume.type() == SampleType.UINT8
                ? parallel(volume, z -> rangeSlice(volume.bytes(z), from, to))
                : parallel(volume, z -> rangeSlice(volume.shorts(z), from, to));
    }

    private static boolean[][] parallel(Volume volume, IntFunction<boolean[]> perSlice) {
        Memory.require(volume.voxelCount(), "the mask of " + volume);
        boolean[][] slices = new boolean[volume.depth()][];
        IntStream.range(0, volume.depth()).parallel().forEach(z -> slices[z] = perSlice.apply(z));
        return slices;
    }

    private static boolean isEmpty(boolean[][] slices) {
        for (boolean[] slice : slices) {
            for (boolean b : slice) {
                if (b) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean[] rangeSlice(byte[] s, int from, int to) {
        boolean[] m = new boolean[s.length];
        for (int i = 0; i < s.length; i++) {
            int v = s[i] & 0xFF;
            m[i] = v >= from && v <= to;
        }
        return m;
    }

    private static boolean[] rangeSlice(short[] s, int from, int to) {
        boolean[] m = new boolean[s.length];
        for (int i = 0; i < s.length; i++) {
            int v = s[i] & 0xFFFF;
            m[i] = v >= from && v <= to;
        }
        return m;
    }

    private static boolean[] rangeSlice(float[] s, float from, float to) {
        boolean[] m = new boolean[s.length];
        for (int i = 0; i < s.length; i++) {
            float v = s[i];
            m[i] = v >= from && v <= to;
        }
        return m;
    }

    private static boolean[] atLeastSlice(float[] s, double t) {
        boolean[] m = new boolean[s.length];
        for (int i = 0; i < s.length; i++) {
            m[i] = s[i] >= t;
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
