package io.github.stack3d.io.mesh;

import io.github.stack3d.Mesh;
import io.github.stack3d.io.InputFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads STL files, binary or ASCII, into an indexed {@link Mesh}: corners with exactly the same coordinates
 * (bit for bit) become one shared vertex, numbered in order of first appearance; facet normals are not kept.
 *
 * <p>Binary or ASCII: a file whose size is {@code 84 + 50·count} for the count stored at byte 80 is binary,
 * even when its header starts with {@code solid} (many exporters write that); otherwise a file that starts with
 * {@code solid} and holds only text is ASCII. Anything else is an error saying which it is not and why. ASCII
 * facets with more than three vertices become triangle fans; several {@code solid}s in one file are joined.
 * The unit comes from a stack3d note in the header or solid name ({@code stack3d: coordinates in µm}), else
 * {@code px}. Errors name the file and the byte offset (binary) or line (ASCII).
 */
public final class StlReader {

    private static final int SNIFF_BYTES = 512;

    private StlReader() {
    }

    /**
     * Reads an STL file: {@code Mesh m = StlReader.read(Path.of("mesh.stl"))}.
     *
     * @param file a binary or ASCII STL file
     * @return its triangles over shared vertices, without normals
     * @throws IOException naming the file and the byte offset or line when it is not a complete STL
     */
    public static Mesh read(Path file) throws IOException {
        long size = Files.size(InputFile.require(file, "an STL file"));
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        if (head.length == 0) {
            throw InputFile.empty(file, "an STL file");
        }
        long count = size >= 84 ? ByteBuffer.wrap(head, 80, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFF_FFFFL
                : -1;
        if (count >= 0 && 84 + 50 * count == size) {
            return binary(file, head, count);
        }
        if (startsWithSolid(head) && isText(head)) {
            return StlAsciiReader.read(file);
        }
        if (size < 84) {
            throw new IOException(file + ": byte " + size + ": the file ends; a binary STL has at least 84 bytes "
                    + "(80-byte header, facet count) and an ASCII STL starts with \"solid\"");
        }
        long facets = (size - 84) / 50;
        throw new IOException(file + ": byte " + Math.min(size, 84 + 50 * count) + ": the header declares " + count
                + " facets (84 + 50·" + count + " = " + (84 + 50 * count) + " bytes) but the file has " + size
                + " bytes" + (size < 84 + 50 * count ? ": truncated in facet " + facets : ": extra data after the "
                + "last facet") + "; not an ASCII STL either (" + (startsWithSolid(head) ? "binary bytes after "
                + "\"solid\")" : "it does not start with \"solid\")"));
    }

    private static Mesh binary(Path file, byte[] head, long count) throws IOException {
        if (3 * count > Integer.MAX_VALUE - 8) {
            throw new IOException(file + ": byte 80: " + count + " facets; at most " + (Integer.MAX_VALUE - 8) / 3
                    + " fit in one mesh");
        }
        String unit = UnitNote.unitIn(new String(head, 0, 80, StandardCharsets.UTF_8), UnitNote.NO_UNIT);
        int[] triangles = new int[3 * (int) count];
        VertexIndex vertices = new VertexIndex((int) Math.min(count, 1 << 22));
        try (BinaryInput in = new BinaryInput(file, 84, ByteOrder.LITTLE_ENDIAN)) {
            ByteBuffer buf = in.buffer();
            for (int f = 0; f < count; f++) {
                if (!in.request(50)) {
                    throw in.error(in.size(), "the file ends in facet " + f + " of " + count
                            + "; expected 50 bytes per facet");
                }
                buf.position(buf.position() + 12);
                for (int k = 0; k < 3; k++) {
                    triangles[3 * f + k] = vertices.indexOf(buf.getFloat(), buf.getFloat(), buf.getFloat());
                }
                buf.position(buf.position() + 2);
            }
        }
        return new Mesh(vertices.vertices(), triangles, unit);
    }

    private static boolean startsWithSolid(byte[] head) {
        int i = 0;
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        return new String(head, i, Math.min(5, head.length - i), StandardCharsets.ISO_8859_1).equals("solid");
    }

    /** True when the bytes hold no control characters other than tabs and line ends. */
    private static boolean isText(byte[] head) {
        for (byte b : head) {
            if (b >= 0 && b < 32 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 127) {
                return false;
            }
        }
        return true;
    }
}
