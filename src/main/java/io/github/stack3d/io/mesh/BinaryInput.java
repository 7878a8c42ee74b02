package io.github.stack3d.io.mesh;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads a binary file (binary PLY, binary STL) through a large buffer in a given byte order, keeping the byte
 * offset for messages. Callers ask for the bytes of a record with {@link #request} and then read them from
 * {@link #buffer()}; a {@code false} answer means the file ends before them.
 */
final class BinaryInput implements Closeable {

    private final Path file;
    private final FileChannel channel;
    private final ByteBuffer buf;
    private long bufferStart;

    /**
     * @param file   the file, named in messages
     * @param offset where reading starts, in bytes
     * @param order  byte order of the numbers
     */
    BinaryInput(Path file, long offset, ByteOrder order) throws IOException {
        this.file = file;
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.buf = ByteBuffer.allocate(1 << 20).order(order);
        buf.limit(0);
        channel.position(offset);
        bufferStart = offset;
    }

    /** The buffer to read requested bytes from, positioned at the next unread byte. */
    ByteBuffer buffer() {
        return buf;
    }

    /** The file offset of the next unread byte. */
    long offset() {
        return bufferStart + buf.position();
    }

    /** The size of the file in bytes. */
    long size() throws IOException {
        return channel.size();
    }

    /** True when the next {@code n} bytes (at most 1 MiB) are in the buffer; false when the file ends first. */
    boolean request(int n) throws IOException {
        if (buf.remaining() >= n) {
            return true;
        }
        if (n > buf.capacity()) {
            throw new IllegalArgumentException("request of " + n + " bytes; at most " + buf.capacity());
        }
        bufferStart += buf.position();
        buf.compact();
        while (buf.position() < n) {
            if (channel.read(buf) < 0) {
                break;
            }
        }
        buf.flip();
        return buf.remaining() >= n;
    }

    /** Skips {@code n} bytes; false when the file ends first (then the offset is the file's end). */
    boolean skip(long n) throws IOException {
        long inBuffer = Math.min(n, buf.remaining());
        buf.position(buf.position() + (int) inBuffer);
        long rest = n - inBuffer;
        if (rest == 0) {
            return true;
        }
        long target = offset() + rest;
        long size = channel.size();
        bufferStart = Math.min(target, size);
        channel.position(bufferStart);
        buf.clear().limit(0);
        return target <= size;
    }

    /** An exception naming the file and the byte offset {@code at}. */
    IOException error(long at, String message) {
        return new IOException(file + ": byte " + at + ": " + message);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
