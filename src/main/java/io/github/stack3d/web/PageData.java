package io.github.stack3d.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Bytes and values as a page carries them: gzip-compressed then base64-encoded binary (a browser inflates it
 * with {@code DecompressionStream("gzip")}), and JSON literals for the script's settings.
 */
public final class PageData {

    private PageData() {
    }

    /** {@code bytes} gzip-compressed (best compression) and base64-encoded. */
    public static String gzipBase64(byte[]... parts) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(buffer, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            for (byte[] part : parts) {
                gz.write(part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("compressing in memory", e);
        }
        return Base64.getEncoder().encodeToString(buffer.toByteArray());
    }

    /** A JSON string literal of {@code s}, safe inside an HTML script element too ({@code <} is escaped). */
    public static String string(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** A JSON array of numbers, written in the shortest form that reads back as the same double. */
    public static String numbers(double... values) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            b.append(i == 0 ? "" : ",").append(number(values[i]));
        }
        return b.append(']').toString();
    }

    /** A JSON number (a whole number without ".0"). */
    public static String number(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("JSON has no number " + v);
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
