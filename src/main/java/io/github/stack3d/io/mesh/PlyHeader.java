package io.github.stack3d.io.mesh;

import io.github.stack3d.io.InputFile;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The header of a PLY file (Turk 1994; the layout Greg Turk's ply.c and VTK read): magic {@code ply}, one
 * {@code format} line, {@code element NAME COUNT} lines each followed by its {@code property TYPE NAME} or
 * {@code property list COUNT_TYPE ITEM_TYPE NAME} lines, {@code comment}/{@code obj_info} lines anywhere,
 * and {@code end_header}. The data starts on the byte after the line end of {@code end_header}.
 *
 * @param format     how the data is stored
 * @param elements   the elements in file order
 * @param unit       the coordinates' unit from a stack3d comment, else {@code px}
 * @param dataOffset the byte offset where the data starts
 * @param dataLine   the line number where ASCII data starts
 */
record PlyHeader(Format format, List<Element> elements, String unit, long dataOffset, int dataLine) {

    /** The longest header read before giving up on finding {@code end_header}. */
    private static final int MAX_HEADER_BYTES = 1 << 20;

    /** How the data after the header is stored. */
    enum Format {
        ASCII("ascii"), BINARY_LITTLE_ENDIAN("binary_little_endian"), BINARY_BIG_ENDIAN("binary_big_endian");

        final String word;

        Format(String word) {
            this.word = word;
        }
    }

    /**
     * One property: a scalar, or a list (a count of type {@code countType}, then that many items of
     * {@code type}).
     */
    record Property(String name, PlyType type, Optional<PlyType> countType) {
        boolean isList() {
            return countType.isPresent();
        }
    }

    /** One element: its name, how many records it has, their properties, and its header line. */
    record Element(String name, long count, List<Property> properties, int line) {

        /** The index of the property {@code name}, or -1. */
        int indexOf(String name) {
            for (int i = 0; i < properties.size(); i++) {
                if (properties.get(i).name().equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        /** The fewest bytes one binary record can take (a list at least its count). */
        long minimumBytes() {
            long n = 0;
            for (Property p : properties) {
                n += p.isList() ? p.countType().orElseThrow().size : p.type().size;
            }
            return n;
        }

        /** True when every property is a scalar, so that every binary record has {@link #minimumBytes()}. */
        boolean fixedSize() {
            return properties.stream().noneMatch(Property::isList);
        }
    }

    /** The element called {@code name}, if the file has one. */
    Optional<Element> element(String name) {
        return elements.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /**
     * Reads the header of {@code file}.
     *
     * @throws IOException naming the file, the line and what was expected when the header is malformed
     */
    static PlyHeader read(Path file) throws IOException {
        Format format = null;
        List<Element> elements = new ArrayList<>();
        List<Property> properties = null;
        String unit = UnitNote.NO_UNIT;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            long offset = 0;
            int line = 0;
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            while (true) {
                bytes.reset();
                boolean ended = readLine(in, bytes);
                offset += bytes.size() + (ended ? 1 : 0);
                line++;
                String text = new String(bytes.toByteArray(), StandardCharsets.UTF_8).strip();
                if (line == 1) {
                    if (offset == 0) {
                        throw InputFile.empty(file, "a PLY file");
                    }
                    if (!text.equals("ply")) {
                        throw error(file, line, "not a PLY file: it starts with \"" + shorten(text)
                                + "\"; expected \"ply\"");
                    }
                    continue;
                }
                if (!ended && text.isEmpty()) {
                    throw error(file, line, "the file ends in the header; expected end_header");
                }
                if (offset > MAX_HEADER_BYTES) {
                    throw error(file, line, "no end_header in the first " + MAX_HEADER_BYTES + " bytes; "
                            + "expected a PLY header");
                }
                String[] w = text.isEmpty() ? new String[0] : text.split("\\s+");
                if (w.length == 0 || w[0].equals("obj_info")) {
                    continue;
                }
                switch (w[0]) {
                    case "comment":
                        unit = UnitNote.unitIn(text, unit);
                        break;
                    case "format":
                        format = format(file, line, w);
                        break;
                    case "element":
                        properties = new ArrayList<>();
                        elements.add(element(file, line, w, properties));
                        break;
                    case "property":
                        if (properties == null) {
                            throw error(file, line, "a property before any element; expected "
                                    + "\"element NAME COUNT\" first");
                        }
                        Property p = property(file, line, w);
                        if (properties.stream().anyMatch(q -> q.name().equals(p.name()))) {
                            throw error(file, line, "property " + p.name() + " appears twice in element "
                                    + elements.get(elements.size() - 1).name());
                        }
                        properties.add(p);
                        break;
                    case "end_header":
                        if (format == null) {
                            throw error(file, line, "end_header before any format line; expected "
                                    + "\"format ascii 1.0\" or a binary format after \"ply\"");
                        }
                        return new PlyHeader(format, elements.stream().map(e -> new Element(e.name(), e.count(),
                                List.copyOf(e.properties()), e.line())).toList(), unit, offset, line + 1);
                    default:
                        throw error(file, line, "unknown header line \"" + shorten(text) + "\"; expected "
                                + "format, comment, obj_info, element, property or end_header");
                }
            }
        }
    }

    /** Reads up to a {@code \n} (dropped, as is a {@code \r} before it); false when the file ended first. */
    private static boolean readLine(InputStream in, ByteArrayOutputStream line) throws IOException {
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            line.write(c);
            if (line.size() > MAX_HEADER_BYTES) {
                return false;
            }
        }
        return c == '\n';
    }

    private static Format format(Path file, int line, String[] w) throws IOException {
        for (Format f : Format.values()) {
            if (w.length >= 2 && f.word.equals(w[1])) {
                return f;
            }
        }
        throw error(file, line, "unknown format \"" + (w.length < 2 ? "" : w[1]) + "\"; expected ascii, "
                + "binary_little_endian or binary_big_endian");
    }

    private static Element element(Path file, int line, String[] w, List<Property> properties)
            throws IOException {
        long count = w.length == 3 ? parseCount(w[2]) : -1;
        if (count < 0) {
            throw error(file, line, "expected \"element NAME COUNT\" with a whole COUNT >= 0, found \""
                    + String.join(" ", w) + "\"");
        }
        return new Element(w[1], count, properties, line);
    }

    private static long parseCount(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Property property(Path file, int line, String[] w) throws IOException {
        if (w.length == 5 && w[1].equals("list")) {
            PlyType count = type(file, line, w[2]);
            if (!count.isInteger()) {
                throw error(file, line, "list " + w[4] + " has count type " + w[2] + "; expected an integer "
                        + "type (uchar, int, ...)");
            }
            return new Property(w[4], type(file, line, w[3]), Optional.of(count));
        }
        if (w.length != 3 || w[1].equals("list")) {
            throw error(file, line, "expected \"property TYPE NAME\" or \"property list COUNT_TYPE ITEM_TYPE "
                    + "NAME\", found \"" + String.join(" ", w) + "\"");
        }
        return new Property(w[2], type(file, line, w[1]), Optional.empty());
    }

    private static PlyType type(Path file, int line, String name) throws IOException {
        return PlyType.named(name).orElseThrow(() -> error(file, line, "unknown property type \"" + name
                + "\"; expected char, uchar, short, ushort, int, uint, float, double or int8 ... float64"));
    }

    private static String shorten(String s) {
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 40 ? t.substring(0, 37) + "..." : t;
    }

    private static IOException error(Path file, int line, String message) {
        return new IOException(file + ": line " + line + ": " + message);
    }
}
