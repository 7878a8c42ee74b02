package io.github.stack3d.notebook;

import io.github.stack3d.Progress;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A progress bar in the running notebook cell: one display output per operation, updated in place (Jupyter's
 * {@code update_display_data} on the output's {@code display_id}) at most every {@value #INTERVAL_MS} ms and at
 * the end, when it says how the operation ended. Operations that end within {@value #DELAY_MS} ms show nothing,
 * so quick cells keep their outputs clean. The kernel is reached by reflection, as in {@link Display}.
 *
 * <p>The kernel drops displays made while no cell runs. When IJava's interrupt button stops a cell, the cell ends
 * at once and its operation stops a moment later on its own thread, so the last update (the bar's "stopped after")
 * often comes too late; it is kept and sent as soon as a cell runs again (any cell: an update finds its output by
 * the display id wherever it is), from a daemon thread that looks every {@value #POLL_MS} ms.
 */
final class NotebookProgress implements Progress.Listener {

    static final long DELAY_MS = 500;
    static final long INTERVAL_MS = 100;
    static final long POLL_MS = 100;

    /** Where displays go: the kernel's display and update calls, on a basekernel {@code DisplayData}. */
    interface Sink {
        /** Whether a cell is running, so that a display now reaches it (the kernel drops those made between). */
        boolean attached() throws ReflectiveOperationException;

        void display(Object data) throws ReflectiveOperationException;

        void update(String id, Object data) throws ReflectiveOperationException;
    }

    private final Sink sink;
    private final long delayMs;
    private final long intervalMs;
    private final Constructor<?> newData;
    private final Method putData;
    private final Method setDisplayId;
    private String task;
    private String id;
    private long started;
    private long lastShown;
    private long done;
    private long total;
    private boolean broken;
    /** The last update of bars whose operation ended while no cell ran, by display id, to send when one runs. */
    private final Map<String, Object> late = new LinkedHashMap<>();
    private Thread sender;

    /**
     * @param sink        the kernel's display calls
     * @param displayData the basekernel's {@code DisplayData} class, from the kernel's class loader
     * @param delayMs     how long an operation runs before its bar appears
     * @param intervalMs  the least time between two updates, except the last
     */
    NotebookProgress(Sink sink, Class<?> displayData, long delayMs, long intervalMs)
            throws ReflectiveOperationException {
        this.sink = sink;
        this.delayMs = delayMs;
        this.intervalMs = intervalMs;
        this.newData = displayData.getConstructor();
        this.putData = displayData.getMethod("putData", String.class, Object.class);
        this.setDisplayId = displayData.getMethod("setDisplayId", String.class);
    }

    /** The listener for IJava's running kernel: {@code kernel.display(data)} and its IO's {@code updateDisplay}. */
    static NotebookProgress of(Object kernel) throws ReflectiveOperationException {
        return of(kernel, DELAY_MS, INTERVAL_MS);
    }

    /** As {@link #of(Object)}, with the delay and interval given (tests). */
    static NotebookProgress of(Object kernel, long delayMs, long intervalMs) throws ReflectiveOperationException {
        ClassLoader loader = kernel.getClass().getClassLoader();
        Class<?> data = Class.forName("io.github.spencerpark.jupyter.kernel.display.DisplayData", false, loader);
        Method display = kernel.getClass().getMethod("display", data);
        Object io = kernel.getClass().getMethod("getIO").invoke(kernel);
        Object stream = io.getClass().getField("display").get(io);
        Method update = stream.getClass().getMethod("updateDisplay", String.class, data);
        Method attached = stream.getClass().getMethod("isAttached");
        return new NotebookProgress(new Sink() {
            @Override
            public boolean attached() throws ReflectiveOperationException {
                return (Boolean) attached.invoke(stream);
            }

            @Override
            public void display(Object d) throws ReflectiveOperationException {
                display.invoke(kernel, d);
            }

            @Override
            public void update(String displayId, Object d) throws ReflectiveOperationException {
                update.invoke(stream, displayId, d);
            }
        }, data, delayMs, intervalMs);
    }

    @Override
    public synchronized void progress(String task, long done, long total) {
        long now = System.nanoTime() / 1_000_000;
        if (this.task == null) {
            this.task = task;
            this.started = now;
        }
        this.done = done;
        this.total = total;
        if (!broken && now - started >= delayMs && (now - lastShown >= intervalMs || done >= total)) {
            show(bar(task, done, total, null), now);
        }
    }

    @Override
    public synchronized void end(String task, boolean complete) {
        if (id != null && !broken) {
            double seconds = (System.nanoTime() / 1_000_000 - started) / 1000.0;
            show(bar(task, complete ? total : done, total, String.format(Locale.ROOT, complete
                    ? "done in %.1f s" : "stopped after %.1f s", seconds)), 0);
        }
        this.task = null;
        this.id = null;
    }

    /** Shows or updates this operation's output; an update that no cell would receive waits in {@link #late}. */
    private void show(String[] text, long now) {
        try {
            boolean attached = sink.attached();
            if (attached) {
                sendLate();
            }
            if (id == null && !attached) {
                return; // no cell to show a new bar in
            }
            Object data = newData.newInstance();
            putData.invoke(data, "text/plain", text[0]);
            putData.invoke(data, "text/html", text[1]);
            if (id == null) {
                id = "stack3d-progress-" + UUID.randomUUID();
                setDisplayId.invoke(data, id);
                sink.display(data);
            } else {
                setDisplayId.invoke(data, id);
                if (attached) {
                    sink.update(id, data);
                } else {
                    late.put(id, data);
                    startSender();
                }
            }
            lastShown = now;
        } catch (ReflectiveOperationException | RuntimeException e) {
            broken = true; // a kernel that refuses is not asked again on every step: progress is no result
        }
    }

    /** Sends the updates that waited for a cell; the caller has checked that one runs. */
    private void sendLate() throws ReflectiveOperationException {
        for (Map.Entry<String, Object> e : late.entrySet()) {
            sink.update(e.getKey(), e.getValue());
        }
        late.clear();
    }

    /** Starts the thread that sends {@link #late} when a cell runs, unless it runs already. */
    private void startSender() {
        if (sender != null) {
            return;
        }
        sender = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(POLL_MS);
                    synchronized (this) {
                        if (!late.isEmpty() && !broken && sink.attached()) {
                            sendLate();
                        }
                        if (late.isEmpty() || broken) {
                            sender = null;
                            return;
                        }
                    }
                }
            } catch (InterruptedException | ReflectiveOperationException | RuntimeException e) {
                synchronized (this) {
                    broken |= !(e instanceof InterruptedException);
                    sender = null;
                }
            }
        }, "stack3d-progress-late");
        sender.setDaemon(true);
        sender.start();
    }

    /** The bar as plain text and HTML: {@code task  45 % [#########...........]  450 / 1000}. */
    static String[] bar(String task, long done, long total, String end) {
        int percent = total > 0 ? (int) Math.min(100, done * 100 / total) : end != null ? 100 : 0;
        int filled = percent / 5;
        String counts = total > 0 ? "  " + done + " / " + total : "";
        String tail = end != null ? "  " + end : counts;
        String plain = String.format(Locale.ROOT, "%s %3d %% [%s%s]%s", task, percent, "#".repeat(filled),
                ".".repeat(20 - filled), tail);
        String html = "<div class=\"stack3d-progress\" style=\"font-family:monospace\">" + escape(task)
                + " <progress value=\"" + percent + "\" max=\"100\" style=\"width:20em\"></progress> " + percent
                + " %" + escape(tail) + "</div>";
        return new String[] {plain, html};
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
