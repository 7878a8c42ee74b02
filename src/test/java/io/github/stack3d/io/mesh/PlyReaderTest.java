package io.github.stack3d.io.mesh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Mesh;
import io.github.stack3d.PointCloud;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlyReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsBigEndianWithMixedTypesAndSkipsWhatItDoesNotUse() throws IOException {
        String header = "ply\nformat binary_big_endian 1.0\ncomment written by hand\n"
                + "element material 1\nproperty list uchar float diffuse\nproperty uchar shininess\n"
                + "element vertex 4\nproperty double x\nproperty float y\nproperty short z\n"
                + "property list uchar int extra\nproperty float nx\nproperty float ny\nproperty float nz\n"
                + "property uchar red\nproperty ushort green\nproperty float blue\nproperty uchar alpha\n"
                + "element edge 1\nproperty int vertex1\nproperty int vertex2\n"
                + "element face 1\nproperty uchar flags\nproperty list uint short vertex_index\n"
                + "property list uchar float texcoord\nend_header\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes); // always big-endian
        out.write(header.getBytes(StandardCharsets.US_ASCII));
        out.writeByte(2);
        out.writeFloat(0.1f);
        out.writeFloat(0.2f);
        out.writeByte(7);
        for (int i = 0; i < 4; i++) {
            out.writeDouble(1.5 + i);
            out.writeFloat(-2.25f * i);
            out.writeShort(-3 + i);
            out.writeByte(2);
            out.writeInt(99);
            out.writeInt(98);
            out.writeFloat(0);
            out.writeFloat(i == 3 ? -1 : 0);
            out.writeFloat(i == 3 ? 0 : 1);
            out.writeByte(10 * i);
            out.writeShort(257 * 100);
            out.writeFloat(0.2f);
            out.writeByte(255);
        }
        out.writeInt(0);
        out.writeInt(1);
        out.writeByte(5);
        out.writeInt(4);
        for (int i = 0; i < 4; i++) {
            out.writeShort(i);
        }
        out.writeByte(2);
        out.writeFloat(0.5f);
        out.writeFloat(0.25f);
        Path file = dir.resolve("big.ply");
        Files.write(file, bytes.toByteArray());

        Mesh m = PlyReader.read(file);
        assertArrayEquals(new float[] {1.5f, -0f, -3, 2.5f, -2.25f, -2, 3.5f, -4.5f, -1, 4.5f, -6.75f, 0},
                m.vertices());
        assertArrayEquals(new int[] {0, 1, 2, 0, 2, 3}, m.triangles(), "the quad as a fan");
        assertArrayEquals(new float[] {0, 0, 1, 0, 0, 1, 0, 0, 1, 0, -1, 0}, m.normals());
        // red as stored; green 25700 (16-bit) / 257 = 100; blue 0.2 (float 0..1) * 255 = 51
        assertArrayEquals(new byte[] {0, 100, 51, 10, 100, 51, 20, 100, 51, 30, 100, 51}, m.colors());
        assertEquals("px", m.unit());
    }

    @Test
    void readsAsciiWithTypeAliasesAndTriangulatesPolygons() throws IOException {
        Path file = write("ply\nformat ascii 1.0\ncomment stack3d: coordinates in mm\nelement vertex 5\n"
                + "property float32 x\nproperty float64 y\nproperty int16 z\nproperty uint8 red\n"
                + "property uint8 green\nproperty uint8 blue\nelement face 2\n"
                + "property list int32 uint32 vertex_indices\nend_header\n"
                + "0 0 0 1 2 3\n1 0.5 -1 4 5 6\n2.5 1e-3 7 7 8 9\n-0 -1.5 0 10 11 12\n1e-7 3.25 2 13 14 255\n"
                + "5 0 1 2 3 4\n2 0 1\n");
        Mesh m = PlyReader.read(file);
        assertArrayEquals(new float[] {0, 0, 0, 1, 0.5f, -1, 2.5f, 1e-3f, 7, -0f, -1.5f, 0, 1e-7f, 3.25f, 2},
                m.vertices());
        assertArrayEquals(new int[] {0, 1, 2, 0, 2, 3, 0, 3, 4}, m.triangles(),
                "a pentagon gives 3 fan triangles, a 2-index list none");
        assertEquals((byte) 255, m.colors()[14]);
        assertFalse(m.hasNormals());
        assertEquals("mm", m.unit());
    }

    @Test
    void readsLittleEndianSkippingListsInOtherElements() throws IOException {
        String header = "ply\nformat binary_little_endian 1.0\nelement range 2\nproperty list ushort double r\n"
                + "element vertex 3\nproperty float x\nproperty float y\nproperty float z\n"
                + "element face 1\nproperty list uchar int vertex_indices\nproperty list uchar uchar tags\n"
                + "end_header\n";
        ByteBuffer b = ByteBuffer.allocate(400).order(ByteOrder.LITTLE_ENDIAN);
        b.put(header.getBytes(StandardCharsets.US_ASCII));
        b.putShort((short) 1).putDouble(9.5).putShort((short) 2).putDouble(1).putDouble(2);
        b.putFloat(1).putFloat(2).putFloat(3).putFloat(4).putFloat(5).putFloat(6).putFloat(7).putFloat(8).putFloat(9);
        b.put((byte) 3).putInt(2).putInt(1).putInt(0).put((byte) 2).put((byte) 1).put((byte) 1);
        Path file = dir.resolve("little.ply");
        Files.write(file, Arrays.copyOf(b.array(), b.position()));
        Mesh m = PlyReader.read(file);
        assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, m.vertices());
        assertArrayEquals(new int[] {2, 1, 0}, m.triangles());
    }

    @Test
    void binaryAndAsciiRoundTripsAreBitExact() throws IOException {
        PointCloud cloud = FormatSamples.randomCloud(5000, 42);
        for (boolean binary : new boolean[] {true, false}) {
            Path file = dir.resolve(binary ? "cloud-b.ply" : "cloud-a.ply");
            Mesh back = PlyReader.read(binary ? PlyWriter.writeBinary(cloud, file) : PlyWriter.writeAscii(cloud, file));
            assertEquals(5000, back.vertexCount());
            assertEquals(0, back.triangleCount());
            assertArrayEquals(cloud.xyz(), back.vertices(), file.toString());
            assertArrayEquals(cloud.normals(), back.normals());
            assertArrayEquals(cloud.colors(), back.colors());
            assertEquals("mm", back.unit());
        }
        Mesh cube = FormatSamples.cube();
        for (Mesh back : new Mesh[] {PlyReader.read(PlyWriter.writeBinary(cube, dir.resolve("cube-b.ply"))),
            PlyReader.read(PlyWriter.writeAscii(cube, dir.resolve("cube-a.ply")))}) {
            assertArrayEquals(cube.vertices(), back.vertices());
            assertArrayEquals(cube.triangles(), back.triangles());
            assertArrayEquals(cube.normals(), back.normals());
            assertArrayEquals(cube.colors(), back.colors());
            assertEquals("µm", back.unit());
        }
    }

    @Test
    void malformedHeadersNameTheFileLineAndExpectation() throws IOException {
        fails("solid cube\n", "bad.ply: line 1: not a PLY file", "expected \"ply\"");
        fails("ply\nformat binary_middle_endian 1.0\nend_header\n", "bad.ply: line 2: unknown format "
                + "\"binary_middle_endian\"");
        fails("ply\nformat ascii 1.0\nelement vertex 1\nproperty float x\nproperty float y\nend_header\n1 2\n",
                "bad.ply: line 3: element vertex has no scalar property z");
        fails("ply\nformat ascii 1.0\nelement vertex 1\nproperty flaot x\n", "bad.ply: line 4: unknown property "
                + "type \"flaot\"");
        fails("ply\nformat ascii 1.0\nelement vertex 1\n", "bad.ply: line 4: the file ends in the header");
        fails("ply\nformat ascii 1.0\nelement vertex many\n", "bad.ply: line 3: expected \"element NAME COUNT\"");
        fails("ply\nformat ascii 1.0\nelement face 0\nproperty list uchar int vertex_indices\nend_header\n",
                "bad.ply: the header has no element vertex");
        fails("ply\nformat ascii 1.0\nelement vertex 1\nproperty float x\nproperty float y\nproperty float z\n"
                + "element face 1\nproperty list uchar float vertex_indices\nend_header\n0 0 0\n3 0 0 0\n",
                "bad.ply: line 7: element face has no list property vertex_indices");
        fails("ply\nformat ascii 1.0\nelement vertex 100000000\nproperty float x\nproperty float y\n"
                + "property float z\nend_header\n1 2 3\n", "bad.ply: line 3: the file is too short");
    }

    @Test
    void malformedAsciiDataNamesTheLine() throws IOException {
        String header = "ply\nformat ascii 1.0\nelement vertex 3\nproperty float x\nproperty float y\n"
                + "property float z\nelement face 1\nproperty list uchar int vertex_indices\nend_header\n";
        fails(header + "1 abc 3\n4 5 6\n7 8 9\n3 0 1 2\n", "bad.ply: line 10: expected a number (float), found \"abc\"",
                "(vertex 0 of 3, property y)");
        fails(header + "1.2345 2.3456 3.4567\n4.5678 5.6789 6.7891\n", "bad.ply: line 12: the file ends; "
                + "expected a number (float)", "(vertex 2 of 3, property x)");
        fails(header + "0 0 0\n1 0 0\n0 1 0\n3 0 1 7\n", "bad.ply: line 13: vertex index 7 out of range; the "
                + "file has vertices 0..2", "(face 0 of 1, property vertex_indices)");
        fails(header + "0 0 0\n1 0 0\n0 1 0\n300 0 1 2\n", "bad.ply: line 13: expected a whole number 0..255 "
                + "(uchar), found \"300\"");
    }

    @Test
    void malformedBinaryDataNamesTheByteOffset() throws IOException {
        Path good = PlyWriter.writeBinary(FormatSamples.cube(), dir.resolve("cube.ply"));
        byte[] b = Files.readAllBytes(good);
        int h = new String(b, StandardCharsets.ISO_8859_1).indexOf("end_header\n") + 11;

        fails(Arrays.copyOf(b, b.length - 5), "bad.ply: byte " + (b.length - 5) + ": the file ends; expected 4 "
                + "more bytes (int)", "(face 11 of 12, property vertex_indices)");

        byte[] patched = b.clone();
        int at = h + 8 * 27 + 13 + 1 + 4; // face 1, its second index
        ByteBuffer.wrap(patched).order(ByteOrder.LITTLE_ENDIAN).putInt(at, 99);
        fails(patched, "bad.ply: byte " + at + ": vertex index 99 out of range; the file has vertices 0..7",
                "(face 1 of 12, property vertex_indices)");

        byte[] cloud = Files.readAllBytes(PlyWriter.writeBinary(new PointCloud(new float[] {1, 2, 3, 4, 5, 6},
                "px"), dir.resolve("two.ply")));
        fails(Arrays.copyOf(cloud, cloud.length - 1), "bad.ply: byte " + (cloud.length - 1)
                + ": the file is too short: element vertex (2 records) and those before it need at least 24 bytes");
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("in.ply"), text);
    }

    private void fails(String content, String... fragments) throws IOException {
        fails(content.getBytes(StandardCharsets.UTF_8), fragments);
    }

    private void fails(byte[] content, String... fragments) throws IOException {
        Path file = Files.write(dir.resolve("bad.ply"), content);
        IOException e = assertThrows(IOException.class, () -> PlyReader.read(file));
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), "message \"" + e.getMessage() + "\" lacks \"" + f + "\"");
        }
    }
}
