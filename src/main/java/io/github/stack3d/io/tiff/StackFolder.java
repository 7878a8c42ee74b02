package io.github.stack3d.io.tiff;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
 */
final class StackFolder {

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
        Path target = checkTarget(folder, existing);
        Path parent = target.getParent();
        if (parent == null) {
            throw new IOException(folder + ": cannot write slices into the root of a file system; name a folder");
        }
        Files.createDirectories(parent);
        Path fresh = sibling(target, "new");
        try {
            List<Path> written = content.writeInto(fresh);
            swap(fresh, target);
            List<Path> files = new ArrayList<>(written.size());
            for (Path file : written) {
                files.add(folder.resolve(file.getFileName()));
            }
            return List.copyOf(files);
        } finally {
            deleteTree(fresh);
        }
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

    /** A new empty folder beside {@code target}: {@code .name.stack3d-what-1a2b3c}, made with the default rights. */
    private static Path sibling(Path target, String what) throws IOException {
        while (true) {
            Path p = target.resolveSibling("." + target.getFileName() + ".stack3d-" + what + "-"
                    + Long.toString(ThreadLocalRandom.current().nextLong() & 0xFFFF_FFFFL, 36));
            try {
                return Files.createDirectory(p);
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
    }

    /** Moves {@code fresh} to {@code target}; an existing {@code target} is renamed aside first, then deleted. */
    private static void swap(Path fresh, Path target) throws IOException {
        if (!Files.exists(target) || entries(target).isEmpty()) {
            move(fresh, target);
            return;
        }
        Path old = sibling(target, "old");
        move(target, old);
        try {
            move(fresh, target);
        } catch (IOException e) {
            move(old, target);
            throw e;
        }
        deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
