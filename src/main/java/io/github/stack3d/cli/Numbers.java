package io.github.stack3d.cli;

/**
 * Checks of number options: NaN and infinities are usage errors, never a silent fallback (the core's and the Spark
 * module's command lines).
 */
public final class Numbers {

    private Numbers() {
    }

    /** Refuses {@code value} of {@code option} as a usage error unless it is a finite number. */
    public static void requireNumber(String option, double value) {
        if (!Double.isFinite(value)) {
            throw new UsageException(option + " is " + value + "; expected a finite number");
        }
    }
}
