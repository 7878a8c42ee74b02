package io.github.stack3d.io;

import io.github.stack3d.Progress;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Writes a file so that it is either complete or absent, even across a crash or power loss: the content goes to
 * a temporary file beside the target ({@code .stack3d-*.part}), which is forced to disk and then moved over the
 * target only when writing succeeded; the folder is then forced too, so that the move itself survives. A failure
 * leaves no partial file behind, and an existing target is untouched. Content is written either to a buffered
 * stream ({@link #write}) or, for writers that fill large byte buffers, straight to a {@link FileChannel}
 * ({@link #writeChannel}) without the copies a stream makes.
 *
 * <p>Why force twice: without the first {@code force}, the file system may make the rename durable before the
 * data (ext4 with {@code delalloc}, XFS), and a power loss then leaves a target of the right name holding zeros
 * or nothing; without the second, the rename may be lost and the old target (or none) comes back. Forcing the
 * folder needs an OS that opens folders as files (Linux, macOS and other POSIX systems); where opening one fails
 * (Windows) that step is skipped, an OS limitation rather than an error, as Lucene's
 * {@code org.apache.lucene.util.IOUtils.fsync} skips it.
 *
 * <p>Odd targets ({@link OutputTarget}): a symbolic link is followed, and the file it points to is replaced (the
 * link stays); a FIFO or character device ({@code /dev/null}) is written through, in place, since it is a stream
 * rather than a file that could be replaced; a block device, a socket or a folder is refused. Temporary files
 * never outlive their write ({@link TempFiles}: deleted on failure, on interruption and at JVM shutdown; leftovers
 * of killed processes are swept). An interrupted write (its thread interrupted, or the {@link Progress} it runs in
 * cancelled) throws {@link CancellationException}, with the old target intact. Each write reports its bytes to a
 * {@link Progress} named after the file.
 */
public final class AtomicWrite {

    /** Writes the content of a file to the stream it is given. */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes everything; the stream is buffered, flushed and closed by {@link AtomicWrite} (closing it here
         * only flushes it).
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes the content of a file to the channel it is given. */
    @FunctionalInterface
    public interface ChannelContent {
        /** Writes everything; the channel is closed by {@link AtomicWrite}. */
        void writeTo(FileChannel channel) throws IOException;
    }

    private AtomicWrite() {
    }

    /**
     * Writes {@code target} atomically through a buffered stream.
     *
     * @return the target path
     * @throws IOException naming the target when its folder does not exist or is not writable, or writing failed
     * @throws CancellationException when the thread was interrupted; the old target is then intact
     */
    public static Path write(Path target, Content content) throws IOException {
        return write(target, 0, content);
    }

    /**
     * {@link #write(Path, Content)}, its progress measured against {@code size}, the expected number of bytes (an
     * estimate is fine; 0 when unknown).
     */
    public static Path write(Path target, long size, Content content) throws IOException {
        return writeChannel(target, size, channel -> {
            OutputStream direct = Channels.newOutputStream(channel);
            OutputStream counted = new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    Progress.advanceCurrent(1);
                    direct.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    Progress.advanceCurrent(len);
                    direct.write(b, off, len);
                }
            };
            OutputStream out = new BufferedOutputStream(counted, 1 << 16) {
                @Override
                public void close() throws IOException {
                    flush(); // the channel stays open, to be forced
                }
            };
            content.writeTo(out);
            out.flush();
        }, step -> { });
    }

    /**
     * Writes {@code target} atomically through a file channel.
     *
     * @return the target path
     * @throws IOException naming the target when its folder does not exist or is not writable, or writing failed
     * @throws CancellationException when the thread was interrupted; the old target is then intact
     */
    public static Path writeChannel(Path target, ChannelContent content) throws IOException {
        return writeChannel(target, 0, content);
    }

    /**
     * {@link #writeChannel(Path, ChannelContent)}, its progress measured against {@code size}, the expected number
     * of bytes (an estimate is fine; 0 when unknown); the content reports what it writes through {@link #drain}.
     */
    public static Path writeChannel(Path target, long size, ChannelContent content) throws IOException {
        return writeChannel(target, size, content, step -> { });
    }

    /**
     * {@link #writeChannel(Path, ChannelContent)}, telling {@code steps} what it did after the content was
     * written: {@code "file forced"}, {@code "moved"}, then {@code "folder forced"} or {@code "folder not
     * forced"}; for tests, which cannot watch a disk.
     */
    static Path writeChannel(Path target, ChannelContent content, Consumer<String> steps) throws IOException {
        return writeChannel(target, 0, content, steps);
    }

    private static Path writeChannel(Path target, long size, ChannelContent content, Consumer<String> steps)
            throws IOException {
        Progress.checkInterruptedNow();
        OutputTarget out = OutputTarget.of(target);
        Path file = out.file();
        Path folder = out.through() ? null : requireWritableFolder(file);
        try (Progress progress = Progress.start("writing " + target.getFileName(), size)) {
            if (out.through()) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    content.writeTo(channel);
                }
                steps.accept("written through");
            } else {
                replace(file, folder, content, steps);
            }
            progress.finish();
        } catch (ClosedByInterruptException | InterruptedIOException e) {
            throw new CancellationException(target + ": writing interrupted; "
                    + (out.through() ? "partly written" : "the old file is unchanged"));
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            throw message.contains(target.getFileName().toString()) ? e
                    : new IOException(target + ": writing failed: " + message, e);
        }
        return target;
    }

    /** Writes a temporary file in {@code folder}, forces it and moves it over {@code file}; deletes it on failure. */
    private static void replace(Path file, Path folder, ChannelContent content, Consumer<String> steps)
            throws IOException {
        Path tmp = TempFiles.create(folder);
        try {
            // CREATE_NEW with the default permissions, as any new file gets (createTempFile would make it private)
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(channel);
                force(channel, tmp);
            }
            steps.accept("file forced");
            Progress.checkInterruptedNow(); // the last moment to stop: after the move, the new file is there
            move(tmp, file);
            steps.accept("moved");
            steps.accept(forceFolder(folder) ? "folder forced" : "folder not forced");
        } finally {
            TempFiles.delete(tmp);
        }
    }

    /**
     * Writes a buffer's content (start to position) completely to {@code channel}, then clears it for refilling;
     * counts the bytes into the write's {@link Progress}, which also stops here when the thread was interrupted.
     */
    public static void drain(ByteBuffer buffer, FileChannel channel) throws IOException {
        Progress.advanceCurrent(buffer.position());
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }

    /**
     * Checks, before any work, that {@code target} can be written as {@link #write} would: links followed, it is
     * no block device, socket or folder, and (unless it is written through) its folder exists and is writable.
     *
     * @throws IOException naming {@code target} (and where its links lead) and what is wrong
     */
    public static void requireWritable(Path target) throws IOException {
        OutputTarget out = OutputTarget.of(target);
        if (!out.through()) {
            requireWritableFolder(out.file());
        }
    }

    /**
     * True when writing {@code target} replaces a file (the content goes to a temporary file, whose channel takes
     * positional writes); false for a FIFO or character device, written through as a stream.
     *
     * @throws IOException naming {@code target} when it cannot be written at all
     */
    public static boolean replaces(Path target) throws IOException {
        return !OutputTarget.of(target).through();
    }

    /**
     * The folder {@code target} will be written in, after checking that it exists and is writable.
     *
     * @throws IOException naming the target and what is wrong with its folder
     */
    public static Path requireWritableFolder(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new NoSuchFileException(target.toString(), null,
                    "cannot write: folder " + folder + " does not exist (create it first)");
        }
        if (!Files.isWritable(folder)) {
            throw new IOException(target + ": cannot write: folder " + folder + " is not writable");
        }
        if (Files.isDirectory(target)) {
            throw new IOException(target + ": cannot write: it is a folder, expected a file name");
        }
        return folder;
    }

    /** Forces the content and size of {@code tmp} to disk, through a channel of its own if content closed it. */
    private static void force(FileChannel channel, Path tmp) throws IOException {
        if (channel.isOpen()) {
            channel.force(true);
        } else {
            try (FileChannel again = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                again.force(true);
            }
        }
    }

    /**
     * Forces the folder's entries (the name just moved in) to disk, where the OS allows it.
     *
     * @return false where a folder cannot be opened (Windows: access denied) or its file system cannot force
     *         folders (some network and FUSE file systems); the file itself is complete on disk either way
     */
    private static boolean forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
            return true;
        } catch (IOException e) {
            // Not an error to report: the OS or file system offers no way to force a folder; skipped silently,
            // as Lucene's IOUtils.fsync does for folders.
            return false;
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
