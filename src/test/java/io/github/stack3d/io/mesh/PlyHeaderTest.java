package io.github.stack3d.io.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.io.mesh.PlyHeader.Element;
import io.github.stack3d.io.mesh.PlyHeader.Property;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlyHeaderTest {

    @TempDir
    Path dir;

    @Test
    void parsesElementsPropertiesAndTheDataOffset() throws IOException {
        String text = "ply\r\ncomment before the format\r\nformat binary_big_endian 1.0\r\nobj_info scanner 7\r\n"
                + "comment stack3d: coordinates in nm\r\nelement vertex 12\r\nproperty float64 x\r\n"
                + "property list uint8 int32 rings\r\nelement face 3\r\nproperty list uchar uint vertex_index\r\n"
                + "end_header\r\n";
        Path file = Files.write(dir.resolve("h.ply"), (text + "DATA").getBytes(StandardCharsets.US_ASCII));
        PlyHeader h = PlyHeader.read(file);
        assertEquals(PlyHeader.Format.BINARY_BIG_ENDIAN, h.format());
        assertEquals(text.length(), h.dataOffset(), "data starts after the CR LF of end_header");
        assertEquals(12, h.dataLine());
        assertEquals("nm", h.unit());
        Element vertex = h.element("vertex").orElseThrow();
        assertEquals(12, vertex.count());
        assertEquals(6, vertex.line());
        assertEquals(new Property("x", PlyType.DOUBLE, Optional.empty()), vertex.properties().get(0));
        assertEquals(new Property("rings", PlyType.INT, Optional.of(PlyType.UCHAR)), vertex.properties().get(1));
        assertEquals(1, vertex.indexOf("rings"));
        assertEquals(-1, vertex.indexOf("y"));
        assertEquals(9, vertex.minimumBytes(), "8 for the double, 1 for the list count");
        assertFalse(vertex.fixedSize());
        Element face = h.element("face").orElseThrow();
        assertEquals(PlyType.UINT, face.properties().get(0).type());
        assertTrue(h.element("edge").isEmpty());
    }

    @Test
    void aFileWithoutOurCommentHasNoUnit() throws IOException {
        Path file = Files.writeString(dir.resolve("h.ply"), "ply\nformat ascii 1.0\ncomment VCGLIB generated\n"
                + "element vertex 0\nproperty float x\nend_header\n");
        PlyHeader h = PlyHeader.read(file);
        assertEquals("px", h.unit());
        assertEquals(PlyHeader.Format.ASCII, h.format());
        assertEquals(7, h.dataLine());
        assertTrue(h.element("vertex").orElseThrow().fixedSize());
    }
}
