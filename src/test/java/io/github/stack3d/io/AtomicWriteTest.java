package io.github.stack3d.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

    @Test
    void contentThatNeitherFlushesNorClosesGivesTheWholeFileThroughBothWays() throws IOException {
        byte[] expected = pattern(200_003); // over three 64 KiB stream buffers, the last one partly full
        Path viaStream = AtomicWrite.write(dir.resolve("stream.bin"), out -> {
            out.write(expected, 0, 10);
            for (int i = 10; i < 1000; i++) {
                out.write(expected[i]);
            }
            out.write(expected, 1000, expected.length - 1000);
        });
        Path viaChannel = AtomicWrite.writeChannel(dir.resolve("channel.bin"), channel -> {
            ByteBuffer buf = ByteBuffer.allocate(4096);
            for (byte b : expected) {
                if (!buf.hasRemaining()) {
                    AtomicWrite.drain(buf, channel);
                }
                buf.put(b);
            }
            AtomicWrite.drain(buf, channel);
        });
        assertArrayEquals(expected, Files.readAllBytes(viaStream));
        assertArrayEquals(expected, Files.readAllBytes(viaChannel));
        assertEquals(Set.of(viaStream, viaChannel), Set.copyOf(list()));
    }

    @Test
    void contentThatClosesItsStreamOrChannelIsStillForcedAndComplete() throws IOException {
        byte[] expected = pattern(70_000);
        Path viaStream = AtomicWrite.write(dir.resolve("stream.bin"), out -> {
            try (out) {
                out.write(expected);
            }
        });
        List<String> steps = new ArrayList<>();
        Path viaChannel = AtomicWrite.writeChannel(dir.resolve("channel.bin"), channel -> {
            channel.write(ByteBuffer.wrap(expected));
            channel.close();
        }, steps::add);
        assertArrayEquals(expected, Files.readAllBytes(viaStream));
        assertArrayEquals(expected, Files.readAllBytes(viaChannel));
        assertEquals(List.of("file forced", "moved"), steps.subList(0, 2));
        assertEquals(Set.of(viaStream, viaChannel), Set.copyOf(list()));
    }

    @Test
    void theFileIsForcedBeforeTheMoveAndTheFolderAfter() throws IOException {
        Path target = Files.writeString(dir.resolve("out.txt"), "old");
        List<String> steps = new ArrayList<>();
        AtomicWrite.writeChannel(target, channel -> {
            steps.add("content");
            channel.write(ByteBuffer.wrap("new".getBytes(StandardCharsets.UTF_8)));
        }, step -> {
            steps.add(step);
            try {
                // at each step: the .part file holds the new content until the move, the target after it
                String targetText = Files.readString(target);
                assertEquals(step.equals("file forced") ? "old" : "new", targetText, step);
                assertEquals(step.equals("file forced") ? 2 : 1, list().size(), step);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertEquals(List.of("content", "file forced", "moved"), steps.subList(0, 3));
        assertEquals(4, steps.size(), steps.toString());
        // POSIX systems open a folder as a file, so forcing it must work there; elsewhere (Windows) it is skipped.
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("folder forced", steps.get(3));
        }
        assertEquals("new", Files.readString(target));
        assertEquals(List.of(target), list());
    }

    @Test
    void aFailingContentNeverReachesTheForcesOrTheMove() {
        Path target = dir.resolve("out.bin");
        List<String> steps = new ArrayList<>();
        assertThrows(IOException.class, () -> AtomicWrite.writeChannel(target, channel -> {
            channel.write(ByteBuffer.wrap(new byte[100]));
            throw new IOException("disk full");
        }, steps::add));
        assertEquals(List.of(), steps);
        assertTrue(Files.notExists(target));
    }

    private static byte[] pattern(int length) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (i * 31 + (i >> 8));
        }
        return b;
    }

    private List<Path> list() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
