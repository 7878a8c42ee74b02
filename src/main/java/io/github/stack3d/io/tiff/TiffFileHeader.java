package io.github.stack3d.io.tiff;

import io.github.stack3d.Grid;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The header of a TIFF file: every page's size, sample layout and IFD position, and the voxel spacing from its
 * first page's ImageJ metadata. Only the image file directories are read (a few hundred bytes per page), never
 * the pixels. Classic TIFF and BigTIFF, both byte orders (TIFF 6.0 section 2; BigTIFF: 8-byte offsets and counts).
 *
 * @param file    the file
 * @param pages   its pages in file order, never empty
 * @param grid    voxel spacing from ImageJ metadata, or {@link Grid#PIXELS}
 */
record TiffFileHeader(Path file, List<TiffPage> pages, Grid grid) {

    /** The most bytes one slice may hold: the largest Java array the JVMs allow. */
    static final long MAX_SLICE_BYTES = Integer.MAX_VALUE - 8;

    private static final int IMAGE_WIDTH = 256;
    private static final int IMAGE_LENGTH = 257;
    private static final int BITS_PER_SAMPLE = 258;
    private static final int COMPRESSION = 259;
    private static final int STRIP_OFFSETS = 273;
    private static final int STRIP_BYTE_COUNTS = 279;
    private static final int TILE_WIDTH = 322;
    private static final int PHOTOMETRIC = 262;
    private static final int IMAGE_DESCRIPTION = 270;
    private static final int SAMPLES_PER_PIXEL = 277;
    private static final int X_RESOLUTION = 282;
    private static final int Y_RESOLUTION = 283;
    private static final int RESOLUTION_UNIT = 296;
    private static final int COLOR_MAP = 320;
    private static final int EXTRA_SAMPLES = 338;
    private static final int SAMPLE_FORMAT = 339;

    /** Bytes of each TIFF field type (1 BYTE ... 18 IFD8); 0 for unknown types. */
    private static final int[] TYPE_SIZE = {0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4, 0, 0, 8, 8, 8};

    /**
     * Reads the header of {@code file}.
     *
     * @throws IOException naming the file (and page) when it is missing, not a TIFF file, or its directories are
     *                     cut off or point outside the file
     */
    static TiffFileHeader read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + ": is a folder; expected a TIFF file (a folder of slices is a stack's "
                    + "path, not one of its files)");
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return new Parser(file, channel).parse();
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
    }

    /** Reads one file's directories through a channel (positional reads only). */
    private static final class Parser {
        private static final int PREFIX = 8192;

        private final Path file;
        private final FileChannel channel;
        private final long size;
        private ByteOrder order;
        private boolean big;
        private byte[] prefix;

        Parser(Path file, FileChannel channel) throws IOException {
            this.file = file;
            this.channel = channel;
            this.size = channel.size();
        }

        TiffFileHeader parse() throws IOException {
            ByteBuffer head = read(0, (int) Math.min(16, size));
            int b0 = head.limit() >= 2 ? head.get(0) : 0;
            int b1 = head.limit() >= 2 ? head.get(1) : 0;
            if (head.limit() < 8 || b0 != b1 || (b0 != 'I' && b0 != 'M')) {
                throw notTiff(head);
            }
            order = b0 == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
            head.order(order);
            int magic = head.getShort(2) & 0xFFFF;
            if (magic == 43 && head.limit() >= 16 && head.getShort(4) == 8) {
                big = true;
            } else if (magic != 42) {
                throw notTiff(head);
            }
            long offset = big ? head.getLong(8) : head.getInt(4) & 0xFFFFFFFFL;
            List<long[]> ifds = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            while (offset != 0) {
                if (!seen.add(offset)) {
                    throw corrupt(ifds.size(), "the chain of image directories loops back to offset " + offset);
                }
                long[] ifd = {offset, 0};
                ifds.add(ifd);
                offset = nextIfd(ifd, ifds.size() - 1);
            }
            List<TiffPage> pages = new ArrayList<>(ifds.size());
            Grid spacing = Grid.PIXELS;
            for (int i = 0; i < ifds.size(); i++) {
                Directory d = directory(ifds.get(i)[0], i);
                if (i == 0) {
                    spacing = ImageJMetadata.spacing(d.text(IMAGE_DESCRIPTION), d.pixelSize(X_RESOLUTION),
                            d.pixelSize(Y_RESOLUTION), (int) d.number(RESOLUTION_UNIT, 0));
                }
                pages.add(d.page(i, ifds.size(), ifds.get(i)[0], ifds.get(i)[1]));
            }
            if (pages.isEmpty()) {
                throw corrupt(0, "the file has no image directory (first IFD offset is 0)");
            }
            return new TiffFileHeader(file, List.copyOf(pages), spacing);
        }

        /** Checks the IFD at {@code ifd[0]}, stores its next-pointer position in {@code ifd[1]}, returns the next. */
        private long nextIfd(long[] ifd, int page) throws IOException {
            long offset = ifd[0];
            int countSize = big ? 8 : 2;
            if (offset < 8 || offset > size - countSize) {
                throw corrupt(page, "its image directory offset " + offset + " lies outside the file (" + size
                        + " bytes); the file is truncated or corrupt");
            }
            ByteBuffer c = read(offset, countSize);
            long count = big ? c.getLong(0) : c.getShort(0) & 0xFFFF;
            int entrySize = big ? 20 : 12;
            int pointerSize = big ? 8 : 4;
            // compared by division: a BigTIFF count near 2^63 would overflow count * entrySize
            if (count < 0 || count > (size - offset - countSize - pointerSize) / entrySize) {
                throw corrupt(page, "its image directory (" + count + " entries at offset " + offset
                        + ") runs past the end of the file (" + size + " bytes); the file is truncated");
            }
            long pointer = offset + countSize + count * entrySize;
            ifd[1] = pointer;
            ByteBuffer next = read(pointer, pointerSize);
            return big ? next.getLong(0) : next.getInt(0) & 0xFFFFFFFFL;
        }

        private Directory directory(long offset, int page) throws IOException {
            int countSize = big ? 8 : 2;
            ByteBuffer c = read(offset, countSize);
            int count = (int) (big ? c.getLong(0) : c.getShort(0) & 0xFFFF);
            return new Directory(this, page, read(offset + countSize, count * (big ? 20 : 12)), count);
        }

        /**
         * The bytes at {@code position}, from the file's first {@link #PREFIX} bytes when they hold them: those
         * are read once, and most writers (ImageJ, tifffile, Fiji) put the directories and their values there, so
         * that a header costs one read instead of one per field.
         */
        ByteBuffer read(long position, int length) throws IOException {
            if (prefix == null) {
                prefix = new byte[(int) Math.min(size, PREFIX)];
                readFully(0, ByteBuffer.wrap(prefix));
            }
            if (position >= 0 && position <= prefix.length - (long) length) {
                return ByteBuffer.wrap(prefix, (int) position, length).slice()
                        .order(order == null ? ByteOrder.BIG_ENDIAN : order);
            }
            ByteBuffer buffer = ByteBuffer.allocate(length);
            readFully(position, buffer);
            return buffer.flip().order(order == null ? ByteOrder.BIG_ENDIAN : order);
        }

        private void readFully(long position, ByteBuffer buffer) throws IOException {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, position + buffer.position()) < 0) {
                    throw new IOException(file + ": unexpected end of file at byte " + (position + buffer.position())
                            + " (file size " + size + "); the file is truncated");
                }
            }
        }

        IOException corrupt(int page, String what) {
            return new IOException(file + ": page " + (page + 1) + ": " + what);
        }

        private IOException notTiff(ByteBuffer head) {
            StringBuilder start = new StringBuilder();
            for (int i = 0; i < Math.min(4, head.limit()); i++) {
                start.append(String.format(" %02X", head.get(i) & 0xFF));
            }
            return new IOException(file + ": not a TIFF file (" + size + " bytes, starting with"
                    + (start.length() == 0 ? " nothing" : start) + "; a TIFF starts with 49 49 2A 00 or 4D 4D 00 2A)");
        }
    }

    /** The entries of one IFD, with their values read on demand. */
    private record Directory(Parser parser, int page, ByteBuffer entries, int count) {

        TiffPage page(int index, int pageCount, long ifdOffset, long nextPointer) throws IOException {
            long width = number(IMAGE_WIDTH, -1);
            long height = number(IMAGE_LENGTH, -1);
            if (width < 1 || height < 1 || width > Integer.MAX_VALUE / height) {
                throw parser.corrupt(page, "image size " + width + "×" + height + " (ImageWidth × ImageLength) is "
                        + (width < 1 || height < 1 ? "missing or zero" : "over 2^31 pixels per slice"));
            }
            int bits = code(BITS_PER_SAMPLE, 1);
            int samples = code(SAMPLES_PER_PIXEL, 1);
            // a slice is read into one Java array: its bytes, not only its pixels, must fit an int
            long bytes = width * height * Math.max(1, samples) * Math.max(1, (bits + 7) / 8);
            if (bytes > MAX_SLICE_BYTES) {
                throw parser.corrupt(page, "a slice of " + width + "×" + height + " pixels, " + samples + " × "
                        + bits + "-bit samples, is " + bytes + " bytes; a slice may hold at most " + MAX_SLICE_BYTES
                        + " bytes (2 GiB, one Java array): split the image into smaller slices");
            }
            int photometric = code(PHOTOMETRIC, samples >= 3 ? TiffPage.RGB : TiffPage.BLACK_IS_ZERO);
            int[] colorMap = new int[0];
            if (photometric == TiffPage.PALETTE) {
                long[] map = numbers(COLOR_MAP);
                if (map.length != 3 << Math.min(bits, 16)) {
                    throw parser.corrupt(page, "palette image with a ColorMap of " + map.length + " values; expected "
                            + (3 << Math.min(bits, 16)) + " for " + bits + "-bit indices");
                }
                colorMap = new int[map.length];
                for (int i = 0; i < map.length; i++) {
                    colorMap[i] = (int) map[i];
                }
            }
            long[] extra = numbers(EXTRA_SAMPLES);
            boolean tiled = find(TILE_WIDTH) >= 0;
            return new TiffPage(parser.file, index, pageCount, parser.order, parser.big, ifdOffset, nextPointer,
                    (int) width, (int) height, bits, samples, code(SAMPLE_FORMAT, 1), photometric,
                    extra.length > 0 ? (int) Math.min(extra[0], Integer.MAX_VALUE) : -1, colorMap,
                    code(COMPRESSION, 1), tiled,
                    tiled ? new long[0] : numbers(STRIP_OFFSETS), tiled ? new long[0] : numbers(STRIP_BYTE_COUNTS));
        }

        private int find(int tag) {
            int entrySize = parser.big ? 20 : 12;
            for (int i = 0; i < count; i++) {
                if ((entries.getShort(i * entrySize) & 0xFFFF) == tag) {
                    return i * entrySize;
                }
            }
            return -1;
        }

        /**
         * The first value of a field that the TIFF specification makes a SHORT (bits, samples, compression, ...),
         * or {@code fallback} when it is absent.
         *
         * @throws IOException naming the page and tag when the value does not fit in 16 bits
         */
        int code(int tag, int fallback) throws IOException {
            long value = number(tag, fallback);
            if (value < 0 || value > 0xFFFF) {
                throw parser.corrupt(page, "tag " + tag + " has the value " + Long.toUnsignedString(value)
                        + "; expected 0..65535");
            }
            return (int) value;
        }

        /** The first value of an integer field, or {@code fallback} when the field is absent. */
        long number(int tag, long fallback) throws IOException {
            long[] values = numbers(tag);
            return values.length == 0 ? fallback : values[0];
        }

        /** All values of an integer field (BYTE, SHORT, LONG, LONG8), empty when absent. */
        long[] numbers(int tag) throws IOException {
            int at = find(tag);
            if (at < 0) {
                return new long[0];
            }
            int type = entries.getShort(at + 2) & 0xFFFF;
            if (type >= TYPE_SIZE.length || TYPE_SIZE[type] == 0) {
                throw parser.corrupt(page, "tag " + tag + " has the unknown field type " + type);
            }
            ByteBuffer values = values(at, tag);
            int n = values.limit() / TYPE_SIZE[type];
            long[] out = new long[n];
            for (int i = 0; i < n; i++) {
                out[i] = switch (type) {
                    case 1, 7 -> values.get(i) & 0xFF;
                    case 3 -> values.getShort(2 * i) & 0xFFFF;
                    case 4, 13 -> values.getInt(4 * i) & 0xFFFFFFFFL;
                    case 16, 18 -> values.getLong(8 * i);
                    default -> throw parser.corrupt(page, "tag " + tag + " has type " + type + "; expected an "
                            + "unsigned integer type");
                };
            }
            return out;
        }

        /**
         * The reciprocal of a resolution field (pixels per unit → unit per pixel), computed as denominator /
         * numerator for a RATIONAL so that 10/3 gives 0.3 exactly; NaN when absent or not a number type.
         */
        double pixelSize(int tag) throws IOException {
            int at = find(tag);
            if (at < 0) {
                return Double.NaN;
            }
            ByteBuffer v = values(at, tag);
            if (v.limit() < 4) {
                return Double.NaN;
            }
            return switch (entries.getShort(at + 2) & 0xFFFF) {
                case 5 -> v.limit() < 8 ? Double.NaN
                        : (v.getInt(4) & 0xFFFFFFFFL) / (double) (v.getInt(0) & 0xFFFFFFFFL);
                case 11 -> 1 / v.getFloat(0);
                case 12 -> v.limit() < 8 ? Double.NaN : 1 / v.getDouble(0);
                default -> Double.NaN;
            };
        }

        /** An ASCII field as text (UTF-8, or Latin-1 when it is not valid UTF-8), without trailing NULs. */
        String text(int tag) throws IOException {
            int at = find(tag);
            if (at < 0) {
                return "";
            }
            ByteBuffer v = values(at, tag);
            int n = v.limit();
            while (n > 0 && v.get(n - 1) == 0) {
                n--;
            }
            byte[] bytes = new byte[n];
            v.get(0, bytes);
            try {
                return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                return new String(bytes, StandardCharsets.ISO_8859_1);
            }
        }

        /** The value bytes of the entry at {@code at}: inline in the entry, or read from where it points. */
        private ByteBuffer values(int at, int tag) throws IOException {
            boolean big = parser.big;
            int type = entries.getShort(at + 2) & 0xFFFF;
            long n = big ? entries.getLong(at + 4) : entries.getInt(at + 4) & 0xFFFFFFFFL;
            if (n < 0 || n > parser.size) {
                // no more values than the file has bytes; also keeps n * type size from overflowing
                throw parser.corrupt(page, "tag " + tag + " declares " + (n < 0 ? Long.toUnsignedString(n) : n)
                        + " values, more than the file has bytes (" + parser.size + "); the file is corrupt");
            }
            long bytes = n * (type < TYPE_SIZE.length ? TYPE_SIZE[type] : 0);
            int field = at + (big ? 12 : 8);
            int fieldSize = big ? 8 : 4;
            if (bytes <= fieldSize) {
                return entries.slice(field, (int) bytes).order(parser.order);
            }
            long offset = big ? entries.getLong(field) : entries.getInt(field) & 0xFFFFFFFFL;
            if (bytes > Integer.MAX_VALUE || offset < 0 || offset > parser.size - bytes) {
                throw parser.corrupt(page, "tag " + tag + " points to " + bytes + " bytes at offset " + offset
                        + ", outside the file (" + parser.size + " bytes); the file is truncated or corrupt");
            }
            return parser.read(offset, (int) bytes);
        }
    }
}
