package io.github.stack3d.io.mesh;

import io.github.stack3d.Memory;
import io.github.stack3d.Mesh;
import io.github.stack3d.io.InputFile;
import io.github.stack3d.io.mesh.PlyHeader.Element;
import io.github.stack3d.io.mesh.PlyHeader.Property;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads PLY files (ASCII, binary little-endian, binary big-endian) into a {@link Mesh}.
 *
 * <p>From element {@code vertex}: {@code x y z} (required), {@code nx ny nz} and {@code red green blue} when all
 * three are present ({@code alpha} and other properties are skipped), each of any scalar type. Integer colors
 * above 8 bits are scaled (16-bit: divided by 257) or clamped to 0..255; float colors are taken as 0..1. From
 * element {@code face}: the list {@code vertex_indices} (or {@code vertex_index}) with any integer count and index
 * types; polygons become triangle fans {@code (v0, v[i], v[i+1])}, lists of fewer than three indices add
 * nothing. Other elements and properties, lists included, are skipped. A file without faces gives a mesh with
 * no triangles. The unit comes from a stack3d comment ({@code comment stack3d: coordinates in µm}), else
 * {@code px}.
 *
 * <p>Malformed files raise an {@link IOException} naming the file, the line (header, ASCII data) or byte offset
 * (binary data), and what was expected.
 */
public final class PlyReader {

    private static final int X = 0;
    private static final int NX = 3;
    private static final int RED = 6;
    private static final List<String> ROLES = List.of("x", "y", "z", "nx", "ny", "nz", "red", "green", "blue");
    private static final long MAX_VERTICES = (Integer.MAX_VALUE - 8) / 3;

    private final Path file;
    private final PlyHeader header;
    private Element element;
    private long record;
    private Property property;

    private PlyReader(Path file, PlyHeader header) {
        this.file = file;
        this.header = header;
    }

    /**
     * Reads a PLY file: {@code Mesh m = PlyReader.read(Path.of("mesh.ply"))}.
     *
     * @param file an ASCII or binary PLY file
     * @return its vertices (with normals and colors when present) and triangles
     * @throws IOException naming the file and the line or byte offset when it is malformed or cannot be read
     */
    public static Mesh read(Path file) throws IOException {
        return new PlyReader(file, PlyHeader.read(InputFile.require(file, "a PLY file"))).read();
    }

    private Mesh read() throws IOException {
        Element vertex = single("vertex").orElseThrow(() -> new IOException(file + ": the header has no element "
                + "vertex; expected one with properties x, y and z"));
        Optional<Element> face = single("face");
        if (vertex.count() > MAX_VERTICES) {
            throw new IOException(file + ": line " + vertex.line() + ": " + vertex.count() + " vertices; at most "
                    + MAX_VERTICES + " fit in one mesh");
        }
        int[] roles = roles(vertex);
        int indices = face.isPresent() ? indexProperty(face.get()) : -1;
        checkSize();
        int n = (int) vertex.count();
        boolean normals = hasAll(roles, NX);
        boolean colors = hasAll(roles, RED);
        Memory.require(12L * n * (normals ? 2 : 1) + (colors ? 3L * n : 0), file + ": " + n + " PLY vertices");
        float[] xyz = new float[3 * n];
        float[] nxyz = normals ? new float[3 * n] : null;
        byte[] rgb = colors ? new byte[3 * n] : null;
        IntList triangles = new IntList((int) Math.min(3 * face.map(Element::count).orElse(0L), 1 << 24));
        try (PlyValues in = PlyValues.open(file, header)) {
            for (Element e : header.elements()) {
                element = e;
                if (e == vertex) {
                    readVertices(in, roles, xyz, nxyz, rgb);
                } else if (face.isPresent() && e == face.get()) {
                    readFaces(in, indices, n, triangles);
                } else {
                    skipElement(in);
                }
            }
        } catch (IOException e) {
            if (element == null) {
                throw e;
            }
            throw new IOException(e.getMessage() + " (" + element.name() + " " + record + " of " + element.count()
                    + (property == null ? "" : ", property " + property.name()) + ")", e);
        }
        return new Mesh(xyz, triangles.toArray(), nxyz, rgb, header.unit());
    }

    private void readVertices(PlyValues in, int[] roles, float[] xyz, float[] normals, byte[] colors)
            throws IOException {
        List<Property> props = element.properties();
        for (record = 0; record < element.count(); record++) {
            int base = 3 * (int) record;
            for (int p = 0; p < roles.length; p++) {
                property = props.get(p);
                int role = roles[p];
                if (property.isList()) {
                    skipList(in);
                } else if (role < NX) {
                    xyz[base + role] = (float) in.scalar(property.type());
                } else if (role < RED) {
                    double v = in.scalar(property.type());
                    if (normals != null) {
                        normals[base + role - NX] = (float) v;
                    }
                } else if (role < ROLES.size()) {
                    double v = in.scalar(property.type());
                    if (colors != null) {
                        colors[base + role - RED] = color(v, property.type());
                    }
                } else {
                    in.skip(1, property.type().size);
                }
            }
        }
        property = null;
    }

    private void readFaces(PlyValues in, int indices, int vertexCount, IntList triangles) throws IOException {
        List<Property> props = element.properties();
        for (record = 0; record < element.count(); record++) {
            for (int p = 0; p < props.size(); p++) {
                property = props.get(p);
                if (p != indices) {
                    skipValue(in);
                    continue;
                }
                long count = in.integer(property.countType().orElseThrow());
                if (count < 0) {
                    throw new IOException(file + ": " + in.where() + ": a list of " + count + " indices");
                }
                int first = 0;
                int previous = 0;
                for (long i = 0; i < count; i++) {
                    long v = in.integer(property.type());
                    if (v < 0 || v >= vertexCount) {
                        throw new IOException(file + ": " + in.where() + ": vertex index " + v
                                + " out of range; the file has vertices 0.." + (vertexCount - 1));
                    }
                    if (i == 0) {
                        first = (int) v;
                    } else if (i >= 2) {
                        triangles.add(first, previous, (int) v);
                    }
                    previous = (int) v;
                }
            }
        }
        property = null;
    }

    private void skipElement(PlyValues in) throws IOException {
        record = 0;
        property = null;
        if (element.fixedSize()) {
            long size = element.properties().size();
            in.skip(element.count() * size, element.count() * element.minimumBytes());
            record = element.count();
            return;
        }
        for (record = 0; record < element.count(); record++) {
            for (Property p : element.properties()) {
                property = p;
                skipValue(in);
            }
        }
        property = null;
    }

    private void skipValue(PlyValues in) throws IOException {
        if (property.isList()) {
            skipList(in);
        } else {
            in.skip(1, property.type().size);
        }
    }

    private void skipList(PlyValues in) throws IOException {
        long count = in.integer(property.countType().orElseThrow());
        if (count < 0) {
            throw new IOException(file + ": " + in.where() + ": a list of " + count + " values");
        }
        in.skip(count, count * property.type().size);
    }

    /** An 8-bit color channel from a value of {@code type}. */
    private static byte color(double v, PlyType type) {
        double c;
        if (!type.isInteger()) {
            c = Math.rint(v * 255);
        } else if (type.size == 2) {
            c = Math.rint((type == PlyType.SHORT ? Math.max(0, v) : v) / 257);
        } else {
            c = v;
        }
        return (byte) (int) Math.max(0, Math.min(255, c));
    }

    /** The role of each vertex property: an index into {@link #ROLES}, or {@code ROLES.size()} for none. */
    private int[] roles(Element vertex) throws IOException {
        List<Property> props = vertex.properties();
        int[] roles = new int[props.size()];
        for (int p = 0; p < roles.length; p++) {
            int role = ROLES.indexOf(props.get(p).name());
            roles[p] = role < 0 || props.get(p).isList() ? ROLES.size() : role;
        }
        for (int a = X; a < NX; a++) {
            if (!contains(roles, a)) {
                throw new IOException(file + ": line " + vertex.line() + ": element vertex has no scalar property "
                        + ROLES.get(a) + "; expected x, y and z");
            }
        }
        return roles;
    }

    private static boolean hasAll(int[] roles, int from) {
        return contains(roles, from) && contains(roles, from + 1) && contains(roles, from + 2);
    }

    private static boolean contains(int[] roles, int role) {
        for (int r : roles) {
            if (r == role) {
                return true;
            }
        }
        return false;
    }

    private int indexProperty(Element face) throws IOException {
        int p = face.indexOf("vertex_indices");
        p = p < 0 ? face.indexOf("vertex_index") : p;
        if (p < 0 || !face.properties().get(p).isList() || !face.properties().get(p).type().isInteger()) {
            throw new IOException(file + ": line " + face.line() + ": element face has no list property "
                    + "vertex_indices (or vertex_index) of an integer type; expected e.g. "
                    + "\"property list uchar int vertex_indices\"");
        }
        return p;
    }

    /** The element called {@code name}, if there is one. */
    private Optional<Element> single(String name) throws IOException {
        List<Element> found = header.elements().stream().filter(e -> e.name().equals(name)).toList();
        if (found.size() > 1) {
            throw new IOException(file + ": line " + found.get(1).line() + ": a second element " + name
                    + "; expected one");
        }
        return found.stream().findFirst();
    }

    /**
     * Rejects a header that declares more data than the file holds, before anything is allocated for it:
     * binary records take at least their scalars' bytes, ASCII values at least two bytes with their separator.
     */
    private void checkSize() throws IOException {
        long size = Files.size(file);
        long available = size - header.dataOffset();
        boolean ascii = header.format() == PlyHeader.Format.ASCII;
        long needed = 0;
        for (Element e : header.elements()) {
            long each = ascii ? 2L * e.properties().size() : e.minimumBytes();
            long bytes = e.count() == 0 ? 0 : e.count() > Long.MAX_VALUE / 4 / Math.max(1, each) ? Long.MAX_VALUE / 4
                    : e.count() * each - (ascii ? 1 : 0);
            needed = Math.min(Long.MAX_VALUE / 2, needed + bytes);
            if (needed > available) {
                String where = ascii ? "line " + e.line() : "byte " + size;
                throw new IOException(file + ": " + where + ": the file is too short: element " + e.name() + " ("
                        + e.count() + " records) and those before it need at least " + needed + " bytes of "
                        + "data, but " + Math.max(0, available) + " bytes follow the header (truncated?)");
            }
        }
    }
}
