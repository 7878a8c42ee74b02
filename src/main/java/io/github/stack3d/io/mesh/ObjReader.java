package io.github.stack3d.io.mesh;

import io.github.stack3d.Mesh;
import io.github.stack3d.io.InputFile;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a Wavefront OBJ file into a {@link Mesh}: {@code v x y z} (a 4th coordinate or colors after it are
 * ignored), {@code vn x y z}, and {@code f} with corners written {@code a}, {@code a/t}, {@code a//n} or
 * {@code a/t/n}, 1-based or negative (relative: {@code -1} is the latest vertex); polygons become triangle fans.
 * Comments ({@code #}) and other statements ({@code vt}, {@code o}, {@code g}, {@code usemtl}, {@code l}, ...)
 * are skipped. Each vertex takes the normal of its first face corner that names one; the mesh has normals when
 * every vertex got one (or, when no face names normals, when there are as many normals as vertices). The unit
 * comes from a stack3d comment ({@code # stack3d: coordinates in µm}), else {@code px}. Faces must refer to
 * vertices defined above them; errors name the file and the line.
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

    private ObjReader(TextScanner in) {
        this.in = in;
    }

    /**
     * Reads an OBJ file: {@code Mesh m = ObjReader.read(Path.of("mesh.obj"))}.
     *
     * @param file a Wavefront OBJ file
     * @return its vertices, triangles and (when every vertex has one) normals
     * @throws IOException naming the file and the line when it is malformed or cannot be read
     */
    public static Mesh read(Path file) throws IOException {
        try (TextScanner in = new TextScanner(InputFile.require(file, "an OBJ file"), 0, 1)) {
            return new ObjReader(in).read();
        }
    }

    private Mesh read() throws IOException {
        while (in.next()) {
            if (in.is("v")) {
                vertices.add(number("x"), number("y"), number("z"));
                normalOf.add(-1);
            } else if (in.is("vn")) {
                normals.add(number("normal x"), number("normal y"), number("normal z"));
            } else if (in.is("f")) {
                face();
            } else if (in.at(0) == '#' && !noted) {
                String comment = in.token().substring(1) + " " + in.restOfLine();
                unit = UnitNote.unitIn(comment, unit);
                noted = comment.contains("stack3d");
            }
            in.nextLine();
        }
        if (vertices.size() == 0) {
            throw in.error("no vertices (no \"v\" lines); expected an OBJ mesh");
        }
        return new Mesh(vertices.toArray(), triangles.toArray(), vertexNormals(), null, unit);
    }

    private float number(String what) throws IOException {
        if (!in.nextOnLine()) {
            throw in.error("the line ends; expected a number (" + what + ")");
        }
        return in.floatValue(what);
    }

    private void face() throws IOException {
        int corners = 0;
        int first = 0;
        int previous = 0;
        while (in.nextOnLine()) {
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
        if (slash2 < length) {
            int n = resolve(in.integer(slash2 + 1, length), normals.size() / 3, "normal", "normals");
            facesNameNormals = true;
            if (normalOf.get(v) < 0) {
                normalOf.set(v, n);
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
