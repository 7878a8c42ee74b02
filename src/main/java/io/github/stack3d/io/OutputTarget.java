package io.github.stack3d.io;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What an output path names, with symbolic links followed: the file to replace atomically (a regular file, or
 * none yet), or a FIFO or character device to write through ({@code /dev/null}, a named pipe a viewer reads):
 * these are streams, not files, so there is nothing to replace atomically, and replacing one by a regular file
 * (as a rename over it would, even {@code /dev/null} when run as root) breaks the system or the reader. A block
 * device (a disk or partition) is refused: a mesh written over a disk destroys it, and nobody means that. A socket
 * or a folder is refused too.
 *
 * @param file    the path to write: the target with every link followed
 * @param through true for a FIFO or character device, written in place with no temporary file
 */
record OutputTarget(Path file, boolean through) {

    /** Links followed at most, as Linux's {@code MAXSYMLINKS}. */
    private static final int MAX_LINKS = 40;

    /** The kinds of file {@code unix:mode} tells apart ({@code S_IFMT} bits). */
    enum Kind { REGULAR, FOLDER, FIFO, CHARACTER_DEVICE, BLOCK_DEVICE, SOCKET, OTHER, ABSENT }

    /**
     * Where writing {@code target} goes.
     *
     * @throws IOException naming {@code target} when it is a block device, a socket, a folder, or a loop of links
     */
    static OutputTarget of(Path target) throws IOException {
        Path file = followLinks(target.toAbsolutePath());
        Kind kind = kind(file);
        String as = file.equals(target.toAbsolutePath()) ? target.toString() : target + " (-> " + file + ")";
        return switch (kind) {
            case REGULAR, ABSENT -> new OutputTarget(file, false);
            case FIFO, CHARACTER_DEVICE -> new OutputTarget(file, true);
            case FOLDER -> throw new IOException(as + ": cannot write: it is a folder, expected a file name");
            case BLOCK_DEVICE -> throw new IOException(as + ": cannot write: it is a block device (a disk or "
                    + "partition); write to a file");
            case SOCKET, OTHER -> throw new IOException(as + ": cannot write: it is a " + kind.name()
                    .toLowerCase(java.util.Locale.ROOT) + ", expected a file name");
        };
    }

    /** What {@code p} is, without following a link at {@code p} itself (a link is {@link Kind#OTHER}). */
    static Kind kind(Path p) throws IOException {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return Kind.ABSENT;
        }
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isRegularFile()) {
            return Kind.REGULAR;
        }
        if (a.isDirectory()) {
            return Kind.FOLDER;
        }
        if (!a.isOther()) {
            return Kind.OTHER;
        }
        int mode;
        try {
            mode = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return Kind.OTHER; // no POSIX modes (Windows): nothing but files and folders is written
        }
        return switch (mode & 0170000) {
            case 0010000 -> Kind.FIFO;
            case 0020000 -> Kind.CHARACTER_DEVICE;
            case 0060000 -> Kind.BLOCK_DEVICE;
            case 0140000 -> Kind.SOCKET;
            default -> Kind.OTHER;
        };
    }

    /** {@code p} with links followed, also a dangling one (whose target is then created). */
    private static Path followLinks(Path p) throws IOException {
        Path at = p;
        for (int hops = 0; Files.isSymbolicLink(at); hops++) {
            if (hops == MAX_LINKS) {
                throw new FileSystemException(p.toString(), null, "cannot write: too many levels of symbolic links");
            }
            at = at.getParent().resolve(Files.readSymbolicLink(at));
        }
        return at;
    }
}
