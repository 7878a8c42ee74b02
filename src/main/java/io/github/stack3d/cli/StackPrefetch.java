package io.github.stack3d.cli;

import io.github.stack3d.Stack3D;
import io.github.stack3d.Volume;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The stack a process's command line names, opened (its files listed, their headers read) on a second thread while
 * the main thread loads the command's classes and reads its options: in a fresh JVM opening takes some 40 ms. Only
 * the process's own command line starts it ({@link Main#main}), for the commands whose first parameter is a stack
 * ({@link StackInput}), when the word after the command is not an option: that word is then the stack. The command
 * takes the result when it opens the stack, as it would have opened it itself (the same volume, or the same
 * exception, at the same point of the command); a stack named otherwise, or a command that stops before opening it
 * (a usage error, {@code --help}), leaves the result unused. Opening only lists a
 * folder and reads file headers, so a result left unused changed nothing.
 *
 * <p>State, process-wide on purpose: the one prefetch of the process's command line.
 */
final class StackPrefetch {

    /** The commands whose first parameter is a stack. */
    private static final Set<String> COMMANDS = Set.of("info", "shell", "mesh", "render");
    private static final AtomicReference<StackPrefetch> STARTED = new AtomicReference<>();

    private final String path;
    private final FutureTask<Volume> opening;

    private StackPrefetch(String path) {
        this.path = path;
        this.opening = new FutureTask<>(() -> Stack3D.openStack(path));
    }

    /** Starts opening the stack {@code args} names, if they name one as the first word after the command. */
    static void start(String[] args) {
        if (args.length < 2 || !COMMANDS.contains(args[0]) || args[1].startsWith("-") || args[1].isEmpty()) {
            return;
        }
        StackPrefetch p = new StackPrefetch(args[1]);
        if (STARTED.compareAndSet(null, p)) {
            Thread t = new Thread(p.opening, "stack3d-open-stack");
            t.setDaemon(true);
            t.start();
        }
    }

    /** The stack at {@code path}: the one being opened for it if any (waiting for it), else opened now. */
    static Volume open(String path) throws IOException {
        StackPrefetch p = STARTED.getAndSet(null);
        if (p == null || !p.path.equals(path)) {
            return Stack3D.openStack(path);
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return p.opening.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the opening is short and reads only; the command sees the interrupt after
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) cause;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
