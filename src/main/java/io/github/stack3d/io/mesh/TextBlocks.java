package io.github.stack3d.io.mesh;

import io.github.stack3d.Parallel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Formats the records of an ASCII file (points, triangles) in blocks on the library's threads and writes the blocks
 * in order: the same bytes as formatting them one after another, faster on several cores. At most two blocks
 * per core are held in memory at a time.
 */
final class TextBlocks {

    /** Records per block: large enough to amortise a task, small enough to keep a batch in a few MB. */
    static final int BLOCK = 1 << 14;

    /** Formats records {@code [from, to)}. */
    @FunctionalInterface
    interface Records {
        void format(TextOut out, int from, int to) throws IOException;
    }

    private TextBlocks() {
    }

    /** Writes records {@code [0, count)} to {@code out}, formatted by {@code records}. */
    static void write(OutputStream out, int count, Records records) throws IOException {
        int blocks = (count + BLOCK - 1) / BLOCK;
        int batch = 2 * Parallel.threads();
        for (int first = 0; first < blocks; first += batch) {
            int start = first;
            byte[][] parts = new byte[Math.min(blocks, first + batch) - first][];
            Parallel.forEach(parts.length, k -> {
                int b = start + k;
                parts[k] = format(records, b * BLOCK, Math.min(count, (b + 1) * BLOCK));
            });
            for (byte[] part : parts) {
                out.write(part);
            }
        }
    }

    private static byte[] format(Records records, int from, int to) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * (to - from));
        try {
            TextOut text = new TextOut(bytes);
            records.format(text, from, to);
            text.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
