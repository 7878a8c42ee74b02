package io.github.stack3d.io.mesh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Mesh;
import io.github.stack3d.Python;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StlWriterTest {

    @TempDir
    Path dir;

    @Test
    void binaryFileHas84PlusFiftyBytesPerTriangleAndAReadableHeader() throws IOException {
        byte[] b = Files.readAllBytes(StlWriter.writeBinary(FormatSamples.cube(), dir.resolve("cube.stl")));
        assertEquals(84 + 50 * 12, b.length);
        String header = new String(b, 0, 80, StandardCharsets.UTF_8);
        assertEquals("stack3d: coordinates in \\u00b5m", header.strip(), "the note, then spaces up to 80 bytes");
        assertTrue(header.endsWith("    "));
        assertFalse(header.startsWith("solid"));
        assertEquals(12, ByteBuffer.wrap(b, 80, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
    }

    @Test
    void binaryFacetIsNormalCornersAndZeroAttribute() throws IOException {
        Mesh triangle = new Mesh(new float[] {0, 0, 0, 2, 0, 0, 0, 3, 0}, new int[] {0, 1, 2}, "mm");
        byte[] b = Files.readAllBytes(StlWriter.writeBinary(triangle, dir.resolve("t.stl")));
        assertEquals(134, b.length);
        ByteBuffer d = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        // (2,0,0) × (0,3,0) = (0,0,6): unit normal (0,0,1)
        float[] expected = {0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3, 0};
        for (int i = 0; i < 12; i++) {
            assertEquals(expected[i], d.getFloat(84 + 4 * i), "float " + i + " of the facet");
        }
        assertEquals(0, d.getShort(84 + 48));
        // 1.0f little-endian is 00 00 80 3F (IEEE 754 0x3F800000): the normal's z at byte 92
        assertArrayEquals(new byte[] {0, 0, (byte) 0x80, 0x3F}, java.util.Arrays.copyOfRange(b, 92, 96));
    }

    @Test
    void degenerateTriangleGetsAZeroNormal() throws IOException {
        Mesh flat = new Mesh(new float[] {0, 0, 0, 1, 1, 1, 2, 2, 2}, new int[] {0, 1, 2}, "px");
        ByteBuffer d = ByteBuffer.wrap(Files.readAllBytes(StlWriter.writeBinary(flat, dir.resolve("f.stl"))))
                .order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0f, d.getFloat(84));
        assertEquals(0f, d.getFloat(88));
        assertEquals(0f, d.getFloat(92));
    }

    @Test
    void asciiFileIsTheClassicLayout() throws IOException {
        Mesh triangle = new Mesh(new float[] {0, 0, 0, 2, 0, 0, 0, 3, 0.5f}, new int[] {0, 1, 2}, "mm");
        String text = Files.readString(StlWriter.writeAscii(triangle, dir.resolve("t.stl")));
        // normal: (2,0,0) × (0,3,0.5) = (0,-1,6) / √37; numpy prints float32 of these as -0.16439898 0.9863939
        assertEquals("solid stack3d: coordinates in mm\n"
                + "  facet normal 0 -0.16439898 0.9863939\n"
                + "    outer loop\n"
                + "      vertex 0 0 0\n"
                + "      vertex 2 0 0\n"
                + "      vertex 0 3 0.5\n"
                + "    endloop\n"
                + "  endfacet\n"
                + "endsolid stack3d: coordinates in mm\n", text);
    }

    @Test
    void aMeshWithoutTrianglesOrAMissingFolderWritesNothing() {
        Path target = dir.resolve("none.stl");
        Mesh points = new Mesh(new float[] {1, 2, 3}, new int[0], "px");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StlWriter.writeBinary(points, target));
        assertTrue(e.getMessage().contains("none.stl") && e.getMessage().contains("no triangles"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> StlWriter.writeAscii(points, target));
        assertTrue(Files.notExists(target));
        Path nowhere = dir.resolve("missing/cube.stl");
        assertThrows(IOException.class, () -> StlWriter.writeBinary(FormatSamples.cube(), nowhere));
        assertThrows(IOException.class, () -> StlWriter.writeAscii(FormatSamples.cube(), nowhere));
        assertTrue(Files.notExists(nowhere));
    }

    @Test
    void vtkReadsBothFormsWithTheSameGeometry() throws IOException {
        Python.requireModules("vtk");
        for (Path file : new Path[] {StlWriter.writeBinary(FormatSamples.cube(), dir.resolve("b.stl")),
            StlWriter.writeAscii(FormatSamples.cube(), dir.resolve("a.stl"))}) {
            // vtkSTLReader merges coincident points by default: the cube's 8 corners, 12 triangles.
            Python.Result r = Python.run(List.of("-c", "import vtk, sys\nr = vtk.vtkSTLReader()\n"
                    + "r.SetFileName(sys.argv[1])\nr.Update()\no = r.GetOutput()\n"
                    + "print(o.GetNumberOfPoints(), o.GetNumberOfPolys(), [round(b, 4) for b in o.GetBounds()])",
                    file.toString()), null);
            assertEquals(0, r.exitCode(), r.output());
            assertEquals("8 12 [0.0, 0.5, 0.0, 0.5, 0.0, 2.0]", r.output().strip(), file.toString());
        }
    }

    @Test
    void longUnitsAreCutToFitTheHeader() {
        byte[] h = StlWriter.header("µ".repeat(60));
        assertEquals(80, h.length);
        String text = new String(h, StandardCharsets.US_ASCII);
        assertTrue(text.chars().allMatch(c -> c < 0x80), "ASCII");
        assertTrue(text.strip().matches("stack3d: coordinates in (\\\\u00b5)+"), "cut between escapes: " + text);
    }
}
