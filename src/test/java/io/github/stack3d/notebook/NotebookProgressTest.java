package io.github.stack3d.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.JupyterIO;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import io.github.spencerpark.jupyter.messages.ContentType;
import io.github.spencerpark.jupyter.messages.publish.PublishDisplayData;
import io.github.spencerpark.jupyter.messages.publish.PublishUpdateDisplayData;
import io.github.stack3d.Progress;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The notebook's progress bar driven against the real basekernel (the classes IJava 1.3.0 runs on): a kernel whose
 * IO is attached to a request environment that keeps what it publishes, as the kernel does while a cell runs.
 * Asserts the {@code display_data} and {@code update_display_data} contents: one display per operation, updates
 * under its display id, the end, nothing for a quick operation, and an end that comes after its cell (IJava's
 * interrupt) sent once the next cell runs.
 */
class NotebookProgressTest {

    /** A kernel that evaluates nothing: only its IO, display and update calls are used. */
    static final class Kernel extends BaseKernel {
        @Override
        public DisplayData eval(String expr) {
            return null;
        }

        @Override
        public LanguageInfo getLanguageInfo() {
            return null;
        }
    }

    /** A cell's request environment that keeps what is published instead of sending it. */
    static final class Cell extends ShellReplyEnvironment {
        final List<Object> published = Collections.synchronizedList(new ArrayList<>());

        Cell() {
            super(null, null, null, null);
        }

        @Override
        public <T extends ContentType<T>> void publish(T content) {
            published.add(content);
        }
    }

    private final Kernel kernel = new Kernel();

    @BeforeEach
    @AfterEach
    void noListener() {
        Progress.listen(null);
    }

    @Test
    void anOperationShowsOneBarUpdatedInPlaceUntilItsEnd() throws Exception {
        Cell cell = run(new Cell());
        NotebookProgress bar = NotebookProgress.of(kernel, 0, 0);
        Progress.listen(bar);
        try (Progress p = Progress.start("marching cubes", 4)) {
            for (int k = 0; k < 4; k++) {
                p.step();
            }
            p.finish();
        }
        List<Object> messages = List.copyOf(cell.published);
        assertEquals(6, messages.size(), "a display at 0 and 5 updates (1..4 and the end): " + texts(messages));
        PublishDisplayData first = assertInstanceOf(PublishDisplayData.class, messages.get(0));
        String id = first.getDisplayId();
        assertTrue(id.startsWith("stack3d-progress-"), id);
        assertEquals("marching cubes   0 % [....................]  0 / 4", text(first));
        assertTrue(((String) first.getData(MIMEType.TEXT_HTML)).contains("<progress value=\"0\" max=\"100\""),
                "an HTML bar");
        for (int k = 1; k <= 5; k++) {
            PublishUpdateDisplayData update = assertInstanceOf(PublishUpdateDisplayData.class, messages.get(k));
            assertEquals(id, update.getDisplayId(), "the same output, updated");
        }
        assertEquals("marching cubes  50 % [##########..........]  2 / 4", text(messages.get(2)));
        String last = text(messages.get(5));
        assertTrue(last.startsWith("marching cubes 100 % [####################]  done in "), last);

        cell.published.clear();
        try (Progress p = Progress.start("writing mesh.ply", 2)) {
            p.step();
        }
        assertEquals(3, cell.published.size(), texts(cell.published));
        String other = ((DisplayData) cell.published.get(0)).getDisplayId();
        assertTrue(!other.equals(id) && cell.published.get(0) instanceof PublishDisplayData, "a new bar");
        assertTrue(text(cell.published.get(2)).startsWith("writing mesh.ply  50 % [##########..........]  "
                + "stopped after "), texts(cell.published));
    }

    @Test
    void aQuickOperationShowsNothingAndUpdatesAreSpacedOut() throws Exception {
        Cell cell = run(new Cell());
        Progress.listen(NotebookProgress.of(kernel, 60_000, 0));
        try (Progress p = Progress.start("loading", 100)) {
            for (int k = 0; k < 100; k++) {
                p.step();
            }
            p.finish();
        }
        assertEquals(List.of(), cell.published, "ended before the delay");

        Progress.listen(NotebookProgress.of(kernel, 0, 60_000));
        try (Progress p = Progress.start("loading", 100)) {
            for (int k = 0; k < 100; k++) {
                p.step();
            }
            p.finish();
        }
        assertEquals(3, cell.published.size(), "the first report, done = total, and the end: " + texts(cell.published));
        assertEquals("loading 100 % [####################]  100 / 100", text(cell.published.get(1)));
    }

    @Test
    void anInterruptedOperationSaysStopped() throws Exception {
        Cell cell = run(new Cell());
        Progress.listen(NotebookProgress.of(kernel, 0, 0));
        try (Progress p = Progress.start("turntable", 10)) {
            p.step();
            Thread.currentThread().interrupt();
            assertThrows(CancellationException.class, p::step);
        } finally {
            assertTrue(Thread.interrupted(), "the flag stays set");
        }
        String last = text(cell.published.get(cell.published.size() - 1));
        assertTrue(last.startsWith("turntable  10 % [##..................]  stopped after "), texts(cell.published));
    }

    /**
     * IJava's interrupt ends the cell at once; the operation's thread stops a little later, when the kernel would
     * drop the bar's last update. It waits, and goes out in the next cell, under the first bar's display id.
     */
    @Test
    void anEndAfterItsCellIsSentWhenTheNextCellRuns() throws Exception {
        Cell first = run(new Cell());
        NotebookProgress bar = NotebookProgress.of(kernel, 0, 0);
        bar.progress("marching cubes", 0, 10);
        bar.progress("marching cubes", 3, 10);
        String id = ((DisplayData) first.published.get(0)).getDisplayId();
        retract(first);
        bar.end("marching cubes", false);
        Thread.sleep(3 * NotebookProgress.POLL_MS);
        assertEquals(2, first.published.size(), "nothing after the cell: " + texts(first.published));

        Cell next = run(new Cell());
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (next.published.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(NotebookProgress.POLL_MS / 2);
        }
        assertEquals(1, next.published.size(), texts(next.published));
        PublishUpdateDisplayData late = assertInstanceOf(PublishUpdateDisplayData.class, next.published.get(0));
        assertEquals(id, late.getDisplayId(), "the first cell's bar");
        assertTrue(text(late).startsWith("marching cubes  30 % [######..............]  stopped after "), text(late));
        Thread.sleep(3 * NotebookProgress.POLL_MS);
        assertEquals(1, next.published.size(), "sent once: " + texts(next.published));
    }

    /** Attaches the kernel's IO to {@code cell}, as the kernel does when a request starts. */
    private Cell run(Cell cell) throws ReflectiveOperationException {
        io("setEnv").invoke(kernel.getIO(), cell);
        return cell;
    }

    private void retract(Cell cell) throws ReflectiveOperationException {
        io("retractEnv").invoke(kernel.getIO(), cell);
    }

    private static Method io(String name) throws NoSuchMethodException {
        Method m = JupyterIO.class.getDeclaredMethod(name, ShellReplyEnvironment.class);
        m.setAccessible(true);
        return m;
    }

    private static String text(Object message) {
        return (String) ((DisplayData) message).getData(MIMEType.TEXT_PLAIN);
    }

    private static String texts(List<Object> messages) {
        synchronized (messages) {
            return messages.stream().map(m -> m.getClass().getSimpleName() + " " + text(m)).toList().toString();
        }
    }
}
