package io.github.stack3d.cli;

/**
 * A command line that cannot be understood (exit status 2): the message, then the command's usage. Options, the
 * commands and the core's and the Spark module's checks ({@link Output}, {@link Numbers}, {@link Spacing}) throw it.
 */
public final class UsageException extends RuntimeException {

    /** A usage error saying what is wrong with the command line. */
    public UsageException(String message) {
        super(message);
    }
}
