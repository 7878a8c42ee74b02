package io.github.stack3d.io.tiff;

import io.github.stack3d.Parallel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.IntFunction;

/** Runs independent file tasks 0..n-1 on the library's worker threads ({@link Parallel}), in index order. */
final class ParallelIO {

    /** One task: the result for index {@code i}. */
    @FunctionalInterface
    interface Task<T> {
        T run(int i) throws IOException;
    }

    private ParallelIO() {
    }

    /**
     * The results of {@code task} for 0..n-1, computed in parallel, in index order, one step of a {@link
     * io.github.stack3d.Progress} named {@code what} each.
     *
     * @throws IOException the first IOException seen (the remaining tasks are abandoned); unchecked exceptions
     *                     of a task propagate unchanged
     */
    static <T> T[] map(String what, int n, IntFunction<T[]> array, Task<T> task) throws IOException {
        T[] results = array.apply(n);
        try {
            Parallel.forEach(what, n, i -> {
                try {
                    results[i] = task.run(i);
                } catch (IOException e) {
                    throw new TaskFailure(e);
                }
            });
        } catch (TaskFailure e) {
            throw e.getCause();
        }
        return results;
    }

    /** Carries a task's IOException out of the stream; other exceptions pass through as thrown. */
    private static final class TaskFailure extends UncheckedIOException {
        TaskFailure(IOException cause) {
            super(cause);
        }
    }
}
