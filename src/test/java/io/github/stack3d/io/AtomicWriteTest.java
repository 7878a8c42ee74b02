package io.github.stack3d.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriteTest {

    @TempDir
    Path dir;

    @Test
    void writesAllBytesAndLeavesOnlyTheTarget() throws IOException {
        Path target = dir.resolve("out.bin");
        AtomicWrite.writeChannel(target, channel -> {
            ByteBuffer buf = ByteBuffer.allocate(1000);
            for (int i = 0; i < 2500; i++) {
                if (!buf.hasRemaining()) {
                    AtomicWrite.drain(buf, channel);
                }
                buf.put((byte) i);
            }
            AtomicWrite.drain(buf, channel);
        });
        byte[] b = Files.readAllBytes(target);
        assertEquals(2500, b.length);
        assertEquals((byte) 2499, b[2499]);
        assertEquals(List.of(target), list());
    }

    @Test
    void aFailureHalfWayLeavesTheOldFileAndNoPart() throws IOException {
        Path target = Files.writeString(dir.resolve("out.bin"), "old");
        IOException e = assertThrows(IOException.class, () -> AtomicWrite.writeChannel(target, channel -> {
            channel.write(ByteBuffer.wrap(new byte[5000]));
            throw new IOException("disk full");
        }));
        assertTrue(e.getMessage().contains("out.bin") && e.getMessage().contains("disk full"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> AtomicWrite.writeChannel(target, channel -> {
            channel.write(ByteBuffer.wrap(new byte[10]));
            throw new IllegalStateException("bug");
        }));
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), list());
    }

    @Test
    void aMissingFolderIsNamed() {
        Path target = dir.resolve("missing/out.bin");
        IOException e = assertThrows(IOException.class, () -> AtomicWrite.writeChannel(target, channel -> { }));
        assertTrue(e.getMessage().contains("out.bin") && e.getMessage().contains("does not exist"), e.getMessage());
        assertTrue(Files.notExists(target));
    }

    @Test
    void streamWritesAreAtomicToo() throws IOException {
        Path target = Files.writeString(dir.resolve("text.txt"), "old");
        assertThrows(IOException.class, () -> AtomicWrite.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(target));
        AtomicWrite.write(target, out -> out.write("new".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(target));
        assertEquals(List.of(target), list());
    }

    @Test
    void writtenFilesGetTheFolderDefaultPermissionsNotPrivateOnes() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "skipped: no POSIX permissions");
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path ours = AtomicWrite.write(dir.resolve("ours.txt"), out -> out.write(1));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(ours));
    }

    private List<Path> list() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
