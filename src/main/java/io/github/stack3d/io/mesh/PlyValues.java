package io.github.stack3d.io.mesh;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * The values of a PLY file's data section, one after another in header order: {@link Ascii} reads
 * whitespace-separated numbers, {@link Binary} reads them in either byte order. Problems are {@link IOException}s
 * naming the file and {@link #where()}: the line (ASCII) or the byte offset (binary).
 */
interface PlyValues extends Closeable {

    /** The next value, of {@code type}, as a double (floats read exactly as floats). */
    double scalar(PlyType type) throws IOException;

    /** The next value, of the integer {@code type}. */
    long integer(PlyType type) throws IOException;

    /** Skips {@code values} values that take {@code bytes} bytes in a binary file. */
    void skip(long values, long bytes) throws IOException;

    /** Where the last value was read: {@code line 12} or {@code byte 3456}. */
    String where();

    /** Opens the data of {@code file}, which starts where {@code header} says. */
    static PlyValues open(Path file, PlyHeader header) throws IOException {
        switch (header.format()) {
            case ASCII:
                return new Ascii(new TextScanner(file, header.dataOffset(), header.dataLine()));
            case BINARY_BIG_ENDIAN:
                return new Binary(file, header.dataOffset(), ByteOrder.BIG_ENDIAN);
            default:
                return new Binary(file, header.dataOffset(), ByteOrder.LITTLE_ENDIAN);
        }
    }

    /** ASCII data: whitespace-separated numbers; a record per line by convention, not required here. */
    final class Ascii implements PlyValues {
        private final TextScanner in;

        Ascii(TextScanner in) {
            this.in = in;
        }

        @Override
        public double scalar(PlyType type) throws IOException {
            next(type);
            switch (type) {
                case FLOAT:
                    return in.floatValue(type.word);
                case DOUBLE:
                    return in.doubleValue(type.word);
                default:
                    return in.longValue(type.min, type.max, type.word);
            }
        }

        @Override
        public long integer(PlyType type) throws IOException {
            next(type);
            return in.longValue(type.min, type.max, type.word);
        }

        @Override
        public void skip(long values, long bytes) throws IOException {
            for (long i = 0; i < values; i++) {
                if (!in.next()) {
                    throw in.error("the file ends; expected " + (values - i) + " more values");
                }
            }
        }

        @Override
        public String where() {
            return "line " + in.line();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }

        private void next(PlyType type) throws IOException {
            if (!in.next()) {
                throw in.error("the file ends; expected a number (" + type.word + ")");
            }
        }
    }

    /** Binary data in little- or big-endian byte order. */
    final class Binary implements PlyValues {
        private final BinaryInput in;
        private final ByteBuffer buf;
        private long last;

        Binary(Path file, long offset, ByteOrder order) throws IOException {
            in = new BinaryInput(file, offset, order);
            buf = in.buffer();
            last = offset;
        }

        @Override
        public double scalar(PlyType type) throws IOException {
            next(type);
            return type.read(buf);
        }

        @Override
        public long integer(PlyType type) throws IOException {
            next(type);
            return type.readInteger(buf);
        }

        @Override
        public void skip(long values, long bytes) throws IOException {
            if (!in.skip(bytes)) {
                throw in.error(in.offset(), "the file ends; expected " + bytes + " more bytes");
            }
        }

        @Override
        public String where() {
            return "byte " + last;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }

        private void next(PlyType type) throws IOException {
            if (!in.request(type.size)) {
                throw in.error(in.size(), "the file ends; expected " + type.size + " more bytes ("
                        + type.word + ")");
            }
            last = in.offset();
        }
    }
}
