package io.github.stack3d;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything a folder holds, recursively and with hidden entries ({@code .stack3d-*.part}, {@code .x.stack3d-new-*}):
 * per entry its kind, inode and mode, a regular file's size and SHA-256, a link's target (links are not followed,
 * FIFOs and devices not opened). Two snapshots are equal when nothing was created, changed, replaced (a new inode,
 * even with the same bytes) or left behind; {@link #diff} says what differs, for failure messages.
 */
public final class FolderSnapshot {

    private final Map<String, String> entries;

    private FolderSnapshot(Map<String, String> entries) {
        this.entries = entries;
    }

    /** The snapshot of {@code folder} and everything under it. */
    public static FolderSnapshot of(Path folder) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                entries.put(name(dir), "folder " + identity(dir));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String what;
                if (attrs.isSymbolicLink()) {
                    what = "link -> " + Files.readSymbolicLink(file);
                } else if (attrs.isRegularFile()) {
                    what = "file " + attrs.size() + " bytes sha256 " + sha256(file);
                } else {
                    what = "special";
                }
                entries.put(name(file), what + " " + identity(file));
                return FileVisitResult.CONTINUE;
            }

            private String name(Path p) {
                String relative = folder.relativize(p).toString();
                return relative.isEmpty() ? "." : relative;
            }
        });
        return new FolderSnapshot(entries);
    }

    /** The entries' relative names, sorted. */
    public List<String> names() {
        return new ArrayList<>(entries.keySet());
    }

    /** What {@code later} has that this snapshot has not, lacks, or holds differently; empty when equal. */
    public String diff(FolderSnapshot later) {
        StringBuilder s = new StringBuilder();
        TreeSet<String> all = new TreeSet<>(entries.keySet());
        all.addAll(later.entries.keySet());
        for (String name : all) {
            String before = entries.get(name);
            String after = later.entries.get(name);
            if (before == null) {
                s.append("created ").append(name).append(" (").append(after).append("); ");
            } else if (after == null) {
                s.append("removed ").append(name).append("; ");
            } else if (!before.equals(after)) {
                s.append("changed ").append(name).append(": ").append(before).append(" -> ").append(after)
                        .append("; ");
            }
        }
        return s.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FolderSnapshot other && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entries);
    }

    @Override
    public String toString() {
        return entries.toString();
    }

    /** Inode and mode (kind and permission bits): a replaced or re-created entry gets another inode. */
    private static String identity(Path p) throws IOException {
        try {
            Object ino = Files.getAttribute(p, "unix:ino", LinkOption.NOFOLLOW_LINKS);
            Object mode = Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            return "ino " + ino + " mode " + Integer.toOctalString((Integer) mode);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return "";
        }
    }

    /** The SHA-256 of a file's bytes, in hex. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
