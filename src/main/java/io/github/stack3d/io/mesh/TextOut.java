package io.github.stack3d.io.mesh;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Text output for the ASCII file formats: numbers go straight into a byte buffer in a fixed, locale-independent
 * form (floats as their shortest round-tripping decimal, see {@link ShortestFloat}), without a String per number.
 */
final class TextOut {

    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    private int pos;

    TextOut(OutputStream out) {
        this.out = out;
    }

    /** Appends {@code f} as its shortest round-tripping decimal. */
    TextOut number(float f) throws IOException {
        room(ShortestFloat.MAX_LENGTH);
        pos = ShortestFloat.write(f, buf, pos);
        return this;
    }

    /** Appends {@code n} in decimal. */
    TextOut number(long n) throws IOException {
        if (n == Long.MIN_VALUE) {
            return text(Long.toString(n));
        }
        room(20);
        if (n < 0) {
            buf[pos++] = '-';
            n = -n;
        }
        int digits = 1;
        for (long p = 10; p <= n && digits < 19; p *= 10) {
            digits++;
        }
        for (int i = pos + digits - 1; i >= pos; i--) {
            buf[i] = (byte) ('0' + n % 10);
            n /= 10;
        }
        pos += digits;
        return this;
    }

    /** Appends three floats separated by spaces. */
    TextOut numbers(float a, float b, float c) throws IOException {
        return number(a).space().number(b).space().number(c);
    }

    /** Appends text as UTF-8. */
    TextOut text(String s) throws IOException {
        return bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Appends bytes (pre-encoded text). */
    TextOut bytes(byte[] b) throws IOException {
        if (b.length > buf.length) {
            flush();
            out.write(b);
            return this;
        }
        room(b.length);
        System.arraycopy(b, 0, buf, pos, b.length);
        pos += b.length;
        return this;
    }

    /** Appends one space. */
    TextOut space() throws IOException {
        room(1);
        buf[pos++] = ' ';
        return this;
    }

    /** Appends a line end ({@code \n}). */
    TextOut newline() throws IOException {
        room(1);
        buf[pos++] = '\n';
        return this;
    }

    /** Writes what is buffered to the stream. */
    void flush() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }

    private void room(int n) throws IOException {
        if (pos + n > buf.length) {
            flush();
        }
    }
}
