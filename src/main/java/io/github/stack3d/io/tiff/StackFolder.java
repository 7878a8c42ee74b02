package io.github.stack3d.io.tiff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * A folder of slices written as a whole: the slices go into a new hidden sibling folder
 * ({@code .scan.stack3d-new-1a2b3c}), which then takes the folder's name, so that a reader never sees a mix of two
 * stacks and a failure leaves the folder as it was. A folder that holds anything is never written into: a stack
 * written beside old slices would be a mixed, unloadable one. Replacing it is asked for by name
 * ({@link Existing#REPLACE}) and then is whole: the old folder is renamed aside, the new one takes its name, and
 * the old one is deleted. Between the two renames (two system calls) the name is briefly absent; if the second
 * fails the old folder is renamed back.
 *
 * <p>Interrupted writes leave nothing: the siblings are named by the writing process ({@code .scan.stack3d-new-PID-
 * 1a2b3c}); when the JVM is told to stop (SIGTERM, SIGINT, {@code System.exit}) a shutdown hook deletes the new
 * siblings being written and finishes or undoes a swap (a swap and the hook never overlap); and a write of a
 * folder first sweeps the siblings of processes that no longer run (left by SIGKILL or a power loss): a new one is
 * deleted, an old one is deleted when the folder is there, or renamed back when a kill came between the renames.
 * A live process's siblings are never touched.
 *
 * <p>State, process-wide on purpose: the replacements in progress, for the hook.
 */
final class StackFolder {

    private static final long PID = ProcessHandle.current().pid();
    private static final Object SWAP = new Object();
    private static final Set<Replacement> ACTIVE = ConcurrentHashMap.newKeySet();
    /** Set by the shutdown hook, under {@link #SWAP}: no swap starts after it. */
    private static boolean stopping;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(StackFolder::abandonAll, "stack3d-stack-folders"));
    }

    /** A folder being replaced: its new sibling, and the old one once the folder was renamed aside. */
    private static final class Replacement {
        final Path target;
        final Path fresh;
        volatile Path old;

        Replacement(Path target, Path fresh) {
            this.target = target;
            this.fresh = fresh;
        }
    }

    /** What to do with a folder that already holds entries. */
    enum Existing {
        /** refuse it, naming the folder and what it holds */
        REFUSE,
        /** replace it as a whole, when it holds TIFF files only */
        REPLACE
    }

    /** Writes the slices into an empty folder that is not yet in place, returning the files written. */
    @FunctionalInterface
    interface Content {
        List<Path> writeInto(Path folder) throws IOException;
    }

    private static final int SHOWN = 3;

    private StackFolder() {
    }

    /**
     * Writes {@code content} into a new folder that then becomes {@code folder}.
     *
     * @return the files written, as paths in {@code folder}
     * @throws IOException naming {@code folder} when it is a file, already holds entries (for
     *                     {@link Existing#REFUSE}) or holds other entries than TIFF files (for
     *                     {@link Existing#REPLACE}), or cannot be made; or the file that failed
     */
    static List<Path> write(Path folder, Existing existing, Content content) throws IOException {
        sweep(Files.exists(folder) ? folder.toRealPath() : folder.toAbsolutePath().normalize());
        Path target = checkTarget(folder, existing);
        Path parent = target.getParent();
        if (parent == null) {
            throw new IOException(folder + ": cannot write slices into the root of a file system; name a folder");
        }
        Files.createDirectories(parent);
        Replacement r = new Replacement(target, sibling(target, "new"));
        ACTIVE.add(r);
        try {
            List<Path> written = content.writeInto(r.fresh);
            swap(r);
            List<Path> files = new ArrayList<>(written.size());
            for (Path file : written) {
                files.add(folder.resolve(file.getFileName()));
            }
            return List.copyOf(files);
        } finally {
            deleteTree(r.fresh);
            ACTIVE.remove(r);
        }
    }

    /**
     * Deletes or restores the siblings of {@code target} that processes no longer running left behind.
     *
     * @return how many were swept
     */
    static int sweep(Path target) {
        Path parent = target.getParent();
        if (parent == null || target.getFileName() == null || !Files.isDirectory(parent)) {
            return 0;
        }
        String prefix = "." + target.getFileName() + ".stack3d-";
        int swept = 0;
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, p -> p.getFileName().toString()
                .startsWith(prefix))) {
            for (Path s : siblings) {
                String[] what = s.getFileName().toString().substring(prefix.length()).split("-");
                long pid = what.length == 3 && what[1].matches("[0-9]{1,18}") ? Long.parseLong(what[1]) : -1;
                if (pid < 0 || pid == PID || ProcessHandle.of(pid).isPresent() || !Files.isDirectory(s)) {
                    continue; // a live process's, or not named by a pid: not ours to judge
                }
                if (what[0].equals("old") && !Files.exists(target)) {
                    move(s, target); // killed between the two renames: the old folder is the folder
                } else {
                    deleteTree(s);
                }
                swept++;
            }
        } catch (IOException | SecurityException e) {
            // leftovers stay; this write goes on
        }
        return swept;
    }

    /**
     * The folder to replace (its real path when it is a link, so that the link stays), after checking that it
     * may be written as {@code existing} says.
     */
    private static Path checkTarget(Path folder, Existing existing) throws IOException {
        if (!Files.exists(folder)) {
            return folder.toAbsolutePath().normalize();
        }
        if (!Files.isDirectory(folder)) {
            throw new FileAlreadyExistsException(folder.toString(), null, "cannot write slices: a file, not a folder");
        }
        List<Path> entries = entries(folder);
        if (entries.isEmpty()) {
            return folder.toRealPath();
        }
        if (existing == Existing.REFUSE) {
            throw new FileAlreadyExistsException(folder.toString(), null, "cannot write slices: the folder already "
                    + "holds " + entries.size() + " entries (" + names(entries) + "); new slices beside them would "
                    + "make a mixed stack. Write into a new or empty folder, or replace this one as a whole "
                    + "(replaceStack)");
        }
        List<Path> others = entries.stream().filter(p -> !isTiffFile(p)).toList();
        if (!others.isEmpty()) {
            throw new IOException(folder + ": cannot replace: it holds " + others.size() + " entries that are not "
                    + "TIFF files (" + names(others) + "); only a folder of TIFF slices is replaced. Move them, or "
                    + "write into a new folder");
        }
        return folder.toRealPath();
    }

    private static List<Path> entries(Path folder) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        }
        entries.sort(Comparator.comparing(Path::toString));
        return entries;
    }

    private static boolean isTiffFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".tif") || name.endsWith(".tiff")) && Files.isRegularFile(p);
    }

    private static String names(List<Path> entries) {
        String shown = String.join(", ", entries.stream().limit(SHOWN).map(p -> p.getFileName().toString())
                .toList());
        return entries.size() > SHOWN ? shown + ", …" : shown;
    }

    /**
     * A new empty folder beside {@code target}: {@code .name.stack3d-what-PID-1a2b3c}, made with the default rights.
     */
    private static Path sibling(Path target, String what) throws IOException {
        while (true) {
            Path p = target.resolveSibling("." + target.getFileName() + ".stack3d-" + what + "-" + PID + "-"
                    + Long.toString(ThreadLocalRandom.current().nextLong() & 0xFFFF_FFFFL, 36));
            try {
                return Files.createDirectory(p);
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
    }

    /**
     * Moves the new folder to the target; an existing target is renamed aside first, then deleted. Never while or
     * after the shutdown hook runs.
     */
    private static void swap(Replacement r) throws IOException {
        synchronized (SWAP) {
            if (stopping) {
                throw new IOException(r.target + ": not replaced: the JVM is shutting down");
            }
            if (!Files.exists(r.target) || entries(r.target).isEmpty()) {
                move(r.fresh, r.target);
                return;
            }
            r.old = sibling(r.target, "old");
            move(r.target, r.old);
            try {
                move(r.fresh, r.target);
            } catch (IOException e) {
                move(r.old, r.target);
                throw e;
            }
        }
        deleteTree(r.old);
    }

    /** The shutdown hook: deletes the new folders being written, and the old ones of finished swaps. */
    private static void abandonAll() {
        synchronized (SWAP) {
            stopping = true;
            for (Replacement r : ACTIVE) {
                try {
                    deleteTree(r.fresh);
                    if (r.old != null && Files.exists(r.old)) {
                        deleteTree(r.old); // the swap is done: the target holds the new slices
                    }
                } catch (IOException | RuntimeException e) {
                    // nothing to tell at shutdown; the next write's sweep removes what is left
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Deletes a folder and what it holds; tried again a few times when writers still running (at shutdown) add
     * files meanwhile.
     */
    private static void deleteTree(Path folder) throws IOException {
        for (int attempt = 0; ; attempt++) {
            if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                    Files.deleteIfExists(p);
                }
                return;
            } catch (DirectoryNotEmptyException | NoSuchFileException | UncheckedIOException e) {
                if (attempt == 20) {
                    throw e;
                }
            }
        }
    }
}
