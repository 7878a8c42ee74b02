package io.github.stack3d;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * The library's worker threads: one pool that every parallel step uses, sized by {@link #threads(int)} (all
 * processors by default). Work is split into index ranges that idle threads steal; the first exception a task
 * throws is rethrown as it was, and interrupting the calling thread stops the work at the next index (and, in
 * bodies that check, at their next slice: the workers run inside the caller's {@link Progress}, so its steps and
 * {@link Progress#checkInterruptedNow()} see the caller's interrupt); {@code forEach} returns only once every
 * worker has stopped.
 *
 * <p>This is the library's one piece of global state, on purpose: the number of threads is the caller's choice
 * for the whole process, as {@code OMP_NUM_THREADS} is for numpy and VTK.
 */
public final class Parallel {

    private static volatile ForkJoinPool pool = newPool(Runtime.getRuntime().availableProcessors());

    private Parallel() {
    }

    /** The number of worker threads every parallel step uses. */
    public static int threads() {
        return pool.getParallelism();
    }

    /**
     * Sets the number of worker threads for every later parallel step; 1 runs everything on the calling thread.
     *
     * @param threads 1 or more
     * @throws IllegalArgumentException when {@code threads} is below 1
     */
    public static synchronized void threads(int threads) {
        Checks.requirePositive(threads, "threads");
        if (threads != threads()) {
            ForkJoinPool old = pool;
            pool = newPool(threads);
            old.shutdown();
        }
    }

    /**
     * Runs {@code body} for every index {@code 0 .. n−1} on the worker threads (in no particular order; on the
     * calling thread when there is one thread or one index) and returns when all are done.
     *
     * @throws RuntimeException the first one {@code body} threw, unchanged
     * @throws CancellationException when the calling thread was interrupted (its interrupt flag is set again)
     */
    public static void forEach(int n, IntConsumer body) {
        ForkJoinPool p = pool;
        if (n <= 0) {
            return;
        }
        if (n == 1 || p.getParallelism() == 1) {
            for (int i = 0; i < n; i++) {
                Progress.checkInterruptedNow();
                body.accept(i);
            }
            return;
        }
        Range work = new Range(body, 0, n, Math.max(1, n / (8 * p.getParallelism())), new Shared(
                Progress.current()));
        if (ForkJoinTask.inForkJoinPool() && ForkJoinTask.getPool() == p) {
            work.invoke();
        } else {
            ForkJoinTask<Void> task = p.submit(work);
            try {
                task.get();
            } catch (InterruptedException e) {
                work.shared.context.cancel();
                task.quietlyJoin(); // not interruptible: the workers stop at their next index or step
                Thread.currentThread().interrupt();
                work.shared.context.checkInterrupted(); // throws, naming the operation
                throw new CancellationException("interrupted");
            } catch (ExecutionException e) {
                rethrow(e.getCause());
            }
        }
        Throwable failure = work.shared.failure.get();
        if (failure != null) {
            rethrow(failure);
        }
        Progress.checkInterruptedNow();
    }

    /**
     * {@link #forEach(int, IntConsumer)} reporting one step of a {@link Progress} named {@code task} per index.
     *
     * @throws CancellationException when the calling thread was interrupted
     */
    public static void forEach(String task, int n, IntConsumer body) {
        try (Progress progress = Progress.start(task, n)) {
            forEach(n, i -> {
                body.accept(i);
                progress.step();
            });
            progress.finish();
        }
    }

    private static void rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(t);
    }

    private static ForkJoinPool newPool(int threads) {
        return new ForkJoinPool(threads, p -> {
            var t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            t.setName("stack3d-" + t.getPoolIndex());
            t.setDaemon(true);
            return t;
        }, null, false);
    }

    /** What the ranges of one loop share: the caller's operation (its interrupt and cancel), the first failure. */
    private static final class Shared {
        final Progress context;
        final AtomicReference<Throwable> failure = new AtomicReference<>();

        Shared(Progress context) {
            this.context = context;
        }

        boolean stopped() {
            return failure.get() != null || context.interrupted();
        }
    }

    /** Indices {@code [from, to)}, split in halves down to {@code grain}; failures are kept, not thrown. */
    private static final class Range extends RecursiveAction {
        private final IntConsumer body;
        private final int from;
        private final int to;
        private final int grain;
        final Shared shared;

        Range(IntConsumer body, int from, int to, int grain, Shared shared) {
            this.body = body;
            this.from = from;
            this.to = to;
            this.grain = grain;
            this.shared = shared;
        }

        @Override
        protected void compute() {
            if (to - from > grain) {
                int mid = (from + to) >>> 1;
                invokeAll(new Range(body, from, mid, grain, shared), new Range(body, mid, to, grain, shared));
                return;
            }
            // the caller's operation, so that steps and nested operations count into it and see its interrupt
            Progress before = Progress.enter(shared.context);
            try {
                for (int i = from; i < to && !shared.stopped(); i++) {
                    try {
                        body.accept(i);
                    } catch (Throwable t) {
                        shared.failure.compareAndSet(null, t);
                    }
                }
            } finally {
                Progress.enter(before);
            }
        }
    }
}
