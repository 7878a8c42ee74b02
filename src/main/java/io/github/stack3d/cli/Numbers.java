package io.github.stack3d.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks of number options: NaN and infinities are usage errors, never a silent fallback. */
final class Numbers {

    private Numbers() {
    }

    static void requireNumber(CommandSpec spec, String option, double value) {
        if (!Double.isFinite(value)) {
            throw new ParameterException(spec.commandLine(), option + " is " + value + "; expected a finite number");
        }
    }
}
