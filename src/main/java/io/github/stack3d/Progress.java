package io.github.stack3d;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The progress of one long operation (loading many files, thresholding or streaming a stack, marching cubes,
 * shell points, volume rendering, turntables, writing big files), and the point where it stops when its thread is
 * interrupted. An operation opens one with {@link #start}, calls {@link #step()} once per slice, tile or block (a
 * counter, an interrupt check and, once per percent, a report), {@link #finish()} when done, and closes it:
 *
 * <pre>{@code
 * try (Progress p = Progress.start("marching cubes", slabs)) {
 *     for (int k = 0; k < slabs; k++) { ...; p.step(); }
 *     p.finish();
 * }
 * }</pre>
 *
 * <p>Who listens: the {@link Listener} this thread set with {@link #listen}, else the process's default ({@link
 * #listenByDefault}, which the notebook display sets inside IJava, whose cells run on threads of their own), else
 * nobody. Only the outermost operation of a thread reports; one started inside it (reading slices during marching
 * cubes, a worker's part of a parallel loop, which {@link Parallel} runs inside its caller's operation) counts
 * nothing and only checks for interruption. So no facade method needs a parameter for progress.
 *
 * <p>Interruption: {@link #step()} throws {@link CancellationException} when the thread that started the outermost
 * operation was interrupted, on whichever thread the step runs; the interrupt flag stays set. This is the one
 * exception type for an interrupted operation in the library (a write that is interrupted deletes its temporary
 * file and throws it too, see {@code io.AtomicWrite}).
 */
public final class Progress implements AutoCloseable {

    /** Receives the progress of the outermost operations of the threads it listens to, from any thread. */
    public interface Listener {
        /**
         * {@code done} of {@code total} steps of {@code task} are done; called with {@code done = 0} first, then
         * with rising {@code done} (at most about once per percent), never concurrently for one task.
         */
        void progress(String task, long done, long total);

        /** {@code task} ended: {@code complete} when it finished (its last report had done = total). */
        void end(String task, boolean complete);
    }

    private static final ThreadLocal<Listener> LISTENER = new ThreadLocal<>();
    private static final ThreadLocal<Progress> CURRENT = new ThreadLocal<>();
    /** The listener of threads that set none; the library's second piece of global state, see {@link Parallel}. */
    private static volatile Listener byDefault;

    private final String task;
    private final long total;
    private final Thread owner;
    private final Listener listener;
    private final Progress outer;
    private final Progress previous;
    private final AtomicLong done = new AtomicLong();
    private long reported;
    private volatile long nextReport;
    private boolean finished;
    /** Set on the outermost operation when a parallel loop's caller was interrupted while it waited. */
    private volatile boolean cancelled;

    private Progress(String task, long total, Thread owner, Listener listener, Progress outer, Progress previous) {
        this.task = task;
        this.total = total;
        this.owner = owner;
        this.listener = listener;
        this.outer = outer;
        this.previous = previous;
        this.nextReport = Math.max(1, total / 100);
    }

    /**
     * Starts an operation of {@code total} steps on this thread; it reports when it is this thread's outermost.
     *
     * @param task what is being done, as a person reads it ({@code "marching cubes"}, {@code "writing mesh.ply"})
     * @param total the number of steps, 0 or more
     * @return the operation, to {@link #step()} and close
     * @throws CancellationException when this thread (or the one whose operation this is part of) was interrupted
     */
    public static Progress start(String task, long total) {
        Progress current = CURRENT.get();
        Progress p;
        if (current != null) {
            p = new Progress(task, Math.max(total, 0), current.owner, null, current.outer(), current);
        } else {
            Listener l = LISTENER.get();
            p = new Progress(task, Math.max(total, 0), Thread.currentThread(), l != null ? l : byDefault, null, null);
        }
        p.checkInterrupted();
        CURRENT.set(p);
        if (p.listener != null) {
            p.listener.progress(task, 0, p.total);
        }
        return p;
    }

    /**
     * Sets the listener of the operations this thread starts from now on.
     *
     * @param listener the listener, or null for none (then the default applies)
     * @return the listener set before, or null
     */
    public static Listener listen(Listener listener) {
        Listener before = LISTENER.get();
        if (listener == null) {
            LISTENER.remove();
        } else {
            LISTENER.set(listener);
        }
        return before;
    }

    /**
     * Sets the listener of threads that set none with {@link #listen} (inside IJava, the notebook's progress bar).
     *
     * @param listener the listener, or null for none
     */
    public static void listenByDefault(Listener listener) {
        byDefault = listener;
    }

    /**
     * Throws when the operation running on this thread, or this thread itself, was interrupted; for loops that
     * have no {@link Progress} of their own.
     *
     * @throws CancellationException when interrupted (the interrupt flag stays set)
     */
    public static void checkInterruptedNow() {
        Progress current = CURRENT.get();
        if (current != null) {
            current.checkInterrupted();
        } else if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("interrupted");
        }
    }

    /**
     * Advances the operation running on this thread by {@code steps}, if there is one; for helpers deep in a
     * loop that are handed no {@link Progress} (a write's buffer drains).
     *
     * @throws CancellationException when that operation's thread was interrupted
     */
    public static void advanceCurrent(long steps) {
        Progress current = CURRENT.get();
        if (current != null) {
            current.advance(steps);
        } else {
            checkInterruptedNow();
        }
    }

    /** One more step done. */
    public void step() {
        advance(1);
    }

    /**
     * {@code steps} more steps done; from any thread.
     *
     * @throws CancellationException when the operation's thread was interrupted
     */
    public void advance(long steps) {
        checkInterrupted();
        long d = done.addAndGet(steps);
        if (listener != null && d >= nextReport) {
            report(Math.min(d, total));
        }
    }

    /** Marks the operation done: the listener hears done = total, however many steps were counted. */
    public void finish() {
        finished = true;
        if (listener != null) {
            report(total);
        }
    }

    /** Ends the operation (reporting it complete only after {@link #finish()}); on the thread that started it. */
    @Override
    public void close() {
        if (CURRENT.get() == this) {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
        if (listener != null) {
            synchronized (this) {
                listener.end(task, finished);
            }
        }
    }

    /** The operation this one is part of, or this one when it is outermost. */
    Progress outer() {
        return outer != null ? outer : this;
    }

    /**
     * The operation running on this thread, or a silent one that reports nothing (not made current); for {@link
     * Parallel}, which carries it to its workers.
     */
    static Progress current() {
        Progress p = CURRENT.get();
        return p != null ? p : new Progress("parallel work", 0, Thread.currentThread(), null, null, null);
    }

    /** Makes every step of this operation (and the one it is part of) throw from now on. */
    void cancel() {
        outer().cancelled = true;
    }

    /** Makes {@code p} (may be null) the operation of this thread; returns the one it replaces. */
    static Progress enter(Progress p) {
        Progress before = CURRENT.get();
        if (p == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(p);
        }
        return before;
    }

    /** True when the thread that started the outermost operation was interrupted. */
    boolean interrupted() {
        return outer().cancelled || owner.isInterrupted();
    }

    /** Throws when {@link #interrupted()}, naming the outermost operation. */
    void checkInterrupted() {
        if (interrupted()) {
            throw new CancellationException(outer().task + ": interrupted");
        }
    }

    private synchronized void report(long d) {
        if (d > reported) {
            reported = d;
            nextReport = d + Math.max(1, total / 100);
            listener.progress(task, d, total);
        }
    }
}
