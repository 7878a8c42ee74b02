package io.github.stack3d.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that it is either complete or absent: the content goes to a temporary file beside the
 * target ({@code .stack3d-*.part}), which is moved over the target only when writing succeeded. A failure
 * leaves no partial file behind, and an existing target is untouched. Content is written either to a buffered
 * stream ({@link #write}) or, for writers that fill large byte buffers, straight to a {@link FileChannel}
 * ({@link #writeChannel}) without the copies a stream makes.
 */
public final class AtomicWrite {

    /** Writes the content of a file to the stream it is given. */
    @FunctionalInterface
    public interface Content {
        /** Writes everything; the stream is buffered and closed by {@link AtomicWrite}. */
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
     */
    public static Path write(Path target, Content content) throws IOException {
        return writeChannel(target, channel -> {
            OutputStream out = new BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel), 1 << 16);
            content.writeTo(out);
            out.flush();
        });
    }

    /**
     * Writes {@code target} atomically through a file channel.
     *
     * @return the target path
     * @throws IOException naming the target when its folder does not exist or is not writable, or writing failed
     */
    public static Path writeChannel(Path target, ChannelContent content) throws IOException {
        Path folder = requireWritableFolder(target);
        Path tmp = folder.resolve(".stack3d-" + Long.toUnsignedString(java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36) + ".part");
        try {
            // CREATE_NEW with the default permissions, as any new file gets (createTempFile would make it private)
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(channel);
            }
            move(tmp, target);
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            throw message.contains(target.getFileName().toString()) ? e
                    : new IOException(target + ": writing failed: " + message, e);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }

    /** Writes a buffer's content (position to limit) completely to {@code channel}, then clears it for refilling. */
    public static void drain(ByteBuffer buffer, FileChannel channel) throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
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

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
