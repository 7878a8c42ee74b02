package io.github.stack3d.io.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BinaryInputTest {

    @TempDir
    Path dir;

    @Test
    void readsIntsAcrossRefillsWithOffsets() throws IOException {
        // 3 header bytes, then 600,000 big-endian ints 0, 1, 2...: 2.4 MB, more than two buffer fills.
        ByteBuffer b = ByteBuffer.allocate(3 + 4 * 600_000).order(ByteOrder.BIG_ENDIAN);
        b.put(new byte[] {9, 9, 9});
        for (int i = 0; i < 600_000; i++) {
            b.putInt(i);
        }
        Path file = Files.write(dir.resolve("ints.bin"), b.array());
        try (BinaryInput in = new BinaryInput(file, 3, ByteOrder.BIG_ENDIAN)) {
            for (int i = 0; i < 600_000; i++) {
                assertEquals(3 + 4L * i, in.offset());
                assertTrue(in.request(4));
                assertEquals(i, in.buffer().getInt());
            }
            assertFalse(in.request(1));
            assertEquals(b.capacity(), in.offset());
        }
    }

    @Test
    void skipsWithinAndBeyondTheBuffer() throws IOException {
        byte[] bytes = new byte[3_000_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 251);
        }
        Path file = Files.write(dir.resolve("bytes.bin"), bytes);
        try (BinaryInput in = new BinaryInput(file, 0, ByteOrder.LITTLE_ENDIAN)) {
            assertTrue(in.request(10));
            assertTrue(in.skip(5));
            assertEquals(5, in.buffer().get());
            assertTrue(in.skip(2_500_000));
            assertEquals(2_500_006, in.offset());
            assertTrue(in.request(1));
            assertEquals((byte) (2_500_006 % 251), in.buffer().get());
            assertFalse(in.skip(1_000_000), "past the end");
            assertEquals(3_000_000, in.offset());
        }
    }
}
