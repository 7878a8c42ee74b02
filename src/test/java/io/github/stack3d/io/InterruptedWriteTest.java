package io.github.stack3d.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.stack3d.ChildJvm;
import io.github.stack3d.FolderSnapshot;
import io.github.stack3d.Stack3D;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A child JVM ({@link WriteJob}) killed while it writes a large file or replaces a folder of slices: after SIGTERM or
 * SIGINT the old target is intact and nothing of the write is left (the shutdown hooks of {@link TempFiles} and
 * the stack folder); after SIGKILL the old target is intact, and the next write into that folder sweeps what the
 * dead process left, while a live process's temporary file is never touched.
 */
class InterruptedWriteTest {

    /**
     * Points of the ASCII PLY the child writes: about 270 MB, seconds of writing even on an idle machine; the kill
     * comes long before the end, so the size costs no time.
     */
    private static final String POINTS = "8000000";
    /** Slices of the stack the child writes, each forced to disk. */
    private static final String SLICES = "400";
    private static final long TIMEOUT_MS = 90_000;

    @TempDir
    Path dir;

    /** When to send the signal: once the temporary file holds {@code bytes}, then {@code delayMs} later. */
    record KillPoint(String name, long bytes, long delayMs) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<KillPoint> killPoints() {
        return Stream.of(new KillPoint("as soon as the .part appears", 0, 0),
                new KillPoint("when the .part holds 1 MB", 1 << 20, 0),
                new KillPoint("when the .part holds 16 MB", 16 << 20, 0),
                new KillPoint("300 ms after the .part appears", 0, 300),
                new KillPoint("500 ms after the .part holds 4 MB", 4 << 20, 500));
    }

    @ParameterizedTest(name = "SIGTERM {0}: the old PLY is intact and no .part is left")
    @MethodSource("killPoints")
    void sigtermDuringALargeWriteLeavesTheOldFileAndNoPart(KillPoint when) throws Exception {
        assertSignalLeavesNothing("TERM", when);
    }

    @Test
    void sigintDuringALargeWriteLeavesTheOldFileAndNoPart() throws Exception {
        assertSignalLeavesNothing("INT", new KillPoint("at 2 MB", 2 << 20, 0));
    }

    private void assertSignalLeavesNothing(String signal, KillPoint when) throws Exception {
        Path work = oldTarget();
        FolderSnapshot before = FolderSnapshot.of(work);
        ChildJvm child = startPly(work);
        awaitPart(child, work, when);
        int status = child.signal(signal, 60);
        assertEquals(128 + (signal.equals("TERM") ? 15 : 2), status, "killed by SIG" + signal + ": " + child.err());
        FolderSnapshot after = FolderSnapshot.of(work);
        assertEquals(before, after, "after SIG" + signal + " " + when + ": " + before.diff(after));
    }

    @Test
    void afterSigkillTheOldFileIsIntactAndTheNextWriteSweepsTheDeadProcesssPart() throws Exception {
        Path work = oldTarget();
        String old = FolderSnapshot.sha256(work.resolve("points.ply"));
        ChildJvm child = startPly(work);
        awaitPart(child, work, new KillPoint("at 1 MB", 1 << 20, 0));
        assertEquals(128 + 9, child.signal("KILL", 60));
        assertEquals(old, FolderSnapshot.sha256(work.resolve("points.ply")), "the old target after SIGKILL");
        List<Path> left = parts(work);
        assertEquals(1, left.size(), "SIGKILL runs no hook: its .part stays until a sweep " + left);
        assertTrue(left.get(0).getFileName().toString().startsWith(".stack3d-" + child.process().pid() + "-"),
                "the .part is named by the writer's pid: " + left);

        Stack3D.savePly(WriteJob.points(10), work.resolve("next.ply"));
        assertEquals(List.of(), parts(work), "the next write into the folder swept the dead process's .part");
        assertEquals(old, FolderSnapshot.sha256(work.resolve("points.ply")));
        assertEquals(10, Stack3D.readPly(work.resolve("next.ply")).vertexCount());
    }

    @Test
    void aSweepDeletesOnlyDeadProcessesPartsNeverALiveOnesNorForeignNames() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        ChildJvm holder = ChildJvm.start(work, dir.resolve("logs"), List.of(), WriteJob.class, "hold", "held.ply");
        Path live = awaitPart(holder, work, new KillPoint("while it holds its write", 4, 0));
        Object liveInode = Files.getAttribute(live, "unix:ino");
        long deadPid = TempFilesTest.deadPid();
        Path dead = Files.writeString(work.resolve(".stack3d-" + deadPid + "-abc.part"), "dead");
        Path foreign = Files.writeString(work.resolve(".stack3d-notapid.part"), "not ours to judge");

        Stack3D.savePly(WriteJob.points(10), work.resolve("next.ply")); // this process's first write here: a sweep
        assertFalse(Files.exists(dead), "the part of process " + deadPid + ", which no longer runs, is swept");
        assertTrue(Files.exists(foreign), "a name without a pid is left alone");
        assertTrue(Files.exists(live) && holder.process().isAlive(), "the live writer's part is never touched");
        assertEquals(liveInode, Files.getAttribute(live, "unix:ino"));
        assertEquals("held", Files.readString(live));
        assertEquals(0, TempFiles.sweep(work), "nothing else to sweep while the holder lives");

        assertEquals(143, holder.signal("TERM", 60));
        assertFalse(Files.exists(live), "the holder's own shutdown hook deleted its part");
        assertFalse(Files.exists(work.resolve("held.ply")), "an interrupted write never appears");
    }

    @Test
    void sigtermDuringReplaceStackLeavesTheOldSlicesAndNoSiblingFolder() throws Exception {
        Path work = oldStack();
        FolderSnapshot before = FolderSnapshot.of(work);
        ChildJvm child = ChildJvm.start(work, dir.resolve("logs"), List.of(), WriteJob.class, "stack", "scan", SLICES);
        awaitSlices(child, work, 10);
        assertEquals(143, child.signal("TERM", 60), child.err());
        FolderSnapshot after = FolderSnapshot.of(work);
        assertEquals(before, after, "after SIGTERM during replaceStack: " + before.diff(after));
    }

    @Test
    void afterSigkillDuringReplaceStackTheNextReplaceSweepsTheDeadSibling() throws Exception {
        Path work = oldStack();
        FolderSnapshot oldScan = FolderSnapshot.of(work.resolve("scan"));
        ChildJvm child = ChildJvm.start(work, dir.resolve("logs"), List.of(), WriteJob.class, "stack", "scan", SLICES);
        awaitSlices(child, work, 10);
        assertEquals(137, child.signal("KILL", 60));
        assertEquals(oldScan, FolderSnapshot.of(work.resolve("scan")), "the old slices after SIGKILL");
        assertEquals(1, siblings(work).size(), "SIGKILL leaves the half-written sibling: " + siblings(work));

        List<Path> written = Stack3D.replaceStack(WriteJob.slices(2), work.resolve("scan"));
        assertEquals(2, written.size());
        assertEquals(List.of(), siblings(work), "the next replace swept the dead process's sibling folder");
        assertEquals(2, Stack3D.loadStack(work.resolve("scan")).depth());
    }

    @Test
    void aKillBetweenTheTwoRenamesIsUndoneByTheNextWriteAndALiveWritersSiblingIsLeftAlone() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        long dead = TempFilesTest.deadPid();
        // what a kill between "scan -> .scan.stack3d-old-PID-x" and ".scan.stack3d-new-PID-y -> scan" leaves
        Path old = work.resolve(".scan.stack3d-old-" + dead + "-x");
        Stack3D.writeStack(WriteJob.slices(3), old);
        Stack3D.writeStack(WriteJob.slices(5), work.resolve(".scan.stack3d-new-" + dead + "-y"));
        FolderSnapshot oldSlices = FolderSnapshot.of(old);
        Process sleeper = new ProcessBuilder("sleep", "60").start();
        try {
            Path live = Files.createDirectory(work.resolve(".scan.stack3d-new-" + sleeper.pid() + "-z"));

            assertThrows(FileAlreadyExistsException.class, () -> Stack3D.writeStack(WriteJob.slices(2),
                    work.resolve("scan")), "the old stack is back, and a new one is not written beside it");
            assertEquals(oldSlices, FolderSnapshot.of(work.resolve("scan")), "the old folder, renamed back");
            assertEquals(List.of(live), siblings(work), "only the live process's sibling is left");
        } finally {
            sleeper.destroy();
            sleeper.waitFor();
        }
    }

    @Test
    void theCommandLineKilledBySigtermWhileWritingLeavesTheOldFileAndNoPart() throws Exception {
        Path noise = dir.resolve("noise");
        Stack3D.writeStack(noise(256, 256, 48), noise);
        Path work = oldTarget();
        FolderSnapshot before = FolderSnapshot.of(work);
        ChildJvm child = ChildJvm.start(work, dir.resolve("logs"), List.of(), io.github.stack3d.cli.Main.class,
                "shell", noise.toString(), "points.ply", "--ascii", "--lo", "0", "--hi", "127", "--no-progress");
        awaitPart(child, work, new KillPoint("at 1 MB", 1 << 20, 0));
        assertEquals(143, child.signal("TERM", 60), child.err());
        FolderSnapshot after = FolderSnapshot.of(work);
        assertEquals(before, after, "after SIGTERM of the shell command: " + before.diff(after));
    }

    /** Deterministic 8-bit noise (a linear congruential sequence): nearly every voxel in a range is a shell point. */
    private static io.github.stack3d.Volume noise(int w, int h, int d) {
        byte[][] s = new byte[d][w * h];
        long x = 12345;
        for (byte[] slice : s) {
            for (int i = 0; i < slice.length; i++) {
                x = x * 6364136223846793005L + 1442695040888963407L;
                slice[i] = (byte) (x >>> 56);
            }
        }
        return io.github.stack3d.Volume.ofBytes(w, h, s, io.github.stack3d.Grid.of(1, 1, 1, "px"));
    }

    /**
     * A folder holding {@code points.ply}, the old target, small and valid; copied in, so that this process has not
     * written (nor swept) the folder yet.
     */
    private Path oldTarget() throws IOException {
        Path work = Files.createDirectories(dir.resolve("work"));
        Files.copy(Stack3D.savePlyAscii(WriteJob.points(100), dir.resolve("old.ply")), work.resolve("points.ply"));
        return work;
    }

    /** A folder holding {@code scan/}, a stack of three slices. */
    private Path oldStack() throws IOException {
        Path work = Files.createDirectories(dir.resolve("work"));
        Stack3D.writeStack(WriteJob.slices(3), work.resolve("scan"));
        return work;
    }

    private ChildJvm startPly(Path work) throws IOException {
        return ChildJvm.start(work, dir.resolve("logs"), List.of("-Xmx512m"), WriteJob.class, "ply", "points.ply",
                POINTS);
    }

    /** Waits until the child's temporary file holds {@code when.bytes()}, then {@code when.delayMs()}. */
    private static Path awaitPart(ChildJvm child, Path work, KillPoint when) throws Exception {
        Path part = await(child, work, when.name(), () -> parts(work).stream()
                .filter(p -> size(p) >= when.bytes()).findFirst().orElse(null));
        Thread.sleep(when.delayMs());
        assertAlive(child, when.name());
        return part;
    }

    /** Waits until the child's new sibling folder of {@code scan} holds {@code count} entries. */
    private static void awaitSlices(ChildJvm child, Path work, int count) throws Exception {
        await(child, work, count + " slices written", () -> siblings(work).stream()
                .filter(p -> entries(p) >= count).findFirst().orElse(null));
    }

    private static Path await(ChildJvm child, Path work, String what, IoSupplier<Path> found) throws Exception {
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        while (System.currentTimeMillis() < end) {
            Path p = found.get();
            if (p != null) {
                return p;
            }
            assertAlive(child, what);
            Thread.sleep(2);
        }
        child.process().destroyForcibly().waitFor();
        return fail("no kill point '" + what + "' within " + TIMEOUT_MS + " ms in " + work);
    }

    private static void assertAlive(ChildJvm child, String what) {
        if (!child.process().isAlive()) {
            fail("the child ended (status " + child.process().exitValue() + ") before the kill point '" + what
                    + "'; make its write larger. stderr: " + child.err());
        }
    }

    @FunctionalInterface
    private interface IoSupplier<T> {
        T get() throws IOException;
    }

    private static List<Path> parts(Path work) throws IOException {
        return list(work, p -> p.getFileName().toString().matches("\\.stack3d-.*\\.part"));
    }

    private static List<Path> siblings(Path work) throws IOException {
        return list(work, p -> p.getFileName().toString().startsWith(".scan.stack3d-"));
    }

    private static List<Path> list(Path work, Predicate<Path> which) throws IOException {
        try (Stream<Path> s = Files.list(work)) {
            return s.filter(which).sorted().toList();
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1; // moved or deleted meanwhile
        }
    }

    private static long entries(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.count();
        } catch (IOException e) {
            return -1;
        }
    }
}
