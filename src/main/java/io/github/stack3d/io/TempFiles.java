package io.github.stack3d.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The temporary files of {@link AtomicWrite}: {@code .stack3d-PID-RANDOM.part} beside the target, where PID is the
 * writing process. None is left behind: a failed or interrupted write deletes its own; a shutdown hook deletes
 * those still being written when the JVM is told to stop (SIGTERM, SIGINT, {@code System.exit}); and a write into
 * a folder first deletes the ones whose process no longer runs (left by SIGKILL or a power loss), never one of a
 * live process. That sweep lists the folder at most once a second per folder, so that a long-lived process (a
 * notebook kernel) sweeps what a killed command left beside its files, and a stack of many slices is not slowed. A pid is a pid on this machine: a folder shared over the network with a
 * writer on another machine whose pid is not running here would lose that writer's temporary file, which then
 * fails its write with a clear error, never a wrong file.
 *
 * <p>State, process-wide on purpose: the files being written (for the hook) and when each folder was last swept.
 */
final class TempFiles {

    private static final String PREFIX = ".stack3d-";
    private static final String SUFFIX = ".part";
    private static final long PID = ProcessHandle.current().pid();

    private static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();
    private static final long SWEEP_INTERVAL_NANOS = 1_000_000_000L;

    private static final Map<Path, Long> SWEPT = new ConcurrentHashMap<>();
    private static volatile boolean stopping;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::deleteAll, "stack3d-temp-files"));
    }

    private TempFiles() {
    }

    /**
     * A new temporary file's name in {@code folder}, registered for the shutdown hook; after sweeping the folder's
     * leftovers of dead processes, unless it was swept less than a second ago.
     *
     * @throws IOException when the JVM is shutting down (no new temporary file may appear then)
     */
    static Path create(Path folder) throws IOException {
        if (stopping) {
            throw new IOException("the JVM is shutting down; nothing more is written");
        }
        long now = System.nanoTime();
        boolean[] due = {false};
        SWEPT.compute(folder, (f, last) -> {
            due[0] = last == null || now - last >= SWEEP_INTERVAL_NANOS;
            return due[0] ? now : last;
        });
        if (due[0]) {
            sweep(folder);
        }
        String random = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
        Path tmp = folder.resolve(PREFIX + PID + "-" + random + SUFFIX);
        WRITING.add(tmp);
        return tmp;
    }

    /** Deletes {@code tmp} if it is still there and forgets it. */
    static void delete(Path tmp) throws IOException {
        try {
            Files.deleteIfExists(tmp);
        } finally {
            WRITING.remove(tmp);
        }
    }

    /**
     * Deletes the temporary files in {@code folder} whose process no longer runs.
     *
     * @return how many were deleted
     */
    static int sweep(Path folder) {
        int deleted = 0;
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            for (Path p : parts) {
                Optional<Long> pid = pid(p.getFileName().toString());
                if (pid.isPresent() && pid.get() != PID && ProcessHandle.of(pid.get()).isEmpty()
                        && Files.isRegularFile(p) && Files.deleteIfExists(p)) {
                    deleted++;
                }
            }
        } catch (IOException | SecurityException e) {
            // an unreadable folder is not this write's problem: leftovers stay, the write itself goes on
        }
        return deleted;
    }

    /** The pid in a temporary file's name, or empty for another name (an older naming, or not ours). */
    static Optional<Long> pid(String name) {
        if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        String middle = name.substring(PREFIX.length(), name.length() - SUFFIX.length());
        int dash = middle.indexOf('-');
        if (dash <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(middle.substring(0, dash)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void deleteAll() {
        stopping = true;
        for (Path p : WRITING) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException | RuntimeException e) {
                // nothing to tell at shutdown; the next process's sweep removes it
            }
        }
    }
}
