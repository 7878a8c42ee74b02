package io.github.stack3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.sample.SampleStacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {

    @TempDir
    Path dir;

    /** What a listener heard: "task done/total" per report, "end task true|false" at the end. */
    static final class Recorder implements Progress.Listener {
        final List<String> events = Collections.synchronizedList(new ArrayList<>());
        final List<long[]> reports = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void progress(String task, long done, long total) {
            events.add(task + " " + done + "/" + total);
            reports.add(new long[] {done, total});
        }

        @Override
        public void end(String task, boolean complete) {
            events.add("end " + task + " " + complete);
        }
    }

    @AfterEach
    void noListener() {
        Progress.listen(null);
    }

    @Test
    void marchingCubesReportsInOrderUpToTheWholeAndOnlyItself() {
        Recorder r = new Recorder();
        Progress.listen(r);
        Stack3D.marchingCubes(SampleStacks.sphere(40, 15), 0);
        assertEquals("marching cubes 0/82", r.events.get(0), "two passes over 41 slabs (closed border)");
        assertEquals("end marching cubes true", r.events.get(r.events.size() - 1));
        long before = -1;
        for (long[] report : r.reports) {
            assertTrue(report[0] > before, "done rises: " + r.events);
            before = report[0];
        }
        assertEquals(82, before, "the last report is the whole");
        assertTrue(r.events.stream().allMatch(e -> e.contains("marching cubes")),
                "nested work (parallel runs) reports nothing of its own: " + r.events);
    }

    @Test
    void parallelLoopsAndWritesReportToo() throws IOException {
        Recorder r = new Recorder();
        Progress.listen(r);
        Mask mask = Stack3D.threshold(SampleStacks.sphere(32, 10), 0);
        Stack3D.savePly(Stack3D.shellPoints(mask), dir.resolve("shell.ply").toString());
        List<String> tasks = new ArrayList<>();
        for (String e : r.events) {
            if (e.startsWith("end ")) {
                tasks.add(e);
            }
        }
        assertEquals(List.of("end threshold true", "end shell points true", "end writing shell.ply true"), tasks);
        assertTrue(r.events.contains("threshold 32/32") && r.events.contains("shell points 32/32"), "" + r.events);
        String lastWrite = r.events.get(r.events.size() - 2);
        assertTrue(lastWrite.startsWith("writing shell.ply ") && lastWrite.endsWith("/" + lastWrite.split("/")[1])
                && lastWrite.split(" ")[2].split("/")[0].equals(lastWrite.split("/")[1]), lastWrite);
    }

    @Test
    void aThreadOfItsOwnHearsNothingWithoutAListener() throws InterruptedException {
        Recorder r = new Recorder();
        Progress.listen(r);
        Thread other = new Thread(() -> Stack3D.threshold(SampleStacks.sphere(16, 5), 0));
        other.start();
        other.join();
        assertEquals(List.of(), r.events, "the listener belongs to this thread");
    }

    @Test
    void interruptingMarchingCubesStopsItBeforeTheEnd() {
        Recorder r = new Recorder();
        Volume sphere = SampleStacks.sphere(64, 25);
        Thread caller = Thread.currentThread();
        Progress.listen(new Progress.Listener() {
            @Override
            public void progress(String task, long done, long total) {
                r.progress(task, done, total);
                if (done * 10 >= total) {
                    caller.interrupt(); // as IJava's interrupt button, a tenth of the way in (heard on any thread)
                }
            }

            @Override
            public void end(String task, boolean complete) {
                r.end(task, complete);
            }
        });
        try {
            CancellationException e = assertThrows(CancellationException.class,
                    () -> Stack3D.marchingCubes(sphere, 0));
            assertTrue(e.getMessage().contains("marching cubes") && e.getMessage().contains("interrupted"),
                    e.getMessage());
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt flag stays set");
        } finally {
            Thread.interrupted();
        }
        assertEquals("end marching cubes false", r.events.get(r.events.size() - 1));
        long last = r.reports.get(r.reports.size() - 1)[0];
        assertTrue(last < 130, "stopped well before the 130 steps: " + r.events);
    }

    @Test
    void interruptingBetweenMarchingCubesAndItsWriteLeavesNoFile() throws InterruptedException {
        Path out = dir.resolve("mesh.ply");
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            Thread self = Thread.currentThread();
            Progress.listen(new Progress.Listener() {
                @Override
                public void progress(String task, long done, long total) {
                    if (task.startsWith("writing") && done > total / 3) {
                        self.interrupt();
                    }
                }

                @Override
                public void end(String task, boolean complete) {
                }
            });
            try {
                Stack3D.savePly(Stack3D.marchingCubes(SampleStacks.sphere(96, 40), 0), out.toString());
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        worker.start();
        worker.join();
        assertTrue(failure.get() instanceof CancellationException, "" + failure.get());
        assertTrue(failure.get().getMessage().contains("mesh.ply"), failure.get().getMessage());
        assertEquals(List.of(), list(dir), "no mesh.ply, no .part");
    }

    @Test
    void parallelWorkersStopWhenTheCallerIsInterruptedAndAreDoneWhenItReturns() {
        int n = 10_000;
        AtomicInteger ran = new AtomicInteger();
        AtomicInteger running = new AtomicInteger();
        Thread caller = Thread.currentThread();
        try (Progress p = Progress.start("loop", n)) {
            assertThrows(CancellationException.class, () -> Parallel.forEach(n, i -> {
                running.incrementAndGet();
                try {
                    if (ran.incrementAndGet() == 100) {
                        caller.interrupt();
                    }
                    for (int k = 0; k < 50; k++) {
                        Progress.checkInterruptedNow(); // what a hot loop does once per slice
                        Thread.onSpinWait();
                    }
                } finally {
                    running.decrementAndGet();
                }
            }));
        } finally {
            Thread.interrupted();
        }
        assertEquals(0, running.get(), "no body still runs once forEach has thrown");
        assertTrue(ran.get() < n, "stopped early: " + ran.get() + " of " + n);
    }

    @Test
    void anInterruptedThreadStartsNothing() {
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> Progress.start("anything", 10));
        } finally {
            Thread.interrupted();
        }
        assertFalse(Thread.currentThread().isInterrupted());
        try (Progress p = Progress.start("after", 1)) {
            p.step();
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
