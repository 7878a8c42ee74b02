package io.github.stack3d.io.mesh;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Writes a {@code float} as the shortest decimal text that reads back as exactly the same float, in any locale
 * ({@code 0.1}, {@code 12.5}, {@code -3}, {@code 1.5e-7}); Java's {@code Float.parseFloat} and C's
 * {@code strtof}/{@code strtod} read it back to the same bits (NaN aside, which is written as {@code NaN}).
 *
 * <p>How: every decimal inside the float's rounding interval (half-way to its neighbours, ends included when
 * the significand is even, as round-half-even parsing does) reads back as the float. The largest power of ten
 * {@code 10^k} with a multiple inside that interval gives the fewest digits; since a multiple at {@code k} is
 * also one at {@code k - 1}, {@code k} is found by bisection, and the multiple nearest the value is written.
 * Each "is {@code d·10^k} inside" test is exact: the interval ends are doubles, {@code 10^0..10^22} are exact
 * doubles, and {@link Math#fma} gives the exact rounding error of the one product involved; powers of ten
 * outside that range (floats below about {@code 1e-13} or above {@code 1e30}) are compared with BigDecimal.
 */
final class ShortestFloat {

    /** The longest text written, {@code -1.2345678e-38}, fits in this many bytes. */
    static final int MAX_LENGTH = 16;

    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private ShortestFloat() {
    }

    /** {@code f} as text, for messages and tests; writers use {@link #write}. */
    static String toString(float f) {
        byte[] b = new byte[MAX_LENGTH];
        int n = write(f, b, 0);
        return new String(b, 0, n, StandardCharsets.ISO_8859_1);
    }

    /**
     * Writes {@code f} into {@code out} at {@code pos}, which needs {@link #MAX_LENGTH} free bytes.
     *
     * @return the position after the text
     */
    static int write(float f, byte[] out, int pos) {
        if (Float.isNaN(f)) {
            return ascii("NaN", out, pos);
        }
        int bits = Float.floatToRawIntBits(f);
        if (bits < 0) {
            out[pos++] = '-';
            f = -f;
        }
        if (f == Float.POSITIVE_INFINITY) {
            return ascii("Infinity", out, pos);
        }
        if (f == 0) {
            out[pos++] = '0';
            return pos;
        }
        double v = f;
        double hi = v + Math.ulp(f) * 0.5;
        double lo = v - (v - Math.nextDown(f)) * 0.5;
        boolean closed = (bits & 1) == 0;
        int top = (int) Math.floor(Math.log10(hi)) + 2;
        int k = top - 12;
        while (top - k > 1) {
            int mid = Math.floorDiv(top + k, 2);
            if (first(lo, mid, closed) <= last(hi, mid, closed)) {
                k = mid;
            } else {
                top = mid;
            }
        }
        long dMin = first(lo, k, closed);
        long dMax = last(hi, k, closed);
        long d = Math.max(dMin, Math.min(dMax, Math.round(scale(v, k))));
        return digits(d, k, out, pos);
    }

    /** The smallest {@code d >= 1} with {@code d·10^k} above {@code lo} (or at it when {@code closed}). */
    private static long first(double lo, int k, boolean closed) {
        long d = Math.max(1, (long) Math.ceil(scale(lo, k)));
        while (d > 1 && above(d - 1, k, lo, closed)) {
            d--;
        }
        while (!above(d, k, lo, closed)) {
            d++;
        }
        return d;
    }

    /** The largest {@code d} with {@code d·10^k} below {@code hi} (or at it when {@code closed}); may be 0. */
    private static long last(double hi, int k, boolean closed) {
        long d = (long) Math.floor(scale(hi, k));
        while (below(d + 1, k, hi, closed)) {
            d++;
        }
        while (d > 0 && !below(d, k, hi, closed)) {
            d--;
        }
        return d;
    }

    private static boolean above(long d, int k, double x, boolean closed) {
        int c = compare(d, k, x);
        return c > 0 || closed && c == 0;
    }

    private static boolean below(long d, int k, double x, boolean closed) {
        int c = compare(d, k, x);
        return c < 0 || closed && c == 0;
    }

    /** {@code x / 10^k}, approximately: a first guess that {@link #compare} corrects. */
    private static double scale(double x, int k) {
        if (k >= 0) {
            return k < POW10.length ? x / POW10[k] : x / Math.pow(10, k);
        }
        return -k < POW10.length ? x * POW10[-k] : x * Math.pow(10, -k);
    }

    /** The sign of {@code d·10^k - x}, exactly, for {@code 0 <= d < 2^53} and finite {@code x > 0}. */
    private static int compare(long d, int k, double x) {
        double dd = d;
        if (k >= 0 && k < POW10.length) {
            double p = POW10[k];
            double prod = dd * p;
            double err = Math.fma(dd, p, -prod);
            return exactSign(prod, x, err);
        }
        if (k < 0 && -k < POW10.length) {
            double p = POW10[-k];
            double prod = x * p;
            double err = Math.fma(x, p, -prod);
            return -exactSign(prod, dd, err);
        }
        return new BigDecimal(d).scaleByPowerOfTen(k).compareTo(new BigDecimal(x));
    }

    /** The sign of {@code (a + err) - b} where {@code a + err} is exact and {@code |err| <= ulp(a) / 2}. */
    private static int exactSign(double a, double b, double err) {
        double diff = a - b;
        if (a >= b * 0.5 && a <= b * 2) {
            // Sterbenz: diff is exact here, so comparing it with -err decides the sign of diff + err.
            return diff > -err ? 1 : diff < -err ? -1 : 0;
        }
        return diff > 0 ? 1 : -1;
    }

    /** Writes {@code d·10^k}: plain from 1e-4 up to 1e8, else as {@code 1.25e-7}. */
    private static int digits(long d, int k, byte[] out, int pos) {
        int n = 1;
        for (long p = 10; p <= d && n < 19; p *= 10) {
            n++;
        }
        int exp = n - 1 + k;
        if (exp < -4 || exp > 7) {
            int end = pos + n + 1;
            writeDigits(d, out, pos + 1, end);
            out[pos] = out[pos + 1];
            out[pos + 1] = '.';
            pos = n > 1 ? end : pos + 1;
            out[pos++] = 'e';
            if (exp < 0) {
                out[pos++] = '-';
                exp = -exp;
            }
            if (exp >= 10) {
                out[pos++] = (byte) ('0' + exp / 10);
            }
            out[pos++] = (byte) ('0' + exp % 10);
            return pos;
        }
        if (k >= 0) {
            writeDigits(d, out, pos, pos + n);
            pos += n;
            for (int i = 0; i < k; i++) {
                out[pos++] = '0';
            }
            return pos;
        }
        int intDigits = n + k;
        if (intDigits > 0) {
            long unit = (long) POW10[-k];
            writeDigits(d / unit, out, pos, pos + intDigits);
            pos += intDigits;
            out[pos++] = '.';
            writeDigits(d % unit, out, pos, pos - k);
            return pos - k;
        }
        out[pos++] = '0';
        out[pos++] = '.';
        for (int i = intDigits; i < 0; i++) {
            out[pos++] = '0';
        }
        writeDigits(d, out, pos, pos + n);
        return pos + n;
    }

    /** Fills {@code out[start, end)} with the decimal digits of {@code d}, zero-padded on the left. */
    private static void writeDigits(long d, byte[] out, int start, int end) {
        for (int i = end - 1; i >= start; i--) {
            out[i] = (byte) ('0' + d % 10);
            d /= 10;
        }
    }

    private static int ascii(String s, byte[] out, int pos) {
        for (int i = 0; i < s.length(); i++) {
            out[pos++] = (byte) s.charAt(i);
        }
        return pos;
    }
}
