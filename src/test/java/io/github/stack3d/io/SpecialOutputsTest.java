package io.github.stack3d.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.stack3d.FolderSnapshot;
import io.github.stack3d.Mesh;
import io.github.stack3d.Stack3D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs that are not plain files ({@link OutputTarget}): a FIFO and {@code /dev/null} are written through and stay
 * what they are; a symbolic link is followed, its target replaced atomically and the link kept; a block device is
 * refused and untouched. No temporary file is left anywhere.
 */
class SpecialOutputsTest {

    private static final int S_IFMT = 0170000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFBLK = 0060000;

    @TempDir
    Path dir;

    private final Mesh mesh = new Mesh(new float[] {0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1},
            new int[] {0, 2, 1, 0, 1, 3, 0, 3, 2, 1, 2, 3}, "mm");

    @Test
    void aFifoIsWrittenThroughAndStaysAFifo() throws Exception {
        byte[] expected = Files.readAllBytes(Stack3D.savePly(mesh, dir.resolve("plain.ply")));
        Path fifo = dir.resolve("viewer.ply");
        assumeTrue(run("mkfifo", fifo.toString()), "mkfifo failed");
        Object inode = Files.getAttribute(fifo, "unix:ino");
        CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(fifo); // what a viewer reading the pipe gets
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Stack3D.savePly(mesh, fifo);
        assertArrayEquals(expected, reader.get(30, TimeUnit.SECONDS), "the reader got the whole PLY");
        assertEquals(S_IFIFO, mode(fifo) & S_IFMT, "still a FIFO");
        assertEquals(inode, Files.getAttribute(fifo, "unix:ino"), "the same FIFO, not a replacement");
        assertNoPart(dir);
    }

    @Test
    void aSymlinkIsFollowedItsTargetReplacedAtomicallyAndTheLinkKept() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("meshes"));
        Path real = Files.writeString(sub.resolve("real.ply"), "old");
        Object oldInode = Files.getAttribute(real, "unix:ino");
        Path link = Files.createSymbolicLink(dir.resolve("link.ply"), Path.of("meshes/real.ply"));
        Path chain = Files.createSymbolicLink(dir.resolve("chain.ply"), Path.of("link.ply"));

        Stack3D.savePly(mesh, chain);
        assertTrue(Files.isSymbolicLink(link) && Files.isSymbolicLink(chain), "both links are kept");
        assertEquals(Path.of("meshes/real.ply"), Files.readSymbolicLink(link));
        assertEquals(Path.of("link.ply"), Files.readSymbolicLink(chain));
        assertTrue(Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS));
        assertNotEquals(oldInode, Files.getAttribute(real, "unix:ino"), "replaced by a rename, not rewritten");
        assertEquals(4, Stack3D.readPly(real).vertexCount());
        assertNoPart(dir);
        assertNoPart(sub);
    }

    @Test
    void aDanglingSymlinkGetsItsTargetCreated() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.ply"), Path.of("new.ply"));
        Stack3D.saveStl(mesh, link);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(4, Stack3D.readStl(dir.resolve("new.ply")).triangleCount());
        assertNoPart(dir);
    }

    @Test
    void aBlockDeviceIsRefusedAndUntouched() throws Exception {
        Path disk = dir.resolve("disk.ply");
        assumeTrue(run("mknod", disk.toString(), "b", "7", "0"), "mknod needs root");
        FolderSnapshot before = FolderSnapshot.of(dir);
        IOException e = assertThrows(IOException.class, () -> Stack3D.savePly(mesh, disk));
        assertTrue(e.getMessage().contains("disk.ply") && e.getMessage().contains("block device"), e.getMessage());
        Path link = Files.createSymbolicLink(dir.resolve("to-disk.ply"), disk);
        FolderSnapshot withLink = FolderSnapshot.of(dir);
        IOException viaLink = assertThrows(IOException.class, () -> Stack3D.saveObj(mesh, link));
        assertTrue(viaLink.getMessage().contains("to-disk.ply (-> ") && viaLink.getMessage().contains("block device"),
                viaLink.getMessage());
        assertEquals(S_IFBLK, mode(disk) & S_IFMT);
        assertEquals(withLink, FolderSnapshot.of(dir), before.diff(FolderSnapshot.of(dir)));
    }

    @Test
    void devNullIsWrittenThroughAndStaysACharacterDevice() throws IOException {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull), "no /dev/null here");
        // never risk the machine's /dev/null: write only when it is known to be written through
        assertTrue(OutputTarget.of(devNull).through(), "/dev/null must be written through, not replaced");
        Object inode = Files.getAttribute(devNull, "unix:ino");
        Object device = Files.getAttribute(devNull, "unix:rdev");
        assertEquals(devNull, Stack3D.savePly(mesh, devNull));
        assertEquals(devNull, Stack3D.saveStlAscii(mesh, devNull.toString()));
        assertEquals(S_IFCHR, mode(devNull) & S_IFMT, "still a character device"
                + ("root".equals(System.getProperty("user.name")) ? " (as root, which a rename could replace)" : ""));
        assertEquals(inode, Files.getAttribute(devNull, "unix:ino"));
        assertEquals(device, Files.getAttribute(devNull, "unix:rdev"));
        assertNoPart(Path.of("/dev"));
    }

    private static int mode(Path p) throws IOException {
        return (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
    }

    private static void assertNoPart(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            assertEquals(java.util.List.of(), s.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".stack3d-")).toList(), "temporary files left in " + folder);
        }
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }
}
