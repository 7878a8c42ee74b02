package io.github.stack3d.io.tiff;

import io.github.stack3d.Labels;
import io.github.stack3d.SampleType;
import io.github.stack3d.SliceSource;
import io.github.stack3d.Volume;
import java.util.List;

/**
 * The grey samples a stack is written to TIFF with: 8-bit, 16-bit and float as they are; a mask as 8-bit 0 and
 * 255 (what ImageJ calls a binary image); labels as 16-bit when the largest label fits, else as float, which holds
 * labels up to 2²⁴ exactly. Converted slices are made one at a time as the writer asks for them.
 */
final class TiffSamples {

    /** Largest label a float sample holds exactly. */
    private static final int FLOAT_LABELS = 1 << 24;

    private TiffSamples() {
    }

    /** {@code source} in a sample type TIFF files hold. */
    static SliceSource writable(SliceSource source) {
        int n = source.sliceSize();
        return switch (source.type()) {
            case UINT8, UINT16, FLOAT32 -> source;
            case BIT -> converted(source, SampleType.UINT8, z -> {
                long[] bits = source.bits(z);
                byte[] out = new byte[n];
                for (int i = 0; i < n; i++) {
                    out[i] = (byte) -(int) (bits[i >>> 6] >>> i & 1);
                }
                return out;
            });
            case INT32 -> labels(source, n);
        };
    }

    private static SliceSource labels(SliceSource source, int n) {
        int largest = source instanceof Labels l ? l.count() : (int) io.github.stack3d.ValueRange.of(source).max();
        if (largest <= 65535) {
            return converted(source, SampleType.UINT16, z -> {
                int[] s = source.ints(z);
                short[] out = new short[n];
                for (int i = 0; i < n; i++) {
                    out[i] = (short) s[i];
                }
                return out;
            });
        }
        if (largest > FLOAT_LABELS) {
            throw new IllegalArgumentException(source + " has labels up to " + largest + "; a TIFF float sample "
                    + "holds labels up to " + FLOAT_LABELS + " exactly");
        }
        return converted(source, SampleType.FLOAT32, z -> source.type().toFloats(source.slice(z), new float[n]));
    }

    private static SliceSource converted(SliceSource source, SampleType type,
                                         java.util.function.IntFunction<Object> slice) {
        return Volume.onDemand(type, source.width(), source.height(), source.depth(), source.grid(), List.of(), slice);
    }
}
