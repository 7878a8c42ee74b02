package io.github.stack3d.io.mesh;

import io.github.stack3d.Mesh;
import io.github.stack3d.io.InputFile;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a Wavefront OBJ file into a {@link Mesh}: {@code v x y z} (a 4th coordinate or colors after it are
 * ignored), {@code vn x y z}, and {@code f} with corners written {@code a}, {@code a/t}, {@code a//n} or
 * {@code a/t/n} (also {@code a//} and {@code a/t/}, an empty normal), 1-based or negative (relative: {@code -1}
 * is the latest vertex); polygons become triangle fans. A {@code \} ending a line continues the statement on the
 * next one. Comments ({@code #}) and other statements ({@code vt}, {@code o}, {@code g}, {@code usemtl},
 * {@code l}, ...) are skipped. Each vertex takes the normal of its first face corner that names one; a normal
 * or texture coordinate that the file does not define is ignored, as Open3D does; the mesh has normals when
 * every vertex got one (or, when no face names normals, when there are as many normals as vertices). The unit
 * comes from a stack3d comment ({@code # stack3d: coordinates in µm}), else {@code px}. Faces must refer to
 * vertices defined above them; errors name the file and the line. A file without vertices is an empty mesh; a
 * 0-byte file is an error (the rule of every mesh reader).
 */
public final class ObjReader {

    private final TextScanner in;
    private final FloatList vertices = new FloatList(1 << 12);
    private final FloatList normals = new FloatList(1 << 12);
    private final IntList normalOf = new IntList(1 << 10);
    private final IntList triangles = new IntList(1 << 12);
    private boolean facesNameNormals;
    private String unit = UnitNote.NO_UNIT;
    private boolean noted;
    /** The token just read ended in {@code \}: the statement goes on on the next line. */
    private boolean joinNext;

    private ObjReader(TextScanner in) {
        this.in = in;
    }

    /**
     * Reads an OBJ file: {@code Mesh m = ObjReader.read(Path.of("mesh.obj"))}.
     *
     * @param file a Wavefront OBJ file
     * @return its vertices, triangles and (when every vertex has one) normals; no vertices for a file without
     *         {@code v} statements
     * @throws IOException naming the file and the line when it is malformed, empty (0 bytes), a folder or missing
     */
    public static Mesh read(Path file) throws IOException {
        try (TextScanner in = new TextScanner(InputFile.require(file, "an OBJ file"), 0, 1)) {
            return new ObjReader(in).read();
        }
    }

    private Mesh read() throws IOException {
        while (in.next()) {
            if (in.at(0) == '#') {
                if (!noted) {
                    String comment = in.token().substring(1) + " " + in.restOfLine();
                    unit = UnitNote.unitIn(comment, unit);
                    noted = comment.contains("stack3d");
                }
                in.nextLine();
                continue;
            }
            if (in.is("v")) {
                vertices.add(number("x"), number("y"), number("z"));
                normalOf.add(-1);
            } else if (in.is("vn")) {
                normals.add(number("normal x"), number("normal y"), number("normal z"));
            } else if (in.is("f")) {
                face();
            }
            while (nextOnLine()) {
                // the rest of the statement (a 4th coordinate, colors, another statement's values), continued
                // lines included
            }
            in.nextLine();
        }
        if (!in.anyByte()) {
            throw InputFile.empty(in.file(), "an OBJ file");
        }
        return new Mesh(vertices.toArray(), triangles.toArray(), vertexNormals(), null, unit);
    }

    /**
     * The next token of the current statement, which a {@code \} at the end of a line continues on the next
     * line (the format's line continuation, standing alone or ending a token: {@code 3\}); false at its end.
     */
    private boolean nextOnLine() throws IOException {
        if (joinNext) {
            joinNext = false;
            if (in.nextOnLine()) {
                throw in.error("a \\ that does not end the line, before \"" + in.token()
                        + "\"; expected \\ only as the last character of a line (line continuation)");
            }
            in.nextLine();
        }
        while (in.nextOnLine()) {
            if (in.length() > 0 && in.at(in.length() - 1) == '\\') {
                joinNext = true;
                if (in.length() == 1) {
                    return nextOnLine();
                }
                in.dropLastByte();
            }
            return true;
        }
        return false;
    }

    private float number(String what) throws IOException {
        if (!nextOnLine()) {
            throw in.error("the line ends; expected a number (" + what + ")");
        }
        return in.floatValue(what);
    }

    private void face() throws IOException {
        int corners = 0;
        int first = 0;
        int previous = 0;
        while (nextOnLine()) {
            int v = corner();
            if (corners == 0) {
                first = v;
            } else if (corners >= 2) {
                triangles.add(first, previous, v);
            }
            previous = v;
            corners++;
        }
        if (corners < 3) {
            throw in.error("a face with " + corners + " vertices; expected at least 3");
        }
    }

    /** Reads one corner ({@code a}, {@code a/t}, {@code a//n}, {@code a/t/n}) and returns its vertex, 0-based. */
    private int corner() throws IOException {
        int length = in.length();
        int slash1 = length;
        int slash2 = length;
        for (int i = 0; i < length; i++) {
            if (in.at(i) == '/') {
                if (slash1 == length) {
                    slash1 = i;
                } else if (slash2 == length) {
                    slash2 = i;
                } else {
                    throw badCorner();
                }
            }
        }
        int v = resolve(in.integer(0, slash1), vertices.size() / 3, "vertex", "vertices");
        if (slash2 < length - 1) {
            long ref = in.integer(slash2 + 1, length);
            if (ref == Long.MIN_VALUE) {
                throw badCorner();
            }
            int count = normals.size() / 3;
            long n = ref > 0 ? ref - 1 : count + ref;
            // a normal the file does not define is ignored, as Open3D does: the vertex is still well defined
            if (ref != 0 && n >= 0 && n < count) {
                facesNameNormals = true;
                if (normalOf.get(v) < 0) {
                    normalOf.set(v, (int) n);
                }
            }
        }
        return v;
    }

    /** The 0-based index of OBJ reference {@code ref} (1-based, or negative: relative) among {@code count}. */
    private int resolve(long ref, int count, String what, String plural) throws IOException {
        if (ref == Long.MIN_VALUE) {
            throw badCorner();
        }
        long index = ref > 0 ? ref - 1 : count + ref;
        if (ref == 0 || index < 0 || index >= count) {
            throw in.error("the face refers to " + what + " " + ref + ", but " + count + " "
                    + (count == 1 ? what + " is" : plural + " are") + " defined above it (1.." + count + ", or -1..-"
                    + count + " counting back)");
        }
        return (int) index;
    }

    private IOException badCorner() {
        return in.error("expected a face corner like 3, 3/1, 3//2 or 3/1/2, found \"" + in.token() + "\"");
    }

    /** Per-vertex normals by the rules in the class comment, or null when the mesh has none. */
    private float[] vertexNormals() {
        int n = vertices.size() / 3;
        if (!facesNameNormals) {
            return normals.size() == vertices.size() && n > 0 ? normals.toArray() : null;
        }
        float[] result = new float[3 * n];
        for (int i = 0; i < n; i++) {
            int k = normalOf.get(i);
            if (k < 0) {
                return null;
            }
            result[3 * i] = normals.get(3 * k);
            result[3 * i + 1] = normals.get(3 * k + 1);
            result[3 * i + 2] = normals.get(3 * k + 2);
        }
        return result;
    }
}
