package io.github.stack3d;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Helpers for bit-packed slices ({@link SampleType#BIT}): voxel {@code i} is bit {@code i & 63} of word
 * {@code i >>> 6}; bits past the last voxel are 0.
 */
public final class Bits {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    private static final long HIGH = 0x8080808080808080L;
    /** Gathers bit 0 of each byte lane into the top byte: lane i lands on bit 56 + i. */
    private static final long GATHER = 0x0102040810204080L;

    private Bits() {
    }

    /**
     * The lanes addend for {@link #atLeast(byte[], int, long)}: unsigned bytes {@code >= threshold}
     * ({@code 1..255}) are those for which adding {@code 256 − threshold} carries out of the byte.
     */
    public static long addend(int threshold) {
        return ((256 - threshold) & 0xFF) * 0x0101010101010101L;
    }

    /**
     * 64 flags at once, SWAR: bit {@code b} is set when unsigned byte {@code bytes[from + b] >= threshold}, where
     * {@code addend = addend(threshold)} and {@code threshold} is 1..255; {@code from + 64} must not pass the end.
     */
    public static long atLeast(byte[] bytes, int from, long addend) {
        long bits = 0;
        for (int m = 0; m < 8; m++) {
            long v = (long) LONGS.get(bytes, from + 8 * m);
            long low = (v & LOW7) + (addend & LOW7);
            long carry = ((v & addend) | ((v | addend) & low)) & HIGH;
            bits |= (((carry >>> 7) * GATHER) >>> 56) << (8 * m);
        }
        return bits;
    }

    /** True when bit {@code i} is set. */
    public static boolean get(long[] bits, int i) {
        return (bits[i >>> 6] >>> i & 1) != 0;
    }

    /** Sets bit {@code i}. */
    public static void set(long[] bits, int i) {
        bits[i >>> 6] |= 1L << i;
    }

    /** The number of set bits among the first {@code n}. */
    public static long count(long[] bits, int n) {
        long c = 0;
        int full = n >>> 6;
        for (int w = 0; w < full; w++) {
            c += Long.bitCount(bits[w]);
        }
        if ((n & 63) != 0) {
            c += Long.bitCount(bits[full] & ((1L << n) - 1));
        }
        return c;
    }

    /**
     * The 64 bits starting at bit {@code from} (which may be negative or run past the end: those bits read 0), as
     * one word: bit {@code b} of the result is bit {@code from + b} of {@code bits}.
     */
    public static long word(long[] bits, long from) {
        if (from >= 0 && (from & 63) == 0) {
            int w = (int) (from >>> 6);
            return w < bits.length ? bits[w] : 0L;
        }
        long w = Math.floorDiv(from, 64);
        int shift = (int) Math.floorMod(from, 64);
        long lo = w >= 0 && w < bits.length ? bits[(int) w] : 0L;
        long hi = w + 1 >= 0 && w + 1 < bits.length ? bits[(int) (w + 1)] : 0L;
        return shift == 0 ? lo : lo >>> shift | hi << (64 - shift);
    }

    /** Packs {@code values} (true: set) into a new bit slice. */
    public static long[] pack(boolean[] values) {
        long[] bits = new long[SampleType.words(values.length)];
        for (int i = 0; i < values.length; i++) {
            if (values[i]) {
                bits[i >>> 6] |= 1L << i;
            }
        }
        return bits;
    }
}
