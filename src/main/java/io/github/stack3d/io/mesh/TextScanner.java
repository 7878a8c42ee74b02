package io.github.stack3d.io.mesh;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the whitespace-separated tokens of a text file (ASCII PLY, ASCII STL, OBJ), keeping the line number
 * for messages. The current token stays in the buffer; numbers are parsed from its bytes ({@link FloatParser})
 * without a String per token. Errors are {@link IOException}s naming the file and the line.
 */
final class TextScanner implements Closeable {

    private final Path file;
    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private int line;
    private int start;
    private int end;
    private boolean anyByte;

    /**
     * @param file      the file, named in messages
     * @param offset    where the text starts, in bytes
     * @param firstLine the line number at {@code offset}
     */
    TextScanner(Path file, long offset, int firstLine) throws IOException {
        this.file = file;
        this.in = Files.newInputStream(file);
        this.line = firstLine;
        in.skipNBytes(offset);
    }

    /** Moves to the next token, across line ends; false at the end of the file. */
    boolean next() throws IOException {
        return skipSpace(true) && readToken();
    }

    /** Moves to the next token on the current line; false at the end of the line or of the file. */
    boolean nextOnLine() throws IOException {
        return skipSpace(false) && readToken();
    }

    /** The remaining tokens of the current line joined by single spaces (the line end is not consumed). */
    String restOfLine() throws IOException {
        StringBuilder text = new StringBuilder();
        while (nextOnLine()) {
            text.append(text.length() == 0 ? "" : " ").append(new String(buf, start, end - start,
                    StandardCharsets.UTF_8));
        }
        return text.toString();
    }

    /** Skips the rest of the current line and its line end. */
    void nextLine() throws IOException {
        while (true) {
            if (pos == limit && !fill()) {
                return;
            }
            if (buf[pos++] == '\n') {
                line++;
                return;
            }
        }
    }

    /** True once the file gave any byte (false for a 0-byte file, whatever was asked). */
    boolean anyByte() {
        return anyByte;
    }

    /** The line of the current token (or where reading stopped). */
    int line() {
        return line;
    }

    /** True when the current token is {@code word} (ASCII, case-sensitive). */
    boolean is(String word) {
        if (end - start != word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (buf[start + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Length of the current token in bytes. */
    int length() {
        return end - start;
    }

    /** Byte {@code i} of the current token. */
    byte at(int i) {
        return buf[start + i];
    }

    /** The current token as text (UTF-8), shortened to 40 characters, for messages. */
    String token() {
        String s = new String(buf, start, end - start, StandardCharsets.UTF_8);
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }

    /** The current token as a float, exactly as {@link Float#parseFloat} reads it; {@code what} names it. */
    float floatValue(String what) throws IOException {
        try {
            return FloatParser.parseFloat(buf, start, end);
        } catch (NumberFormatException e) {
            throw error("expected a number (" + what + "), found \"" + token() + "\"");
        }
    }

    /** The current token as a double. */
    double doubleValue(String what) throws IOException {
        try {
            return FloatParser.parseDouble(buf, start, end);
        } catch (NumberFormatException e) {
            throw error("expected a number (" + what + "), found \"" + token() + "\"");
        }
    }

    /** The current token as a whole number in {@code [min, max]}. */
    long longValue(long min, long max, String what) throws IOException {
        long v = integer(0, end - start);
        if (v == Long.MIN_VALUE || v < min || v > max) {
            throw error("expected a whole number " + min + ".." + max + " (" + what + "), found \"" + token()
                    + "\"");
        }
        return v;
    }

    /**
     * The whole number in bytes {@code [from, to)} of the current token, or {@code Long.MIN_VALUE} when they are
     * not one.
     */
    long integer(int from, int to) {
        int i = start + from;
        int stop = start + to;
        boolean negative = i < stop && buf[i] == '-';
        if (i < stop && (buf[i] == '-' || buf[i] == '+')) {
            i++;
        }
        if (i == stop || stop - i > 18) {
            return Long.MIN_VALUE;
        }
        long v = 0;
        for (; i < stop; i++) {
            int c = buf[i] - '0';
            if (c < 0 || c > 9) {
                return Long.MIN_VALUE;
            }
            v = v * 10 + c;
        }
        return negative ? -v : v;
    }

    /** An exception naming the file and the current line. */
    IOException error(String message) {
        return new IOException(file + ": line " + line + ": " + message);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private boolean skipSpace(boolean lineEnds) throws IOException {
        while (true) {
            if (pos == limit && !fill()) {
                return false;
            }
            byte c = buf[pos];
            if (c == '\n') {
                if (!lineEnds) {
                    return false;
                }
                line++;
            } else if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != 0x0B) {
                return true;
            }
            pos++;
        }
    }

    private boolean readToken() throws IOException {
        start = pos;
        while (true) {
            if (pos == limit) {
                int kept = pos - start;
                if (kept == buf.length) {
                    throw error("a token longer than " + buf.length + " bytes; expected words and numbers");
                }
                System.arraycopy(buf, start, buf, 0, kept);
                start = 0;
                pos = limit = kept;
                if (!read()) {
                    break;
                }
            }
            byte c = buf[pos];
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B) {
                break;
            }
            pos++;
        }
        end = pos;
        return true;
    }

    /** Refills an exhausted buffer; false at the end of the file. */
    private boolean fill() throws IOException {
        pos = limit = 0;
        return read();
    }

    private boolean read() throws IOException {
        int n = in.read(buf, limit, buf.length - limit);
        if (n <= 0) {
            return false;
        }
        limit += n;
        anyByte = true;
        return true;
    }
}
