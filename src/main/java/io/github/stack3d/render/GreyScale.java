package io.github.stack3d.render;

import io.github.stack3d.SampleType;
import io.github.stack3d.ValueRange;
import io.github.stack3d.Volume;
import java.util.stream.IntStream;

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
     * The grey scale a volume is shown with: 8-bit values as they are; 16-bit and float values mapped from the
     * whole stack's range (finite values only), so that every slice is shown alike and slices compare.
     */
    static GreyScale of(Volume volume) {
        if (volume.type() == SampleType.UINT8) {
            return IDENTITY;
        }
        if (volume.type() == SampleType.UINT16) {
            ValueRange range = volume.range();
            return new GreyScale(range.min(), range.max() - range.min());
        }
        double[] range = finiteRange(volume);
        return new GreyScale(range[0], range[1] - range[0]);
    }

    /** Black at {@code range.min()}, white at {@code range.max()}; both finite, {@code min < max}. */
    static GreyScale of(ValueRange range) {
        if (!Double.isFinite(range.min()) || !Double.isFinite(range.max()) || !(range.min() < range.max())) {
            throw new IllegalArgumentException("display range " + range
                    + " is not usable; expected finite values with min < max");
        }
        return new GreyScale(range.min(), range.max() - range.min());
    }

    /** The smallest and largest finite value of a float volume; {0, 0} when it has none. */
    private static double[] finiteRange(Volume volume) {
        double[][] perSlice = IntStream.range(0, volume.depth()).parallel().mapToObj(z -> {
            float lo = Float.POSITIVE_INFINITY;
            float hi = Float.NEGATIVE_INFINITY;
            for (float v : volume.floats(z)) {
                if (v >= -Float.MAX_VALUE && v <= Float.MAX_VALUE) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            return new double[] {lo, hi};
        }).toArray(double[][]::new);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] r : perSlice) {
            lo = Math.min(lo, r[0]);
            hi = Math.max(hi, r[1]);
        }
        return lo <= hi ? new double[] {lo, hi} : new double[] {0, 0};
    }

    /** Slice {@code z} of {@code volume} as grey levels, row-major. */
    byte[] slice(Volume volume, int z) {
        int n = volume.sliceSize();
        byte[] grey = new byte[n];
        switch (volume.type()) {
            case UINT8 -> {
                byte[] s = volume.bytes(z);
                if (this == IDENTITY) {
                    System.arraycopy(s, 0, grey, 0, n);
                } else {
                    for (int i = 0; i < n; i++) {
                        grey[i] = grey(s[i] & 0xFF);
                    }
                }
            }
            case UINT16 -> {
                short[] s = volume.shorts(z);
                for (int i = 0; i < n; i++) {
                    grey[i] = grey(s[i] & 0xFFFF);
                }
            }
            case FLOAT32 -> {
                float[] s = volume.floats(z);
                for (int i = 0; i < n; i++) {
                    grey[i] = grey(s[i]);
                }
            }
        }
        return grey;
    }

    /** {@code (v − min) · 255 / span} in this order, so that integer halves such as 127.5 come out exact. */
    private byte grey(double v) {
        double g = span > 0 ? (v - min) * 255 / span + 0.5 : 0;
        return (byte) (g >= 255 ? 255 : g >= 0 ? (int) g : 0);
    }
}
