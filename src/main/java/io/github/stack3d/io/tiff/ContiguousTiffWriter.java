package io.github.stack3d.io.tiff;

import io.github.stack3d.SliceSource;
import io.github.stack3d.Grid;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes uncompressed TIFF files (one or many pages) in ImageJ's own layout: header, first IFD with the ImageJ
 * description and resolution, then the pixels of all slices back to back, then the IFDs of slices 2..n.
 *
 * <p>This layout is what {@code images=n} in an ImageJ description promises: for uncompressed files ImageJ
 * ({@code ij.io.TiffDecoder}: "ignore extra IFDs in ImageJ and NIH Image stacks") and tifffile read the n slices
 * as one contiguous block after the first strip and ignore the other IFDs. TwelveMonkeys' sequence writer puts
 * each IFD before its own slice, which those readers then misread from slice 2 on, so uncompressed stacks are
 * written here; compressed ones (whose IFDs ImageJ and tifffile do follow) go through TwelveMonkeys. This writer also
 * covers 32-bit float samples, which TwelveMonkeys' TIFF writer (3.14) cannot write.
 * Every offset is known before writing, so the file streams out one slice at a time, little-endian.
 */
final class ContiguousTiffWriter {

    private static final int HEADER = 8;
    private static final int FIRST_ENTRIES = 15;
    private static final int OTHER_ENTRIES = 14;
    private static final long MAX_CLASSIC_TIFF = 0xFFFFFFFFL;

    private ContiguousTiffWriter() {
    }

    /**
     * Writes slices {@code from .. from + count - 1} of {@code source} to {@code out} as one TIFF with ImageJ
     * metadata (description, X/YResolution, ResolutionUnit) from the source's spacing.
     *
     * @throws IOException when the file would exceed the 4 GB a classic TIFF can address, or writing fails
     */
    static void write(SliceSource source, int from, int count, OutputStream out) throws IOException {
        Grid spacing = source.grid();
        int w = source.width();
        int h = source.height();
        int bytesPerSample = source.type().bytesPerVoxel();
        long sliceBytes = (long) w * h * bytesPerSample;
        byte[] text = (ImageJMetadata.description(count, spacing) + '\0').getBytes(StandardCharsets.US_ASCII);
        long descriptionAt = HEADER + ifdSize(FIRST_ENTRIES);
        long resolutionAt = descriptionAt + text.length + (text.length & 1);
        long dataAt = resolutionAt + 16;
        long otherIfdsAt = dataAt + sliceBytes * count;
        long end = otherIfdsAt + (long) (count - 1) * ifdSize(OTHER_ENTRIES);
        if (end > MAX_CLASSIC_TIFF) {
            throw new IOException("the uncompressed stack needs " + end + " bytes, more than the 4 GB a classic "
                    + "TIFF can address; write one file per slice (writeSlices) or compress it");
        }
        int unit = ImageJMetadata.resolutionUnit(spacing);
        long[] xResolution = ImageJMetadata.resolution(spacing.sx());
        long[] yResolution = ImageJMetadata.resolution(spacing.sy());
        ByteBuffer head = ByteBuffer.allocate((int) dataAt).order(ByteOrder.LITTLE_ENDIAN);
        head.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(HEADER);
        Ifd first = new Ifd(head, FIRST_ENTRIES);
        entries(first, source, dataAt, sliceBytes, resolutionAt, unit, text.length, descriptionAt);
        head.putInt(count > 1 ? (int) otherIfdsAt : 0);
        head.put(text);
        if ((text.length & 1) == 1) {
            head.put((byte) 0);
        }
        head.putInt((int) xResolution[0]).putInt((int) xResolution[1]);
        head.putInt((int) yResolution[0]).putInt((int) yResolution[1]);
        out.write(head.array());

        ByteBuffer slice = ByteBuffer.allocate((int) sliceBytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int z = from; z < from + count; z++) {
            byte[] bytes = switch (source.type()) {
                case UINT8 -> source.bytes(z);
                case UINT16 -> {
                    slice.clear().asShortBuffer().put(source.shorts(z));
                    yield slice.array();
                }
                case FLOAT32 -> {
                    slice.clear().asFloatBuffer().put(source.floats(z));
                    yield slice.array();
                }
                case BIT, INT32 -> throw new IllegalStateException(source.type() + " slices are converted first");
            };
            out.write(bytes);
        }

        ByteBuffer ifds = ByteBuffer.allocate((int) (end - otherIfdsAt)).order(ByteOrder.LITTLE_ENDIAN);
        for (int k = 1; k < count; k++) {
            entries(new Ifd(ifds, OTHER_ENTRIES), source, dataAt + k * sliceBytes, sliceBytes, resolutionAt, unit,
                    0, 0);
            ifds.putInt(k + 1 < count ? (int) (otherIfdsAt + (long) k * ifdSize(OTHER_ENTRIES)) : 0);
        }
        out.write(ifds.array());
    }

    private static int ifdSize(int entries) {
        return 2 + 12 * entries + 4;
    }

    /** The entries of one page, in tag order; the description only when {@code descriptionLength > 0}. */
    private static void entries(Ifd ifd, SliceSource source, long stripAt, long stripBytes, long resolutionAt,
                                int resolutionUnit, int descriptionLength, long descriptionAt) {
        int bits = 8 * source.type().bytesPerVoxel();
        ifd.add(254, 4, 1, 0);
        ifd.add(256, 4, 1, source.width());
        ifd.add(257, 4, 1, source.height());
        ifd.add(258, 3, 1, bits);
        ifd.add(259, 3, 1, TiffCompression.NONE.tag());
        ifd.add(262, 3, 1, 1);
        if (descriptionLength > 0) {
            ifd.add(270, 2, descriptionLength, descriptionAt);
        }
        ifd.add(273, 4, 1, stripAt);
        ifd.add(277, 3, 1, 1);
        ifd.add(278, 4, 1, source.height());
        ifd.add(279, 4, 1, stripBytes);
        ifd.add(282, 5, 1, resolutionAt);
        ifd.add(283, 5, 1, resolutionAt + 8);
        ifd.add(296, 3, 1, resolutionUnit);
        ifd.add(339, 3, 1, source.type().isInteger() ? 1 : 3);
        ifd.finish();
    }

    /** Writes the entry count, then entries (12 bytes each: tag, type, count, value or offset). */
    private static final class Ifd {
        private final ByteBuffer out;
        private final int expected;
        private int written;

        Ifd(ByteBuffer out, int entries) {
            this.out = out;
            this.expected = entries;
            out.putShort((short) entries);
        }

        void add(int tag, int type, int count, long value) {
            out.putShort((short) tag).putShort((short) type).putInt(count);
            if (type == 3) {
                out.putShort((short) value).putShort((short) 0);
            } else {
                out.putInt((int) value);
            }
            written++;
        }

        void finish() {
            if (written != expected) {
                throw new IllegalStateException(written + " IFD entries written; " + expected + " announced");
            }
        }
    }
}
