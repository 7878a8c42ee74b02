package io.github.stack3d.extract;

import io.github.stack3d.Bits;
import io.github.stack3d.SampleType;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;


/**
 * Turns a slice into one bit per voxel, set where the value is {@code >= level} (inside), packed into rows of
 * 64-bit words with one background bit of padding on each side: bit {@code x + 1} of row {@code y + 1} is voxel
 * (x, y); rows 0 and {@code height + 1} stay clear. 8-bit slices are compared eight voxels at a time inside a
 * {@code long} (SWAR: an unsigned byte is {@code >= t} exactly when adding {@code 256 - t} carries out of it); bit
 * slices (masks) are copied a word at a time.
 */
final class Classifier {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    private static final long HIGH = 0x8080808080808080L;

    private final int width;
    private final int height;
    private final int wordsPerRow;
    private final SampleType type;
    private final double level;
    /** Integer types: inside when value >= this (at or below min means every voxel, above max means none). */
    private final long threshold;
    /** The threshold of 8- and 16-bit slices, 0..max + 1. */
    private final int small;
    private final long addend;
    private final long[] raw;
    /** The last voxels of an 8-bit slice's last rows, padded with zeros (outside) to 64. */
    private final byte[] tail = new byte[64];

    Classifier(int width, int height, SampleType type, double level) {
        this.width = width;
        this.height = height;
        this.wordsPerRow = wordsPerRow(width);
        this.type = type;
        this.level = level;
        double t = Math.ceil(level);
        this.threshold = t <= type.min() ? (long) type.min() : t > type.max() ? (long) type.max() + 1 : (long) t;
        this.small = (int) Math.max(0, Math.min(threshold, 65536));
        this.addend = Bits.addend(Math.max(1, Math.min(small, 255)));
        this.raw = new long[(width + 63) >>> 6];
    }

    /** Words per padded row of a slice {@code width} voxels wide. */
    static int wordsPerRow(int width) {
        return (width + 2 + 63) >>> 6;
    }

    /** Clears a padded plane: the background beyond the first or last slice. */
    void clear(long[] plane) {
        java.util.Arrays.fill(plane, 0L);
    }

    /** Classifies a slice of the source's type into {@code plane}. */
    void classify(Object slice, long[] plane) {
        long[] done = switch (type) {
            case BIT -> classify((long[]) slice, plane);
            case UINT8 -> classify((byte[]) slice, plane);
            case UINT16 -> classify((short[]) slice, plane);
            case INT32 -> classify((int[]) slice, plane);
            case FLOAT32 -> classify((float[]) slice, plane);
        };
        assert done == plane;
    }

    /** Classifies a bit slice into {@code plane}: inside where set (level in (0, 1]), everywhere or nowhere. */
    private long[] classify(long[] slice, long[] plane) {
        for (int y = 0; y < height; y++) {
            if (threshold <= 0) {
                fillRaw();
            } else if (threshold > 1) {
                java.util.Arrays.fill(raw, 0L);
            } else {
                long from = (long) y * width;
                for (int w = 0; w < raw.length; w++) {
                    raw[w] = Bits.word(slice, from + 64L * w);
                }
                int rest = width & 63;
                if (rest != 0) {
                    raw[raw.length - 1] &= (1L << rest) - 1;
                }
            }
            pad(plane, y);
        }
        clearBorderRows(plane);
        return plane;
    }

    /*
     * The rows of 8-, 16-bit and float slices are one method each, so that a fresh JVM compiles them within the
     * first slice rather than interpreting whole slices until the slices' loop is compiled on the stack.
     */

    /** Classifies an 8-bit slice into {@code plane}. */
    private long[] classify(byte[] slice, long[] plane) {
        for (int y = 0; y < height; y++) {
            if (small == 0) {
                fillRaw();
            } else if (small > 255) {
                java.util.Arrays.fill(raw, 0L);
            } else {
                classifyRow(slice, y * width);
            }
            pad(plane, y);
        }
        clearBorderRows(plane);
        return plane;
    }

    /** The inside bits of the 8-bit row from {@code row} into {@link #raw}. */
    private void classifyRow(byte[] slice, int row) {
        int x = 0;
        for (; x + 64 <= width; x += 64) {
            raw[x >>> 6] = noneAtLeast(slice, row + x) ? 0L : Bits.atLeast(slice, row + x, addend);
        }
        if (x < width) {
            // the row's last voxels: 64 bytes from the slice where it goes on, else from a copy
            int from = row + x;
            byte[] bytes = slice;
            if (from + 64 > slice.length) {
                java.util.Arrays.fill(tail, (byte) 0);
                System.arraycopy(slice, from, tail, 0, width - x);
                bytes = tail;
                from = 0;
            }
            raw[x >>> 6] = Bits.atLeast(bytes, from, addend) & (1L << (width - x)) - 1;
        }
    }

    /** Classifies a 32-bit integer slice into {@code plane}. */
    private long[] classify(int[] slice, long[] plane) {
        for (int y = 0; y < height; y++) {
            int row = y * width;
            java.util.Arrays.fill(raw, 0L);
            for (int x = 0; x < width; x++) {
                if (slice[row + x] >= threshold) {
                    raw[x >>> 6] |= 1L << x;
                }
            }
            pad(plane, y);
        }
        clearBorderRows(plane);
        return plane;
    }

    /** Classifies an unsigned 16-bit slice into {@code plane}. */
    private long[] classify(short[] slice, long[] plane) {
        for (int y = 0; y < height; y++) {
            classifyRow(slice, y * width);
            pad(plane, y);
        }
        clearBorderRows(plane);
        return plane;
    }

    private void classifyRow(short[] slice, int row) {
        java.util.Arrays.fill(raw, 0L);
        for (int x = 0; x < width; x++) {
            raw[x >>> 6] |= (long) ((small - 1 - (slice[row + x] & 0xFFFF)) >>> 31) << x;
        }
    }

    /** Classifies a float slice into {@code plane}; NaN is outside. */
    private long[] classify(float[] slice, long[] plane) {
        for (int y = 0; y < height; y++) {
            classifyRow(slice, y * width);
            pad(plane, y);
        }
        clearBorderRows(plane);
        return plane;
    }

    private void classifyRow(float[] slice, int row) {
        java.util.Arrays.fill(raw, 0L);
        for (int x = 0; x < width; x++) {
            if (slice[row + x] >= level) {
                raw[x >>> 6] |= 1L << x;
            }
        }
    }

    /**
     * True when none of the 64 bytes from {@code from} is inside: their bitwise or is at least each of them, so when
     * no byte of the or reaches the threshold none of them does (most words of a stack are background).
     */
    private boolean noneAtLeast(byte[] slice, int from) {
        long any = 0;
        for (int m = 0; m < 8; m++) {
            any |= (long) LONGS.get(slice, from + 8 * m);
        }
        long low = (any & LOW7) + (addend & LOW7);
        return (((any & addend) | ((any | addend) & low)) & HIGH) == 0;
    }

    /** True when {@code value} counts as inside. */
    boolean inside(double value) {
        return type.isInteger() ? value >= threshold : value >= level;
    }


    private void fillRaw() {
        java.util.Arrays.fill(raw, -1L);
        int rest = width & 63;
        if (rest != 0) {
            raw[raw.length - 1] = (1L << rest) - 1;
        }
    }

    /** Copies the row's bits into padded row {@code y + 1}, shifted by one for the left padding bit. */
    private void pad(long[] plane, int y) {
        int out = (y + 1) * wordsPerRow;
        long carry = 0;
        for (int w = 0; w < wordsPerRow; w++) {
            long r = w < raw.length ? raw[w] : 0L;
            plane[out + w] = r << 1 | carry;
            carry = r >>> 63;
        }
    }

    private void clearBorderRows(long[] plane) {
        java.util.Arrays.fill(plane, 0, wordsPerRow, 0L);
        int last = (height + 1) * wordsPerRow;
        java.util.Arrays.fill(plane, last, last + wordsPerRow, 0L);
    }
}
