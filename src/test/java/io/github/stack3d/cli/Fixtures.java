package io.github.stack3d.cli;

import io.github.stack3d.Grid;
import io.github.stack3d.Mesh;
import io.github.stack3d.Stack3D;
import io.github.stack3d.Volume;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;

/**
 * The working folder of a bad-input case: a small stack ({@code scan/} of four 16×12 8-bit slices, the same as the
 * multipage {@code vol.tif}, and {@code tiff.ply}, a copy of it under a mesh's name), a mesh ({@code mesh.ply}),
 * plus what each case adds: odd files, links, FIFOs, devices, TIFF headers declaring huge slices.
 */
final class Fixtures {

    /** Adds entries to a case's working folder before the snapshot is taken. */
    @FunctionalInterface
    interface Fixture {
        void make(Path work) throws Exception;

        default Fixture and(Fixture next) {
            return w -> {
                make(w);
                next.make(w);
            };
        }
    }

    /** The stack every case can read: a bright ball in a dark 16×12×4 8-bit volume, 0.5×0.5×1 µm. */
    static final Volume VOLUME = ball();
    /** A closed mesh of {@link #VOLUME} at level 100. */
    static final Mesh MESH = Stack3D.marchingCubes(VOLUME, 100);

    private Fixtures() {
    }

    /** Writes the baseline every case starts from into {@code work}. */
    static void baseline(Path work) throws IOException {
        Stack3D.writeStack(VOLUME, work.resolve("scan"));
        Stack3D.writeTiff(VOLUME, work.resolve("vol.tif"));
        Files.copy(work.resolve("vol.tif"), work.resolve("tiff.ply"));
        Stack3D.savePly(MESH, work.resolve("mesh.ply"));
    }

    static Fixture none() {
        return w -> { };
    }

    static Fixture file(String name, byte[] bytes) {
        return w -> {
            Path p = w.resolve(name);
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
        };
    }

    static Fixture text(String name, String text) {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Fixture folder(String name) {
        return w -> Files.createDirectories(w.resolve(name));
    }

    static Fixture link(String name, String target) {
        return w -> Files.createSymbolicLink(w.resolve(name), Path.of(target));
    }

    static Fixture hardLink(String name, String existing) {
        return w -> Files.createLink(w.resolve(name), w.resolve(existing));
    }

    static Fixture copy(String from, String to) {
        return w -> Files.copy(w.resolve(from), w.resolve(to));
    }

    /** The first {@code bytes} bytes of an existing file, written as {@code to}. */
    static Fixture truncated(String from, String to, int bytes) {
        return w -> Files.write(w.resolve(to), Arrays.copyOf(Files.readAllBytes(w.resolve(from)), bytes));
    }

    static Fixture fifo(String name) {
        return w -> run("mkfifo", w.resolve(name).toString());
    }

    /** A block device node (loop device 7, 0); needs root. */
    static Fixture blockDevice(String name) {
        return w -> run("mknod", w.resolve(name).toString(), "b", "7", "0");
    }

    /** A Unix domain socket file, left bound by a closed channel (the file stays). */
    static Fixture socket(String name) {
        return w -> {
            try (ServerSocketChannel s = ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
                s.bind(UnixDomainSocketAddress.of(w.resolve(name)));
            }
        };
    }

    static Fixture mode(String name, String permissions) {
        return w -> Files.setPosixFilePermissions(w.resolve(name), PosixFilePermissions.fromString(permissions));
    }

    /** A folder of {@code count} TIFF files each declaring a {@code width × height} slice they do not hold. */
    static Fixture declaredSlices(String folder, int count, long width, long height, int bits) {
        return w -> {
            Path f = Files.createDirectories(w.resolve(folder));
            for (int i = 1; i <= count; i++) {
                Files.write(f.resolve(String.format("s_%02d.tif", i)), declaredTiff(width, height, bits));
            }
        };
    }

    /**
     * A baseline little-endian TIFF header whose one uncompressed gray strip would hold {@code width × height}
     * samples of {@code bits}; the file ends after the header (no pixel data), as a truncated download does.
     */
    static byte[] declaredTiff(long width, long height, int bits) {
        int entries = 9;
        ByteBuffer b = ByteBuffer.allocate(8 + 2 + entries * 12 + 4 + 16).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        b.putShort((short) entries);
        long strip = width * height * bits / 8;
        entry(b, 256, 4, width);          // ImageWidth, LONG
        entry(b, 257, 4, height);         // ImageLength
        entry(b, 258, 3, bits);           // BitsPerSample, SHORT
        entry(b, 259, 3, 1);              // Compression: none
        entry(b, 262, 3, 1);              // PhotometricInterpretation: BlackIsZero
        entry(b, 273, 4, b.capacity());   // StripOffsets: just past the end of the file
        entry(b, 277, 3, 1);              // SamplesPerPixel
        entry(b, 278, 4, height);         // RowsPerStrip
        entry(b, 279, 4, strip);          // StripByteCounts (unsigned 32-bit)
        b.putInt(0);
        return Arrays.copyOf(b.array(), b.position());
    }

    private static void entry(ByteBuffer b, int tag, int type, long value) {
        b.putShort((short) tag).putShort((short) type).putInt(1);
        if (type == 3) {
            b.putShort((short) value).putShort((short) 0);
        } else {
            b.putInt((int) value);
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
    }

    private static Volume ball() {
        int w = 16;
        int h = 12;
        int d = 4;
        byte[][] slices = new byte[d][w * h];
        for (int z = 0; z < d; z++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    double r = Math.sqrt((x - 7.5) * (x - 7.5) + (y - 5.5) * (y - 5.5) + (z - 1.5) * (z - 1.5) * 4);
                    slices[z][y * w + x] = (byte) Math.max(0, Math.min(255, (int) (250 - 40 * r)));
                }
            }
        }
        return Volume.ofBytes(w, h, slices, Grid.of(0.5, 0.5, 1, "µm"));
    }
}
