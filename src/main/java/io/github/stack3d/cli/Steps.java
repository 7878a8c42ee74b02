package io.github.stack3d.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Function;

/** Runs the steps of a command, printing what each made and how long it took. */
final class Steps {

    /** One step's work. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws IOException;
    }

    private final PrintWriter out;
    private final long start = System.nanoTime();
    /** When the last step ended. */
    private long last = start;

    Steps(PrintWriter out) {
        this.out = out;
    }

    /** Runs {@code work}, prints {@code label}, the result as {@code describe} puts it, and the time taken. */
    <T> T time(String label, Work<T> work, Function<T, String> describe) throws IOException {
        last = System.nanoTime();
        return since(label, work.run(), describe);
    }

    /**
     * Prints {@code label}, {@code result} as {@code describe} puts it, and the time since the last step ended: for
     * a step whose work began inside the one before (a file written while its content was made).
     */
    <T> T since(String label, T result, Function<T, String> describe) {
        long now = System.nanoTime();
        out.printf(Locale.ROOT, "%-28s %8.0f ms  %s%n", label, (now - last) / 1e6, describe.apply(result));
        last = now;
        return result;
    }

    /** A written file and its size, for a step's line. */
    static String file(java.nio.file.Path p) {
        try {
            return p + " (" + io.github.stack3d.Memory.size(java.nio.file.Files.size(p)) + ")";
        } catch (IOException e) {
            return p.toString();
        }
    }

    /** Prints the time since the command started. */
    void total() {
        out.printf(Locale.ROOT, "%-28s %8.0f ms%n", "total", (System.nanoTime() - start) / 1e6);
        out.flush();
    }
}
