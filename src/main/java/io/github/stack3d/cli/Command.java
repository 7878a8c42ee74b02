package io.github.stack3d.cli;

import java.util.concurrent.Callable;

/**
 * A command of the core's or the Spark module's command line: its description, its options, each bound to a field of
 * it, and its work.
 */
public interface Command extends Callable<Integer> {

    /** What the command does, for the help. */
    String description();

    /** Declares the command's options and parameters, each with the field it sets. */
    void declare(Options o);
}
