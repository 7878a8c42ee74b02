package io.github.stack3d.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * {@link AtomicWrite}'s scheme (a temporary {@code .stack3d-*.part} file beside the target, moved over it only
 * when writing succeeded) for writers that fill large byte buffers and hand them to a {@link FileChannel}
 * directly, without the copies an {@code OutputStream} makes. A failure leaves no file behind.
 */
final class AtomicChannelWrite {

    /** Writes the content of a file to the channel it is given. */
    @FunctionalInterface
    interface Content {
        /** Writes everything; the channel is closed by {@link AtomicChannelWrite}. */
        void writeTo(FileChannel channel) throws IOException;
    }

    private AtomicChannelWrite() {
    }

    /**
     * Writes {@code target} atomically.
     *
     * @return the target path
     * @throws IOException naming the target when its folder does not exist or is not writable, or writing failed
     */
    static Path write(Path target, Content content) throws IOException {
        Path folder = AtomicWrite.requireWritableFolder(target);
        Path tmp = Files.createTempFile(folder, ".stack3d-", ".part");
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                content.writeTo(channel);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            throw message.contains(target.getFileName().toString()) ? e
                    : new IOException(target + ": writing failed: " + message, e);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }

    /** Writes the buffer's content (position to limit) completely, then clears it for refilling. */
    static void drain(ByteBuffer buf, FileChannel channel) throws IOException {
        buf.flip();
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
        buf.clear();
    }
}
