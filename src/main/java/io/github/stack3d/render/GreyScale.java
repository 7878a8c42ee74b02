package io.github.stack3d.render;

import io.github.stack3d.Parallel;
import io.github.stack3d.SampleType;
import io.github.stack3d.SliceSource;
import io.github.stack3d.ValueRange;
import io.github.stack3d.Volume;

/**
 * The linear map from voxel values to grey levels 0..255: {@code grey = round((v - min) · 255 / (max - min))},
 * clamped, so {@code min} is black and {@code max} white. NaN and −∞ become 0, +∞ becomes 255; a range with
 * {@code min == max} maps everything to 0.
 */
final class GreyScale {

    /** 8-bit values as they are. */
    private static final GreyScale IDENTITY = new GreyScale(0, 255);

    private final double min;
    private final double span;

    private GreyScale(double min, double span) {
        this.min = min;
        this.span = span;
    }

    /**
     * The grey scale a stack is shown with: 8-bit values as they are; bits 0 black and 1 white; other types mapped
     * from the whole stack's range of finite values when it is in memory, so that every slice is shown alike and
     * slices compare, or from the range of the slices {@code shown} when it is read from disk (a picture of a few
     * slices then reads only those).
     */
    static GreyScale of(SliceSource source, int... shown) {
        return switch (source.type()) {
            case UINT8 -> IDENTITY;
            case BIT -> new GreyScale(0, 1);
            case UINT16, INT32, FLOAT32 -> {
                double[] range = finiteRange(source, source.inMemory() ? null : shown);
                yield new GreyScale(range[0], range[1] - range[0]);
            }
        };
    }

    /** Black at {@code range.min()}, white at {@code range.max()}; both finite, {@code min < max}. */
    static GreyScale of(ValueRange range) {
        if (!Double.isFinite(range.min()) || !Double.isFinite(range.max()) || !(range.min() < range.max())) {
            throw new IllegalArgumentException("display range " + range
                    + " is not usable; expected finite values with min < max");
        }
        return new GreyScale(range.min(), range.max() - range.min());
    }

    /** The smallest and largest finite value of the slices {@code zs} (all when null); {0, 0} when there is none. */
    private static double[] finiteRange(SliceSource source, int[] zs) {
        if (zs == null && source instanceof Volume v && v.type() != SampleType.FLOAT32) {
            ValueRange r = v.range();
            return new double[] {r.min(), r.max()};
        }
        int n = zs == null ? source.depth() : zs.length;
        double[] los = new double[n];
        double[] his = new double[n];
        Parallel.forEach(n, k -> {
            float[] values = source.floatSlice(zs == null ? k : zs[k], new float[source.sliceSize()]);
            float lo = Float.POSITIVE_INFINITY;
            float hi = Float.NEGATIVE_INFINITY;
            for (float v : values) {
                if (v >= -Float.MAX_VALUE && v <= Float.MAX_VALUE) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            los[k] = lo;
            his[k] = hi;
        });
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            lo = Math.min(lo, los[k]);
            hi = Math.max(hi, his[k]);
        }
        return lo <= hi ? new double[] {lo, hi} : new double[] {0, 0};
    }

    /** Slice {@code z} of {@code source} as grey levels, row-major. */
    byte[] slice(SliceSource source, int z) {
        int n = source.sliceSize();
        Object slice = source.slice(z);
        byte[] grey = new byte[n];
        return switch (source.type()) {
            case UINT8 -> {
                byte[] s = (byte[]) slice;
                for (int i = 0; i < n; i++) {
                    grey[i] = this == IDENTITY ? s[i] : grey(s[i] & 0xFF);
                }
                yield grey;
            }
            case UINT16 -> {
                short[] s = (short[]) slice;
                for (int i = 0; i < n; i++) {
                    grey[i] = grey(s[i] & 0xFFFF);
                }
                yield grey;
            }
            case BIT, INT32, FLOAT32 -> {
                float[] s = source.type().toFloats(slice, new float[n]);
                for (int i = 0; i < n; i++) {
                    grey[i] = grey(s[i]);
                }
                yield grey;
            }
        };
    }

    /** {@code (v − min) · 255 / span} in this order, so that integer halves such as 127.5 come out exact. */
    private byte grey(double v) {
        double g = span > 0 ? (v - min) * 255 / span + 0.5 : 0;
        return (byte) (g >= 255 ? 255 : g >= 0 ? (int) g : 0);
    }
}
