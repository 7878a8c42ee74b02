package io.github.stack3d.io.tiff;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import javax.imageio.stream.ImageInputStreamImpl;

/**
 * A buffered view of a TIFF file in which one page looks like the only one: the header's first-IFD pointer is
 * shown pointing at that page's IFD and the page's next-IFD pointer is shown as 0. Everything else reads as
 * stored. A TIFF decoder given this stream parses one directory instead of walking the whole chain, so reading
 * page 500 of a multipage file costs what reading page 1 does, and pages can be decoded by many threads at
 * once, each through its own stream.
 */
final class PageInputStream extends ImageInputStreamImpl {

    private static final int BUFFER_SIZE = 1 << 16;

    private final FileChannel channel;
    private final long size;
    private final long[] patchAt;
    private final byte[][] patches;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private long bufferStart;
    private int bufferLength;

    private PageInputStream(FileChannel channel, TiffPage page) throws IOException {
        this.channel = channel;
        this.size = channel.size();
        int width = page.bigTiff() ? 8 : 4;
        ByteBuffer first = ByteBuffer.allocate(width).order(page.order());
        if (page.bigTiff()) {
            first.putLong(page.ifdOffset());
        } else {
            first.putInt((int) page.ifdOffset());
        }
        this.patchAt = new long[] {width, page.nextPointer()};
        this.patches = new byte[][] {first.array(), new byte[width]};
    }

    /** Opens {@code page}'s file as a stream showing only that page; close it to release the file. */
    static PageInputStream open(TiffPage page) throws IOException {
        FileChannel channel = FileChannel.open(page.file(), StandardOpenOption.READ);
        try {
            return new PageInputStream(channel, page);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public int read() throws IOException {
        checkClosed();
        bitOffset = 0;
        if (!buffered(streamPos) && fill(streamPos) == 0) {
            return -1;
        }
        return buffer[(int) (streamPos++ - bufferStart)] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        checkClosed();
        Objects.checkFromIndexSize(off, len, b.length);
        bitOffset = 0;
        if (len == 0) {
            return 0;
        }
        if (streamPos >= size) {
            return -1;
        }
        if (!buffered(streamPos)) {
            if (len >= BUFFER_SIZE) {
                int n = readAt(streamPos, b, off, (int) Math.min(len, size - streamPos));
                streamPos += n;
                return n;
            }
            fill(streamPos);
        }
        int n = (int) Math.min(len, bufferStart + bufferLength - streamPos);
        System.arraycopy(buffer, (int) (streamPos - bufferStart), b, off, n);
        streamPos += n;
        return n;
    }

    @Override
    public long length() {
        return size;
    }

    @Override
    public void close() throws IOException {
        super.close();
        channel.close();
    }

    private boolean buffered(long position) {
        return position >= bufferStart && position < bufferStart + bufferLength;
    }

    private int fill(long position) throws IOException {
        bufferStart = position;
        bufferLength = position >= size ? 0 : readAt(position, buffer, 0, (int) Math.min(BUFFER_SIZE, size - position));
        return bufferLength;
    }

    /** Reads {@code len} bytes at {@code position} (fewer only at the end of the file), with the patches laid over. */
    private int readAt(long position, byte[] b, int off, int len) throws IOException {
        ByteBuffer target = ByteBuffer.wrap(b, off, len);
        while (target.hasRemaining()) {
            if (channel.read(target, position + target.position() - off) < 0) {
                break;
            }
        }
        int n = target.position() - off;
        for (int p = 0; p < patches.length; p++) {
            for (int i = 0; i < patches[p].length; i++) {
                long at = patchAt[p] + i;
                if (at >= position && at < position + n) {
                    b[off + (int) (at - position)] = patches[p][i];
                }
            }
        }
        return n;
    }
}
