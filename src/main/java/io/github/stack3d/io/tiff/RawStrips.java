package io.github.stack3d.io.tiff;

import io.github.stack3d.SampleType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardOpenOption;

/**
 * Reads the slice of a plain page ({@link TiffPage#plainStrips()}: uncompressed grayscale strips) straight from
 * the file: the strips, in order, hold the rows of samples one after the other in the file's byte order (TIFF 6.0
 * section 3). This is the common layout of microscope, CT and ImageJ stacks; reading it directly takes a fraction
 * of the time the image-reader machinery needs in a fresh JVM, and gives the same voxels (checked against
 * TwelveMonkeys on every fixture by {@code RawStripsTest}). Every other page goes to TwelveMonkeys.
 */
final class RawStrips {

    private RawStrips() {
    }

    /**
     * The slice stored in {@code page}: {@code byte[]}, {@code short[]} or {@code float[]}, written into
     * {@code reuse} where that is an array of the page's type and size (else a new one).
     *
     * @throws IOException naming the file and page when a strip lies outside the file or the strips hold fewer
     *                     bytes than the image needs
     */
    static Object read(TiffPage page, Object reuse) throws IOException {
        SampleType type = page.type();
        int n = page.width() * page.height();
        int bytes = n * type.bytesPerVoxel();
        if (type == SampleType.BIT || type == SampleType.INT32) {
            throw new IllegalStateException("TIFF pages are read as 8-bit, 16-bit or float");
        }
        Object slice = type.fits(reuse, n) ? reuse : type.newSlice(n);
        byte[] data = type == SampleType.UINT8 ? (byte[]) slice : new byte[bytes];
        try (FileChannel channel = FileChannel.open(page.file(), StandardOpenOption.READ)) {
            long size = channel.size();
            int filled = 0;
            long[] offsets = page.stripOffsets();
            long[] counts = page.stripByteCounts();
            for (int s = 0; s < offsets.length && filled < bytes; ) {
                // strips that follow one another in the file (most writers store them so) are read at once
                int first = s;
                int length = 0;
                do {
                    int part = (int) Math.max(0, Math.min(counts[s], bytes - filled - length));
                    if (offsets[s] < 0 || offsets[s] > size - part) {
                        throw new IOException(page.label() + ": strip " + s + " (" + part + " bytes at offset "
                                + offsets[s] + ") lies outside the file (" + size + " bytes); the file is truncated");
                    }
                    length += part;
                    s++;
                } while (s < offsets.length && filled + length < bytes && offsets[s] == offsets[first] + length);
                ByteBuffer into = ByteBuffer.wrap(data, filled, length);
                while (into.hasRemaining()) {
                    if (channel.read(into, offsets[first] + into.position() - filled) < 0) {
                        throw new IOException(page.label() + ": the file ends inside "
                                + (s - 1 == first ? "strip " + first : "strips " + first + ".." + (s - 1)));
                    }
                }
                filled += length;
            }
            if (filled < bytes) {
                throw new IOException(page.label() + ": its strips hold " + filled + " bytes; a " + page.width() + "×"
                        + page.height() + " " + type + " image needs " + bytes + "; the file is damaged");
            }
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(page.label(), null, "no such file (was it moved after the stack was opened?)");
        }
        ByteBuffer buffer = ByteBuffer.wrap(data).order(page.order());
        if (type == SampleType.UINT16) {
            buffer.asShortBuffer().get((short[]) slice);
        } else if (type == SampleType.FLOAT32) {
            buffer.asFloatBuffer().get((float[]) slice);
        }
        return slice;
    }
}
