package io.github.stack3d.cli;

/**
 * The options of a {@code shell} command, which the core's and the Spark module's command lines share: the value
 * range {@code --lo .. --hi} and {@code --ascii}.
 */
public final class ShellRange {

    private double lo;
    private double hi;
    private boolean ascii;

    /** Declares {@code --lo}, {@code --hi} and {@code --ascii}. */
    public void declare(Options o) {
        o.option("--lo", "<lo>", "lower bound, inclusive (default ${DEFAULT-VALUE})", "0", Options.DOUBLE, v -> lo = v);
        o.option("--hi", "<hi>", "upper bound, inclusive (default ${DEFAULT-VALUE})", "100", Options.DOUBLE,
                v -> hi = v);
        o.flag("--ascii", "write ASCII PLY (as the seed does) instead of binary", v -> ascii = v);
    }

    /** Refuses a bound that is NaN or infinite as a usage error. */
    public void check() {
        Numbers.requireNumber("--lo", lo);
        Numbers.requireNumber("--hi", hi);
    }

    /** The lower bound, inclusive. */
    public double lo() {
        return lo;
    }

    /** The upper bound, inclusive. */
    public double hi() {
        return hi;
    }

    /** Whether the PLY is ASCII rather than binary. */
    public boolean ascii() {
        return ascii;
    }
}
