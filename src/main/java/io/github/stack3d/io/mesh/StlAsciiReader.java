package io.github.stack3d.io.mesh;

import io.github.stack3d.Mesh;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads an ASCII STL: {@code solid NAME}, then per facet {@code facet normal nx ny nz}, {@code outer loop},
 * three (or more) {@code vertex x y z}, {@code endloop}, {@code endfacet}, and finally {@code endsolid [NAME]};
 * several solids may follow each other. Keywords are matched exactly (lower case), numbers as Java and C read
 * them. Corners are merged as in {@link StlReader}.
 */
final class StlAsciiReader {

    private final TextScanner in;
    private final VertexIndex vertices = new VertexIndex(1 << 12);
    private final IntList triangles = new IntList(1 << 12);
    private int facets;

    private StlAsciiReader(TextScanner in) {
        this.in = in;
    }

    /** Reads {@code file}, which starts with {@code solid}. */
    static Mesh read(Path file) throws IOException {
        try (TextScanner in = new TextScanner(file, 0, 1)) {
            StlAsciiReader reader = new StlAsciiReader(in);
            String unit = reader.solids();
            return new Mesh(reader.vertices.vertices(), reader.triangles.toArray(), unit);
        }
    }

    /** Reads all solids; returns the unit named in the first solid's name. */
    private String solids() throws IOException {
        String unit = null;
        while (in.next()) {
            expect("solid", "\"solid\" or the end of the file");
            String name = in.restOfLine();
            unit = unit == null ? UnitNote.unitIn(name, UnitNote.NO_UNIT) : unit;
            while (true) {
                next("\"facet\" or \"endsolid\"");
                if (in.is("endsolid")) {
                    in.nextLine();
                    break;
                }
                expect("facet", "\"facet\" or \"endsolid\"");
                facet();
            }
        }
        return unit == null ? UnitNote.NO_UNIT : unit;
    }

    private void facet() throws IOException {
        next("\"normal\"");
        expect("normal", "\"normal\"");
        for (int i = 0; i < 3; i++) {
            next("a number (facet normal)");
            in.floatValue("facet normal");
        }
        next("\"outer\"");
        expect("outer", "\"outer\"");
        next("\"loop\"");
        expect("loop", "\"loop\"");
        int corners = 0;
        int first = 0;
        int previous = 0;
        while (true) {
            next("\"vertex\" or \"endloop\"");
            if (in.is("endloop")) {
                break;
            }
            expect("vertex", "\"vertex\" or \"endloop\"");
            float x = coordinate();
            float y = coordinate();
            float z = coordinate();
            int v = vertices.indexOf(x, y, z);
            if (corners == 0) {
                first = v;
            } else if (corners >= 2) {
                triangles.add(first, previous, v);
            }
            previous = v;
            corners++;
        }
        if (corners < 3) {
            throw in.error("facet " + facets + " has " + corners + " vertices; expected 3");
        }
        next("\"endfacet\"");
        expect("endfacet", "\"endfacet\"");
        facets++;
    }

    private float coordinate() throws IOException {
        next("a number (vertex coordinate)");
        return in.floatValue("vertex coordinate");
    }

    private void next(String expected) throws IOException {
        if (!in.next()) {
            throw in.error("the file ends in facet " + facets + "; expected " + expected);
        }
    }

    private void expect(String word, String expected) throws IOException {
        if (!in.is(word)) {
            throw in.error("expected " + expected + ", found \"" + in.token() + "\"");
        }
    }
}
