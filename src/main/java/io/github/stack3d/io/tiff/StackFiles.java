package io.github.stack3d.io.tiff;

import io.github.stack3d.Checks;
import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns what a person types (a folder, a glob such as {@code "scan/img_*.tif"}, or one file) or a {@link Path}
 * (a folder or a file, never a glob) into the list of TIFF files that make a stack, in natural order: numbers
 * inside names compare by value, so {@code slice_2.tif} comes before {@code slice_10.tif}, whether or not the
 * numbers are zero-padded.
 */
public final class StackFiles {

    private static final Comparator<Path> NATURAL_ORDER = (a, b) -> compareNatural(a.toString(), b.toString());
    private static final int NAMES_SHOWN = 5;

    private StackFiles() {
    }

    /**
     * The files a stack is made of, from what a person types.
     * <ul>
     *   <li>an existing folder or file, named literally: as {@link #resolve(Path)} (so {@code "scan[1].tif"} is
     *       that file when it exists, not a pattern);</li>
     *   <li>otherwise a glob in the file-name part ({@code *}, {@code ?}, {@code [...]}, {@code {a,b}}): the files
     *       it matches in that folder.</li>
     * </ul>
     * A leading {@code ~/} stands for the home folder.
     *
     * @param path a folder, a file or a glob
     * @return the files in {@linkplain #naturalOrder() natural order}, never empty
     * @throws IOException naming the path when it does not exist, when a folder holds no TIFF file (saying what
     *                     it holds) or when a glob matches nothing
     */
    public static List<Path> resolve(String path) throws IOException {
        Checks.requireNonNull(path, "path");
        if (path.isBlank()) {
            throw new IllegalArgumentException("path is empty; expected a folder, a glob or a TIFF file");
        }
        String expanded = path.equals("~") || path.startsWith("~/")
                ? System.getProperty("user.home") + path.substring(1) : path;
        int slash = Math.max(expanded.lastIndexOf('/'), expanded.lastIndexOf(File.separatorChar));
        String name = expanded.substring(slash + 1);
        Path literal = null;
        try {
            literal = Path.of(expanded);
        } catch (InvalidPathException e) {
            if (!isGlob(name)) {
                throw new IllegalArgumentException("path \"" + path + "\" is not a path here: " + e.getReason(), e);
            }
            // a glob no file could be named (img_*.tif on Windows): matched below
        }
        if (literal != null && Files.exists(literal)) {
            return resolve(literal);
        }
        if (isGlob(name)) {
            return glob(expanded.substring(0, Math.max(slash, 0)), slash >= 0, name, path);
        }
        throw missing(path, "");
    }

    /**
     * The files a stack is made of, the path taken literally: never a glob, so {@code scan[1].tif} and
     * {@code img_*.tif} are file names like any other.
     * <ul>
     *   <li>a folder: all its {@code .tif} and {@code .tiff} files (any case), hidden files left out;</li>
     *   <li>an existing file: that file alone (a multipage TIFF gives all its pages).</li>
     * </ul>
     *
     * @param path a folder or a file
     * @return the files in {@linkplain #naturalOrder() natural order}, never empty
     * @throws IOException naming the path when it does not exist or when a folder holds no TIFF file (saying
     *                     what it holds)
     */
    public static List<Path> resolve(Path path) throws IOException {
        Checks.requireNonNull(path, "path");
        if (Files.isDirectory(path)) {
            return folder(path);
        }
        if (Files.exists(path)) {
            return List.of(path);
        }
        Path name = path.getFileName();
        throw missing(path.toString(), name != null && isGlob(name.toString())
                ? "; a Path is taken literally, pass a String for a glob" : "");
    }

    /**
     * Natural order of paths: runs of digits compare as numbers ({@code img_9} before {@code img_10}, and
     * {@code img_009} equal in rank to {@code img_9}), other text compares case-insensitively, and names that
     * still tie are ordered by their plain text.
     */
    public static Comparator<Path> naturalOrder() {
        return NATURAL_ORDER;
    }

    /** The natural order of two strings, as {@link #naturalOrder()} compares paths. */
    static int compareNatural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int c = compareNumbers(a, i, endA, b, j, endB);
                if (c != 0) {
                    return c;
                }
                i = endA;
                j = endB;
            } else {
                int c = Character.compare(Character.toLowerCase(ca), Character.toLowerCase(cb));
                if (c != 0) {
                    return c;
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    /** Compares two runs of decimal digits by value, whatever their length and leading zeros. */
    private static int compareNumbers(String a, int i, int endA, String b, int j, int endB) {
        while (i < endA - 1 && a.charAt(i) == '0') {
            i++;
        }
        while (j < endB - 1 && b.charAt(j) == '0') {
            j++;
        }
        int c = Integer.compare(endA - i, endB - j);
        for (; c == 0 && i < endA; i++, j++) {
            c = Character.compare(a.charAt(i), b.charAt(j));
        }
        return c;
    }

    private static int digitsEnd(String s, int from) {
        int k = from;
        while (k < s.length() && isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static List<Path> folder(Path folder) throws IOException {
        List<Path> tiffs = new ArrayList<>();
        List<String> others = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path f : entries) {
                String name = f.getFileName().toString();
                if (name.startsWith(".") || Files.isHidden(f)) {
                    continue;
                }
                if (isTiffName(name) && !Files.isDirectory(f)) {
                    tiffs.add(requireSlice(f));
                } else {
                    others.add(Files.isDirectory(f) ? name + "/" : name);
                }
            }
        }
        if (tiffs.isEmpty()) {
            throw new IOException(folder + ": no .tif or .tiff files in this folder; it holds " + listing(others));
        }
        tiffs.sort(NATURAL_ORDER);
        return List.copyOf(tiffs);
    }

    private static List<Path> glob(String folderPart, boolean hasFolder, String namePattern, String path)
            throws IOException {
        Path parent = !hasFolder ? Path.of("") : Path.of(folderPart.isEmpty() ? "/" : folderPart);
        Path folder = hasFolder ? parent : Path.of(".");
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(path, null, "folder " + folder.toAbsolutePath()
                    + " does not exist (a glob may use * ? [ ] { } in the file name only)");
        }
        PathMatcher matcher;
        try {
            matcher = FileSystems.getDefault().getPathMatcher("glob:" + namePattern);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("path " + path + " is not a valid glob: " + e.getMessage(), e);
        }
        boolean hiddenToo = namePattern.startsWith(".");
        List<Path> matches = new ArrayList<>();
        List<String> others = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path f : entries) {
                Path name = f.getFileName();
                boolean hidden = name.toString().startsWith(".") || Files.isHidden(f);
                if (matcher.matches(name) && (hiddenToo || !hidden) && !Files.isDirectory(f)) {
                    matches.add(requireSlice(parent.resolve(name)));
                } else if (!hidden) {
                    others.add(name.toString());
                }
            }
        }
        if (matches.isEmpty()) {
            throw new NoSuchFileException(path, null, "the glob matches no file in "
                    + folder.toAbsolutePath() + "; the folder holds " + listing(others));
        }
        matches.sort(NATURAL_ORDER);
        return List.copyOf(matches);
    }

    /**
     * A slice file as it was listed, after checking that it can be read: a stack never silently skips a slice, so a
     * link to nothing, a link in a loop, a device or an unreadable file named like a slice is an error naming it.
     */
    private static Path requireSlice(Path f) throws IOException {
        if (Files.isSymbolicLink(f) && !Files.exists(f)) {
            String target = Files.readSymbolicLink(f).toString();
            String why;
            try {
                f.toRealPath();
                why = "which cannot be followed";
            } catch (NoSuchFileException e) {
                why = "which does not exist";
            } catch (IOException e) {
                why = "which leads in a loop of links or cannot be followed (" + e.getMessage() + ")";
            }
            throw new IOException(f + ": a symbolic link to " + target + ", " + why + "; a stack cannot skip a slice: "
                    + "restore the file or remove the link");
        }
        if (!Files.isRegularFile(f)) {
            throw new IOException(f + ": not a regular file (a device, pipe or socket); expected a TIFF file");
        }
        if (!Files.isReadable(f)) {
            throw new IOException(f + ": cannot be read (permission denied); a stack cannot skip a slice");
        }
        return f;
    }

    private static NoSuchFileException missing(String path, String hint) {
        return new NoSuchFileException(path, null, "no such file or folder (working folder: "
                + Path.of("").toAbsolutePath() + ")" + hint);
    }

    /** For messages: "nothing" or "3 entries: a.png, b.png, notes.txt" (the first few in natural order). */
    private static String listing(List<String> names) {
        if (names.isEmpty()) {
            return "nothing";
        }
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(StackFiles::compareNatural);
        String shown = sorted.stream().limit(NAMES_SHOWN).collect(Collectors.joining(", "));
        return names.size() + (names.size() == 1 ? " entry: " : " entries: ") + shown
                + (names.size() > NAMES_SHOWN ? ", …" : "");
    }

    private static boolean isTiffName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".tif") || lower.endsWith(".tiff");
    }

    private static boolean isGlob(String name) {
        return name.indexOf('*') >= 0 || name.indexOf('?') >= 0 || name.indexOf('[') >= 0 || name.indexOf('{') >= 0;
    }
}
