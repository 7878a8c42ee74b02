package io.github.stack3d.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file a fuzz target's readers read: the readers take paths, so each input is written to one reused file per
 * thread and extension, in a temporary folder removed when the JVM ends.
 */
public final class FuzzFiles {

    private static final Path FOLDER = folder();
    private static final ThreadLocal<Long> THREAD = ThreadLocal.withInitial(() -> Thread.currentThread().getId());

    private FuzzFiles() {
    }

    /** Writes {@code data} to this thread's file {@code input.<extension>} and returns it. */
    public static Path write(byte[] data, String extension) {
        Path file = FOLDER.resolve("input-" + THREAD.get() + "." + extension);
        try {
            Files.write(file, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static Path folder() {
        try {
            Path folder = Files.createTempDirectory("stack3d-fuzz-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (var files = Files.list(folder)) {
                    for (Path f : (Iterable<Path>) files::iterator) {
                        Files.deleteIfExists(f);
                    }
                    Files.deleteIfExists(folder);
                } catch (IOException e) {
                    // a temporary folder left behind; nothing else to do while the JVM exits
                }
            }));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
