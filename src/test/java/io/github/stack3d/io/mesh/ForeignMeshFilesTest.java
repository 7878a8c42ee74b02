package io.github.stack3d.io.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Mesh;
import io.github.stack3d.Python;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What other programs write and other readers read: OBJ's {@code \} line continuation, the corner forms
 * {@code 1//} and {@code 2/2/}, faces naming normals or texture coordinates the file lacks (ignored, as Open3D
 * does), and one rule for empty files across PLY, STL and OBJ: a 0-byte file is an error naming it, a file of
 * the format that declares no geometry is an empty mesh. The OBJ cases are cross-checked against Open3D's
 * reader (the same triangles, corner for corner) when Debian's Python has it.
 */
class ForeignMeshFilesTest {

    private static final String TETRA = "v 0 0 0\nv 1 0 0\nv 0 1 0\nv 0 0 1\n";

    /** Name → OBJ text → the triangles (as vertex numbers, 1-based) that it means. */
    private static final Map<String, String> CASES = new LinkedHashMap<>();
    private static final Map<String, int[]> MEANING = new LinkedHashMap<>();

    static {
        add("continuation", "v 0 0 0\nv 1 0 0\nv 0 1 \\\n 0\nv 0 0 1\nf 1 2 \\\n3\nf 1 3 4\n", 1, 2, 3, 1, 3, 4);
        add("continuation_attached", TETRA + "f 1 2\\\n 3\nf 1 3 4\n", 1, 2, 3, 1, 3, 4);
        add("corner_v_slash_slash", TETRA + "f 1// 2// 3//\n", 1, 2, 3);
        add("corner_v_t_slash", TETRA + "vt 0 0\nvt 1 0\nf 1/1/ 2/2/ 3/1/\n", 1, 2, 3);
        add("normals_the_file_lacks", TETRA + "f 1//1 2//2 3//3\nf 1/1/1 3/3/3 4/4/4\n", 1, 2, 3, 1, 3, 4);
        // triangles: for a quad naming missing texture coordinates Open3D falls back to assimp, which drops it
        add("texcoords_the_file_lacks", TETRA + "f 1/7 2/8 3/9\nf 1/1 3/1 4/2\n", 1, 2, 3, 1, 3, 4);
    }

    private static void add(String name, String text, int... triangles) {
        CASES.put(name, text);
        MEANING.put(name, triangles);
    }

    @TempDir
    Path dir;

    @Test
    void lenientObjFormsReadAsTheyMean() throws IOException {
        for (Map.Entry<String, String> c : CASES.entrySet()) {
            Mesh m = ObjReader.read(Files.writeString(dir.resolve(c.getKey() + ".obj"), c.getValue()));
            assertEquals(4, m.vertexCount(), c.getKey());
            int[] expected = MEANING.get(c.getKey()).clone();
            for (int i = 0; i < expected.length; i++) {
                expected[i]--;
            }
            assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(m.triangles()), c.getKey());
            assertFalse(m.hasNormals(), c.getKey() + ": no normal is defined, so the mesh has none");
        }
    }

    /** Windows line ends: the {@code \\} is still the last character of its line (Open3D 0.16 and VTK 9.1 read no face). */
    @Test
    void aContinuationBeforeAWindowsLineEnd() throws IOException {
        Path file = Files.writeString(dir.resolve("crlf.obj"),
                TETRA.replace("\n", "\r\n") + "f 1 \\\r\n 2 3 4\r\nf 4 3\\\r\n 2\r\n");
        assertEquals("[0, 1, 2, 0, 2, 3, 3, 2, 1]", java.util.Arrays.toString(ObjReader.read(file).triangles()));
    }

    @Test
    void aNormalThatExistsIsStillTakenBesideOnesThatDoNot() throws IOException {
        Path file = Files.writeString(dir.resolve("some.obj"), TETRA + "vn 0 0 1\nf 1//1 2//1 3//1\nf 1//1 3//9 "
                + "4//1\n");
        Mesh m = ObjReader.read(file);
        assertTrue(m.hasNormals(), "every vertex got normal 1 from some corner");
        assertEquals(1f, m.normals()[3 * 3 + 2]);
    }

    @Test
    void aBackslashInsideALineIsAnError() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.obj"), TETRA + "f 1 \\ 2 3\n");
        IOException e = assertThrows(IOException.class, () -> ObjReader.read(file));
        assertEquals(file + ": line 5: a \\ that does not end the line, before \"2\"; expected \\ only as the last "
                + "character of a line (line continuation)", e.getMessage());
    }

    @Test
    void theSameTrianglesAsOpen3d() throws IOException {
        Python.requireModules("open3d");
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, String> c : CASES.entrySet()) {
            files.add(Files.writeString(dir.resolve(c.getKey() + ".obj"), c.getValue()).toString());
        }
        List<String> args = new ArrayList<>(List.of("-c", String.join("\n",
                "import sys, open3d as o3d",
                "for f in sys.argv[1:]:",
                "    m = o3d.io.read_triangle_mesh(f)",
                "    v = m.vertices",
                "    for t in m.triangles:",
                "        print('T', f, ' '.join(repr(float(c)) for i in t for c in v[i]))",
                "    print('N', f, len(m.triangles))")));
        args.addAll(files);
        Python.Result r = Python.run(args, null);
        assertEquals(0, r.exitCode(), r.output());
        for (String f : files) {
            List<String> theirs = new ArrayList<>();
            int count = -1;
            for (String line : r.output().split("\n")) {
                if (line.startsWith("T " + f + " ")) {
                    theirs.add(line.substring(3 + f.length()));
                } else if (line.startsWith("N " + f + " ")) {
                    count = Integer.parseInt(line.substring(3 + f.length()).strip());
                }
            }
            Mesh m = ObjReader.read(Path.of(f));
            assertEquals(count, m.triangleCount(), f + ": Open3D's triangle count");
            List<String> ours = new ArrayList<>();
            float[] v = m.vertices();
            int[] t = m.triangles();
            for (int i = 0; i < t.length; i += 3) {
                StringBuilder s = new StringBuilder();
                for (int k = 0; k < 3; k++) {
                    for (int c = 0; c < 3; c++) {
                        s.append(s.length() == 0 ? "" : " ").append((double) v[3 * t[i + k] + c]);
                    }
                }
                ours.add(s.toString());
            }
            assertEquals(theirs.stream().sorted().toList(), ours.stream().sorted().toList(), f);
        }
    }

    @Test
    void emptyFilesFollowOneRuleInEveryFormat() throws IOException {
        for (String ext : List.of("ply", "stl", "obj")) {
            Path zero = Files.write(dir.resolve("zero." + ext), new byte[0]);
            IOException e = assertThrows(IOException.class, () -> read(zero));
            assertEquals(zero + ": the file is empty (0 bytes); expected a" + (ext.equals("ply") ? "" : "n") + " "
                    + ext.toUpperCase() + " file", e.getMessage());
        }
        Map<String, byte[]> noGeometry = Map.of(
                "ply", ("ply\nformat ascii 1.0\nelement vertex 0\nproperty float x\nproperty float y\n"
                        + "property float z\nelement face 0\nproperty list uchar int vertex_indices\nend_header\n")
                        .getBytes(StandardCharsets.US_ASCII),
                "stl", "solid empty\nendsolid empty\n".getBytes(StandardCharsets.US_ASCII),
                "obj", "# an OBJ with nothing in it\n\n".getBytes(StandardCharsets.US_ASCII));
        for (Map.Entry<String, byte[]> c : noGeometry.entrySet()) {
            Mesh m = read(Files.write(dir.resolve("none." + c.getKey()), c.getValue()));
            assertEquals(0, m.vertexCount(), c.getKey());
            assertEquals(0, m.triangleCount(), c.getKey());
        }
        byte[] binary = new byte[84];
        Mesh m = read(Files.write(dir.resolve("none_binary.stl"), binary));
        assertEquals(0, m.vertexCount(), "a binary STL of 0 facets");
    }

    private static Mesh read(Path file) throws IOException {
        String name = file.getFileName().toString();
        return name.endsWith(".ply") ? PlyReader.read(file) : name.endsWith(".stl") ? StlReader.read(file)
                : ObjReader.read(file);
    }
}
