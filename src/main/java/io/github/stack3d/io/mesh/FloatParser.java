package io.github.stack3d.io.mesh;

import java.nio.charset.StandardCharsets;

/**
 * Reads decimal numbers from bytes without making a String, with the same result as {@link Float#parseFloat}
 * and {@link Double#parseDouble} (correctly rounded); also accepts C's {@code nan}, {@code inf} and
 * {@code infinity} in any case.
 *
 * <p>Fast path (Clinger 1990): a significand {@code m} of at most 15 digits and a decimal exponent {@code e} with
 * {@code |e| <= 22} are exact doubles, so {@code m·10^e} or {@code m/10^e} is one correctly rounded double
 * operation. For a float, rounding that double to float could round twice; {@link Math#fma} gives the exact
 * error of the double operation, which decides the one case where that matters (the double falls exactly
 * half-way between two floats). Everything else goes to the JDK parser.
 */
final class FloatParser {

    private static final double[] POW10 = new double[23];
    private static final long SIGNIFICAND = (1L << 50) - 1;
    private static final long NEGATIVE = 1L << 57;

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private FloatParser() {
    }

    /**
     * The float written in {@code b[from, to)}.
     *
     * @throws NumberFormatException when the bytes are not a number
     */
    static float parseFloat(byte[] b, int from, int to) {
        long packed = scan(b, from, to);
        if (packed >= 0) {
            long m = packed & SIGNIFICAND;
            int e = (int) (packed >>> 50 & 0x7F) - 64;
            boolean negative = (packed & NEGATIVE) != 0;
            if (m == 0) {
                return negative ? -0f : 0f;
            }
            double p = POW10[Math.abs(e)];
            double x;
            double err;
            if (e >= 0) {
                x = m * p;
                err = Math.fma(m, p, -x);
            } else {
                x = m / p;
                err = Math.fma(-x, p, m);
            }
            if (x >= Float.MIN_NORMAL && x <= Float.MAX_VALUE) {
                if (err != 0 && isFloatMidpoint(x)) {
                    x = err > 0 ? Math.nextUp(x) : Math.nextDown(x);
                }
                float f = (float) x;
                return negative ? -f : f;
            }
        }
        String s = text(b, from, to);
        return special(s) ? (float) specialValue(s) : Float.parseFloat(s);
    }

    /**
     * The double written in {@code b[from, to)}.
     *
     * @throws NumberFormatException when the bytes are not a number
     */
    static double parseDouble(byte[] b, int from, int to) {
        long packed = scan(b, from, to);
        if (packed >= 0) {
            long m = packed & SIGNIFICAND;
            int e = (int) (packed >>> 50 & 0x7F) - 64;
            double x = e >= 0 ? m * POW10[e] : m / POW10[-e];
            return (packed & NEGATIVE) != 0 ? -x : x;
        }
        String s = text(b, from, to);
        return special(s) ? specialValue(s) : Double.parseDouble(s);
    }

    /**
     * A plain decimal ({@code [sign] digits [. digits] [e|E [sign] digits]}) with at most 15 significant
     * digits and a decimal exponent within +-22, packed as significand (bits 0-49), exponent + 64 (bits
     * 50-56) and sign (bit 57); -1 for anything else, which the JDK parser then reads or rejects.
     */
    private static long scan(byte[] b, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        long m = 0;
        int digits = 0;
        int e = 0;
        boolean any = false;
        boolean point = false;
        for (; i < to; i++) {
            int c = b[i];
            if (c >= '0' && c <= '9') {
                any = true;
                if (m != 0 || c != '0') {
                    if (++digits > 15) {
                        return -1;
                    }
                    m = m * 10 + (c - '0');
                }
                if (point) {
                    e--;
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (!any) {
            return -1;
        }
        if (i < to && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < to && (b[i] == '-' || b[i] == '+')) {
                negativeExponent = b[i] == '-';
                i++;
            }
            if (i == to) {
                return -1;
            }
            int x = 0;
            for (; i < to && b[i] >= '0' && b[i] <= '9'; i++) {
                x = Math.min(x * 10 + (b[i] - '0'), 10_000);
            }
            e += negativeExponent ? -x : x;
        }
        if (i != to) {
            return -1;
        }
        if (m == 0) {
            e = 0;
        } else if (Math.abs(e) >= POW10.length) {
            return -1;
        }
        return m | (long) (e + 64) << 50 | (negative ? NEGATIVE : 0);
    }

    /** True when {@code x} (in the normal float range) lies exactly half-way between two floats. */
    private static boolean isFloatMidpoint(double x) {
        return (Double.doubleToRawLongBits(x) & ((1L << 29) - 1)) == 1L << 28;
    }

    private static String text(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /** C's spellings ({@code nan}, {@code -inf}, {@code INFINITY}), which the JDK parser does not take. */
    private static boolean special(String s) {
        String t = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        return t.equalsIgnoreCase("nan") || t.equalsIgnoreCase("inf") || t.equalsIgnoreCase("infinity");
    }

    private static double specialValue(String s) {
        if (s.regionMatches(true, s.length() - 3, "nan", 0, 3)) {
            return Double.NaN;
        }
        return s.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
}
