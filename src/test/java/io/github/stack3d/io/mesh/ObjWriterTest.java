package io.github.stack3d.io.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Mesh;
import io.github.stack3d.Python;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObjWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesVerticesNormalsAndOneBasedFaces() throws IOException {
        Mesh m = new Mesh(new float[] {0, 0, 0, 1.5f, 0, 0, 0, 0.1f, -2}, new int[] {0, 2, 1},
                new float[] {0, 0, -1, 0.6f, 0.8f, 0, 0, 1, 0}, null, "mm");
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRANCE);
            ObjWriter.write(m, dir.resolve("t.obj"));
        } finally {
            Locale.setDefault(previous);
        }
        assertEquals("# stack3d: coordinates in mm\n# 3 vertices, 1 triangles\n"
                + "v 0 0 0\nv 1.5 0 0\nv 0 0.1 -2\n"
                + "vn 0 0 -1\nvn 0.6 0.8 0\nvn 0 1 0\n"
                + "f 1//1 3//3 2//2\n", Files.readString(dir.resolve("t.obj")));
    }

    @Test
    void writesPlainFacesWithoutNormals() throws IOException {
        String text = Files.readString(ObjWriter.write(FormatSamples.plainCube(), dir.resolve("c.obj")));
        assertTrue(text.contains("\nv 0.5 0.5 2\n"), text);
        assertTrue(text.endsWith("f 3 4 8\nf 3 8 7\nf 1 5 8\nf 1 8 4\nf 2 3 7\nf 2 7 6\n"), text);
        assertEquals(2 + 8 + 12, text.lines().count());
    }

    @Test
    void vtkReadsTheVerticesNormalsAndTriangles() throws IOException {
        Python.requireModules("vtk");
        Path file = ObjWriter.write(FormatSamples.cube(), dir.resolve("cube.obj"));
        Python.Result r = Python.run(List.of("-c", "import vtk, sys\nr = vtk.vtkOBJReader()\n"
                + "r.SetFileName(sys.argv[1])\nr.Update()\no = r.GetOutput()\n"
                + "n = o.GetPointData().GetNormals()\n"
                + "print(o.GetNumberOfPoints(), o.GetNumberOfPolys(), n.GetNumberOfTuples(), "
                + "[round(b, 4) for b in o.GetBounds()])", file.toString()), null);
        assertEquals(0, r.exitCode(), r.output());
        assertEquals("8 12 8 [0.0, 0.5, 0.0, 0.5, 0.0, 2.0]", r.output().strip());
    }

    @Test
    void emptyMeshOrMissingFolderWritesNothing() {
        Path target = dir.resolve("e.obj");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ObjWriter.write(new Mesh(new float[0], new int[0], "px"), target));
        assertTrue(e.getMessage().contains("e.obj") && e.getMessage().contains("no points; nothing written"));
        assertTrue(Files.notExists(target));
        Path nowhere = dir.resolve("nope/c.obj");
        IOException io = assertThrows(IOException.class, () -> ObjWriter.write(FormatSamples.cube(), nowhere));
        assertTrue(io.getMessage().contains("c.obj"), io.getMessage());
        assertTrue(Files.notExists(nowhere));
    }
}
