package io.github.stack3d.io.mesh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Mesh;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObjReaderTest {

    @TempDir
    Path dir;

    @Test
    void roundTripIsBitExactWithNormalsAndWithout() throws IOException {
        Mesh cube = FormatSamples.cube();
        Mesh back = ObjReader.read(ObjWriter.write(cube, dir.resolve("c.obj")));
        assertArrayEquals(cube.vertices(), back.vertices());
        assertArrayEquals(cube.triangles(), back.triangles());
        assertArrayEquals(cube.normals(), back.normals());
        assertFalse(back.hasColors(), "OBJ has no standard vertex colors");
        assertEquals("µm", back.unit());

        Mesh random = new Mesh(FormatSamples.randomCloud(2000, 9).xyz(), new int[] {0, 1, 2, 1999, 5, 7}, "mm");
        Mesh again = ObjReader.read(ObjWriter.write(random, dir.resolve("r.obj")));
        assertArrayEquals(random.vertices(), again.vertices());
        assertArrayEquals(random.triangles(), again.triangles());
        assertFalse(again.hasNormals());
    }

    @Test
    void readsEveryCornerFormRelativeIndicesAndPolygons() throws IOException {
        Path file = Files.writeString(dir.resolve("forms.obj"), "# made by hand\r\nmtllib x.mtl\r\no thing\r\n"
                + "v 0 0 0\r\nv 1 0 0 1.0\r\nv 1 1 0\nv 0 1 0 0.5 0.5 0.5\n\nvt 0 0\nvt 1 1\n"
                + "vn 0 0 1\nvn 0 0 -1\ng side\nusemtl red\ns off\n"
                + "f 1 2 3\n"
                + "f 1/1 3/2 4/1\n"
                + "f 4//2 3//2 2//2 1//2\n"
                + "f -4/1/1 -3/2/1 -2/1/1\n"
                + "l 1 2\n");
        Mesh m = ObjReader.read(file);
        assertArrayEquals(new float[] {0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0}, m.vertices());
        assertArrayEquals(new int[] {0, 1, 2, 0, 2, 3, 3, 2, 1, 3, 1, 0, 0, 1, 2}, m.triangles(),
                "the quad 4 3 2 1 is the fan (4,3,2), (4,2,1); -4 is vertex 1 of 4");
        // Each vertex keeps the normal of its first corner naming one: all from the quad, normal 2 = (0,0,-1).
        assertArrayEquals(new float[] {0, 0, -1, 0, 0, -1, 0, 0, -1, 0, 0, -1}, m.normals());
        assertEquals("px", m.unit());
    }

    @Test
    void malformedFilesNameTheLine() throws IOException {
        fails("v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 4\n", "bad.obj: line 4: the face refers to vertex 4, but 3 "
                + "vertices are defined above it");
        fails("v 0 0 0\nv 1 0 0\nv 0 1 0\nf -1 -2 -4\n", "bad.obj: line 4: the face refers to vertex -4");
        fails("v 0 0 0\nv 1 0 0\nv 0 1 0\nf 0 1 2\n", "bad.obj: line 4: the face refers to vertex 0");
        fails("v 0 0 0\nv 1 zero 0\n", "bad.obj: line 2: expected a number (y), found \"zero\"");
        fails("v 0 0\nv 1 0 0\n", "bad.obj: line 1: the line ends; expected a number (z)");
        fails("v 0 0 0\nv 1 0 0\nf 1 2\n", "bad.obj: line 3: a face with 2 vertices; expected at least 3");
        fails("v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1/1/1/1 2 3\n", "bad.obj: line 4: expected a face corner like 3, "
                + "3/1, 3//2 or 3/1/2, found \"1/1/1/1\"");
    }

    private void fails(String content, String... fragments) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.obj"), content);
        IOException e = assertThrows(IOException.class, () -> ObjReader.read(file));
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), "message \"" + e.getMessage() + "\" lacks \"" + f + "\"");
        }
    }
}
