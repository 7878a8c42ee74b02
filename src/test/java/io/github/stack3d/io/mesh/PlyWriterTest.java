package io.github.stack3d.io.mesh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.stack3d.Mesh;
import io.github.stack3d.PointCloud;
import io.github.stack3d.Python;
import io.github.stack3d.TestData;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlyWriterTest {

    @TempDir
    Path dir;

    @Test
    void binaryPointCloudHasTheExactByteLayout() throws IOException {
        PointCloud points = new PointCloud(new float[] {1, 2, 3, -0.5f, 0.25f, 1e-3f}, "µm");
        Path file = PlyWriter.writeBinary(points, dir.resolve("two.ply"));
        byte[] b = Files.readAllBytes(file);
        String header = "ply\nformat binary_little_endian 1.0\ncomment stack3d: coordinates in \\u00b5m\n"
                + "element vertex 2\nproperty float x\nproperty float y\nproperty float z\nend_header\n";
        int h = header.getBytes(StandardCharsets.US_ASCII).length;
        assertEquals(155, h, "an ASCII header, µ written as its 6-character escape");
        assertEquals(header, new String(b, 0, h, StandardCharsets.US_ASCII));
        assertEquals(h + 2 * 3 * 4, b.length);
        // IEEE 754 single precision, little-endian: 1.0 = 0x3F800000, 2.0 = 0x40000000, -0.5 = 0xBF000000.
        assertArrayEquals(new byte[] {0, 0, (byte) 0x80, 0x3F}, Arrays.copyOfRange(b, h, h + 4));
        assertArrayEquals(new byte[] {0, 0, 0, 0x40}, Arrays.copyOfRange(b, h + 4, h + 8));
        assertArrayEquals(new byte[] {0, 0, 0, (byte) 0xBF}, Arrays.copyOfRange(b, h + 12, h + 16));
        ByteBuffer data = ByteBuffer.wrap(b, h, b.length - h).order(ByteOrder.LITTLE_ENDIAN);
        float[] read = new float[6];
        data.asFloatBuffer().get(read);
        assertArrayEquals(points.xyz(), read);
    }

    @Test
    void binaryMeshHasNormalsColorsAndFaceRecords() throws IOException {
        Mesh cube = FormatSamples.cube();
        byte[] b = Files.readAllBytes(PlyWriter.writeBinary(cube, dir.resolve("cube.ply")));
        String text = new String(b, StandardCharsets.ISO_8859_1);
        int h = text.indexOf("end_header\n") + "end_header\n".length();
        String header = new String(b, 0, h, StandardCharsets.UTF_8);
        assertTrue(header.contains("element vertex 8\nproperty float x\nproperty float y\nproperty float z\n"
                + "property float nx\nproperty float ny\nproperty float nz\nproperty uchar red\n"
                + "property uchar green\nproperty uchar blue\nelement face 12\n"
                + "property list uchar int vertex_indices\nend_header\n"), header);
        int vertexBytes = 8 * (12 + 12 + 3);
        assertEquals(h + vertexBytes + 12 * 13, b.length);
        ByteBuffer data = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        // vertex 2 = (0.5, 0.5, 0), normal (1, 1, -1)/√3, color (60, 195, 128)
        int v2 = h + 2 * 27;
        assertEquals(0.5f, data.getFloat(v2));
        assertEquals(0.5f, data.getFloat(v2 + 4));
        assertEquals(0f, data.getFloat(v2 + 8));
        assertEquals((float) (-1 / Math.sqrt(3)), data.getFloat(v2 + 20));
        assertEquals(60, data.get(v2 + 24) & 0xFF);
        assertEquals(195, data.get(v2 + 25) & 0xFF);
        assertEquals(128, data.get(v2 + 26) & 0xFF);
        // face 1 = (0, 3, 2): count byte 3, then three little-endian ints
        int f1 = h + vertexBytes + 13;
        assertEquals(3, b[f1]);
        assertEquals(0, data.getInt(f1 + 1));
        assertEquals(3, data.getInt(f1 + 5));
        assertEquals(2, data.getInt(f1 + 9));
    }

    @Test
    void asciiPointCloudIsExactText() throws IOException {
        PointCloud points = new PointCloud(new float[] {0.1f, 2, -3.5f, 1e-7f, 12345678f, -0f},
                new float[] {0, 0, 1, 0.6f, -0.8f, 0}, new byte[] {(byte) 255, 0, (byte) 128, 1, 2, 3}, "px");
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            PlyWriter.writeAscii(points, dir.resolve("two.ply"));
        } finally {
            Locale.setDefault(previous);
        }
        assertEquals("ply\nformat ascii 1.0\ncomment stack3d: coordinates in px\nelement vertex 2\n"
                + "property float x\nproperty float y\nproperty float z\n"
                + "property float nx\nproperty float ny\nproperty float nz\n"
                + "property uchar red\nproperty uchar green\nproperty uchar blue\nend_header\n"
                + "0.1 2 -3.5 0 0 1 255 0 128\n"
                + "1e-7 12345678 -0 0.6 -0.8 0 1 2 3\n", Files.readString(dir.resolve("two.ply")));
    }

    @Test
    void asciiMeshListsFacesAfterVertices() throws IOException {
        Mesh mesh = new Mesh(new float[] {0, 0, 0, 1, 0, 0, 0, 1, 0}, new int[] {0, 1, 2}, "mm");
        String text = Files.readString(PlyWriter.writeAscii(mesh, dir.resolve("t.ply")));
        assertTrue(text.endsWith("element face 1\nproperty list uchar int vertex_indices\nend_header\n"
                + "0 0 0\n1 0 0\n0 1 0\n3 0 1 2\n"), text);
    }

    @Test
    void emptyPointsAreRefusedAndNothingIsWritten() {
        Path target = dir.resolve("empty.ply");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PlyWriter.writeBinary(new PointCloud(new float[0], "px"), target));
        assertTrue(e.getMessage().contains("empty.ply") && e.getMessage().contains("no points; nothing written"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> PlyWriter.writeAscii(new Mesh(new float[0], new int[0], "px"), target));
        assertTrue(Files.notExists(target));
    }

    @Test
    void aMissingFolderIsAnErrorAndLeavesNothing() {
        Path target = dir.resolve("no/such/folder/out.ply");
        IOException e = assertThrows(IOException.class, () -> PlyWriter.writeBinary(FormatSamples.cube(), target));
        assertTrue(e.getMessage().contains("out.ply"), e.getMessage());
        assertThrows(IOException.class, () -> PlyWriter.writeAscii(FormatSamples.cube(), target));
        assertTrue(Files.notExists(target));
        assertTrue(Files.notExists(dir.resolve("no")));
    }

    @Test
    void writingLeavesOnlyTheTargetAndReplacesAnOldFile() throws IOException {
        Path target = dir.resolve("cube.ply");
        Files.writeString(target, "old content");
        PlyWriter.writeBinary(FormatSamples.cube(), target);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
        assertFalse(Files.readString(target, StandardCharsets.ISO_8859_1).startsWith("old"));
    }

    @Test
    void plycheckReadsOurFilesWithVtkAndOpen3d() throws IOException {
        Path script = TestData.root().getParent().resolve("tools/plycheck.py");
        assumeTrue(Files.exists(script), "skipped: " + script.toAbsolutePath() + " is absent");
        Python.requireModules("vtk", "open3d");
        // Coordinates on a 0.125 grid in 0..125 (floats of every magnitude would overflow VTK's bounds).
        float[] xyz = new float[3000];
        for (int i = 0; i < xyz.length; i++) {
            xyz[i] = (i * 7919 % 1000) * 0.125f;
        }
        PointCloud random = FormatSamples.randomCloud(1000, 5);
        PointCloud cloud = new PointCloud(xyz, random.normals(), random.colors(), "mm");
        check(script, PlyWriter.writeBinary(cloud, dir.resolve("cloud-binary.ply")), 1000, 0);
        check(script, PlyWriter.writeAscii(new PointCloud(Arrays.copyOf(xyz, 1500), "µm"),
                dir.resolve("cloud-ascii.ply")), 500, 0);
        check(script, PlyWriter.writeBinary(FormatSamples.cube(), dir.resolve("mesh-binary.ply")), 8, 12);
        check(script, PlyWriter.writeAscii(FormatSamples.plainCube(), dir.resolve("mesh-ascii.ply")), 8, 12);
    }

    private static void check(Path script, Path ply, int vertices, int faces) {
        Python.Result r = Python.run(List.of(script.toString(), ply.toString(), "--expect-vertices",
                String.valueOf(vertices), "--expect-faces", String.valueOf(faces)), null);
        assertEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().contains("OK: " + ply + ": " + vertices + " vertices, " + faces + " faces"),
                r.output());
        assertTrue(r.output().contains("vtk: {'vertices': " + vertices + ", 'faces': " + faces), r.output());
        assertTrue(r.output().contains("open3d: {'vertices': " + vertices + ", 'faces': " + faces), r.output());
    }
}
