package io.github.stack3d;

import java.util.Locale;

/**
 * Argument checks shared by every package: each names the parameter, the value and what was expected,
 * and throws {@link IllegalArgumentException}.
 */
public final class Checks {

    private Checks() {
    }

    /** Requires {@code value} to be finite and greater than zero. */
    public static double requireFinitePositive(double value, String name) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " is " + value + "; expected a finite number > 0");
        }
        return value;
    }

    /** Requires {@code value} to be finite. */
    public static double requireFinite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " is " + value + "; expected a finite number");
        }
        return value;
    }

    /** Requires {@code value >= 1}. */
    public static int requirePositive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " is " + value + "; expected 1 or more");
        }
        return value;
    }

    /** Requires {@code min <= value <= max}. */
    public static int requireInRange(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " is " + value + "; expected " + min + ".." + max);
        }
        return value;
    }

    /** Requires a slice index of a stack with {@code depth} slices. */
    public static int requireSlice(int z, int depth) {
        if (z < 0 || z >= depth) {
            throw new IllegalArgumentException("slice " + z + " does not exist; the stack has slices 0.."
                    + (depth - 1));
        }
        return z;
    }

    /** Requires a non-null argument. */
    public static <T> T requireNonNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is null");
        }
        return value;
    }

    /** Formats a count with thousands separators, for messages: {@code 1,234,567}. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
