package io.github.stack3d.io.mesh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Mesh;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StlReaderTest {

    @TempDir
    Path dir;

    @Test
    void binaryAndAsciiRoundTripsRestoreTheSharedVertices() throws IOException {
        Mesh cube = FormatSamples.cube();
        for (Path file : new Path[] {StlWriter.writeBinary(cube, dir.resolve("b.stl")),
            StlWriter.writeAscii(cube, dir.resolve("a.stl"))}) {
            Mesh back = StlReader.read(file);
            assertEquals(8, back.vertexCount(), file + ": the 36 corners are 8 distinct points");
            assertEquals(12, back.triangleCount());
            assertEquals("µm", back.unit());
            // Vertices are numbered in order of first appearance; compare each triangle's corners bit for bit.
            for (int i = 0; i < 36; i++) {
                for (int a = 0; a < 3; a++) {
                    assertEquals(cube.vertices()[3 * cube.triangles()[i] + a],
                            back.vertices()[3 * back.triangles()[i] + a], file + " corner " + i);
                }
            }
            // Triangle 0 is (0, 2, 1): its corners are the first three distinct points, in that order.
            assertArrayEquals(new int[] {0, 1, 2}, Arrays.copyOf(back.triangles(), 3));
        }
    }

    @Test
    void onlyBitIdenticalCornersAreMerged() throws IOException {
        // Two triangles sharing an edge, one corner given as -0.0 instead of 0.0: 4 + 1 distinct points.
        Mesh m = new Mesh(new float[] {0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 0, -0f, 0, 0},
                new int[] {0, 1, 2, 1, 3, 2, 4, 1, 3}, "px");
        Mesh back = StlReader.read(StlWriter.writeBinary(m, dir.resolve("m.stl")));
        assertEquals(5, back.vertexCount());
        assertArrayEquals(new int[] {0, 1, 2, 1, 3, 2, 4, 1, 3}, back.triangles());
    }

    @Test
    void aBinaryFileWhoseHeaderSaysSolidIsStillBinary() throws IOException {
        byte[] b = Files.readAllBytes(StlWriter.writeBinary(FormatSamples.cube(), dir.resolve("c.stl")));
        byte[] solid = "solid exported by some CAD program".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(solid, 0, b, 0, solid.length);
        Path file = Files.write(dir.resolve("solid.stl"), b);
        Mesh back = StlReader.read(file);
        assertEquals(8, back.vertexCount());
        assertEquals(12, back.triangleCount());
        assertEquals("px", back.unit(), "no stack3d note in that header");
    }

    @Test
    void readsAForeignAsciiFileWithAQuadAndTwoSolids() throws IOException {
        Path file = Files.writeString(dir.resolve("quad.stl"), "solid quad\r\n"
                + "facet normal 0.000000e+00 0.000000e+00 1.000000e+00\r\n outer loop\r\n"
                + "  vertex 0.000000e+00 0.000000e+00 0.000000e+00\r\n  vertex 1.000000e+00 0.000000e+00 0\r\n"
                + "  vertex 1 1 0\r\n  vertex 0 1 0\r\n endloop\r\nendfacet\r\nendsolid quad\r\n"
                + "solid second\nfacet normal 0 0 1\nouter loop\nvertex 0 0 0\nvertex 1 1 0\nvertex 5 5 5\n"
                + "endloop\nendfacet\nendsolid\n");
        Mesh m = StlReader.read(file);
        assertArrayEquals(new float[] {0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0, 5, 5, 5}, m.vertices());
        assertArrayEquals(new int[] {0, 1, 2, 0, 2, 3, 0, 2, 4}, m.triangles());
    }

    @Test
    void truncatedOrForeignFilesNameTheByteOrLine() throws IOException {
        byte[] b = Files.readAllBytes(StlWriter.writeBinary(FormatSamples.cube(), dir.resolve("c.stl")));
        fails(Arrays.copyOf(b, b.length - 7), "bad.stl: byte " + (b.length - 7) + ": the header declares 12 facets "
                + "(84 + 50·12 = 684 bytes) but the file has 677 bytes: truncated in facet 11");
        byte[] solid = Arrays.copyOf(b, 300);
        System.arraycopy("solid x".getBytes(StandardCharsets.US_ASCII), 0, solid, 0, 7);
        fails(solid, "bad.stl: byte 300: the header declares 12 facets", "binary bytes after \"solid\"");
        fails("ply\n".getBytes(StandardCharsets.US_ASCII), "bad.stl: byte 4: the file ends; a binary STL has at "
                + "least 84 bytes");

        String ascii = new String(Files.readAllBytes(StlWriter.writeAscii(FormatSamples.cube(),
                dir.resolve("a.stl"))), StandardCharsets.UTF_8);
        String cut = ascii.substring(0, ascii.indexOf("endloop", 200));
        long lines = cut.chars().filter(c -> c == '\n').count();
        fails(cut.getBytes(StandardCharsets.UTF_8), "bad.stl: line " + (lines + 1) + ": the file ends in facet 1; "
                + "expected \"vertex\" or \"endloop\"");
        fails("solid x\nfacet normal 0 0 1\nouter loop\nvertex 0 zero 0\n".getBytes(StandardCharsets.US_ASCII),
                "bad.stl: line 4: expected a number (vertex coordinate), found \"zero\"");
        fails("solid x\nfacet normal 0 0 1\nouter loop\nvertex 0 0 0\nvertex 1 0 0\nendloop\nendfacet\nendsolid\n"
                .getBytes(StandardCharsets.US_ASCII), "bad.stl: line 6: facet 0 has 2 vertices; expected 3");
        fails("solid x\nfacet normal 0 0 1\nouter lop\n".getBytes(StandardCharsets.US_ASCII),
                "bad.stl: line 3: expected \"loop\", found \"lop\"");
    }

    private void fails(byte[] content, String... fragments) throws IOException {
        Path file = Files.write(dir.resolve("bad.stl"), content);
        IOException e = assertThrows(IOException.class, () -> StlReader.read(file));
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), "message \"" + e.getMessage() + "\" lacks \"" + f + "\"");
        }
    }

    @Test
    void theFacetCountIsUnsigned() throws IOException {
        byte[] b = new byte[134];
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(80, -1);
        fails(b, "bad.stl: byte 134: the header declares 4294967295 facets");
    }
}
