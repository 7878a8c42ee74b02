package io.github.stack3d.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options of a {@code shell} command, as a picocli mixin that the core's and the Spark module's command lines
 * share: the value range {@code --lo .. --hi} and {@code --ascii}.
 */
public final class ShellRange {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--lo", defaultValue = "0", description = "lower bound, inclusive (default ${DEFAULT-VALUE})")
    double lo;

    @Option(names = "--hi", defaultValue = "100", description = "upper bound, inclusive (default ${DEFAULT-VALUE})")
    double hi;

    @Option(names = "--ascii", description = "write ASCII PLY (as the seed does) instead of binary")
    boolean ascii;

    /** Refuses a bound that is NaN or infinite as a usage error. */
    public void check() {
        Numbers.requireNumber(spec, "--lo", lo);
        Numbers.requireNumber(spec, "--hi", hi);
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
