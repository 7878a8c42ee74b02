package io.github.stack3d.spark;

import io.github.stack3d.Checks;
import io.github.stack3d.extract.MeshPart;
import io.github.stack3d.extract.MeshStitch;
import io.github.stack3d.io.AtomicWrite;
import io.github.stack3d.io.mesh.PlyWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A mesh as one file per slab plus a manifest, for meshes too large for the driver, and {@link #merge}, which
 * writes the one PLY that {@code savePly(marchingCubes(...))} writes, in constant memory.
 *
 * <p>A part file {@code part-NNNNN.bin} holds the slab's vertex records ({@code x y z nx ny nz}, little-endian
 * floats: its edge vertices, then its loop centres) and then its triangle indices (little-endian ints, part-local
 * as in {@link MeshPart}). {@code manifest.txt} names the unit, the level and, per slab, the file and its counts:
 * {@code part-00003.bin EDGE_VERTICES LOOP_CENTRES INDICES SEAM}.
 */
public final class MeshPartFiles {

    /** The manifest's name in a parts folder. */
    public static final String MANIFEST = "manifest.txt";
    private static final String FIRST_LINE = "stack3d mesh parts 1";
    private static final int RECORD = 24;
    private static final int BUFFER_BYTES = 1 << 20;

    private MeshPartFiles() {
    }

    /** One slab's entry in the manifest. */
    record Entry(String file, int slab, int edgeVertices, int extras, int indices, int seam) implements
            java.io.Serializable {
        long bytes() {
            return (long) RECORD * (edgeVertices + extras) + 4L * indices;
        }
    }

    /** The file name of slab {@code s}'s part. */
    static String name(int slab) {
        return String.format("part-%05d.bin", slab);
    }

    /** Writes {@code part} into {@code folder} atomically (a retried task replaces it); returns its entry. */
    static Entry write(MeshPart part, Path folder) throws IOException {
        Entry e = new Entry(name(part.slab()), part.slab(), part.edgeVertices(), part.extras(),
                part.triangles().length, part.seam());
        float[] xyz = part.vertices();
        float[] n = part.normals();
        int[] t = part.triangles();
        AtomicWrite.writeChannel(folder.resolve(e.file()), e.bytes(), channel -> {
            ByteBuffer buf = ByteBuffer.allocateDirect(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < xyz.length; i += 3) {
                if (buf.remaining() < RECORD) {
                    AtomicWrite.drain(buf, channel);
                }
                buf.putFloat(xyz[i]).putFloat(xyz[i + 1]).putFloat(xyz[i + 2]);
                buf.putFloat(n[i]).putFloat(n[i + 1]).putFloat(n[i + 2]);
            }
            for (int index : t) {
                if (buf.remaining() < 4) {
                    AtomicWrite.drain(buf, channel);
                }
                buf.putInt(index);
            }
            AtomicWrite.drain(buf, channel);
        });
        return e;
    }

    /** Writes the manifest of the slabs' entries, in slab order, into {@code folder}. */
    static void writeManifest(Path folder, String unit, double level, List<Entry> entries) throws IOException {
        StringBuilder m = new StringBuilder(FIRST_LINE).append('\n');
        m.append("unit ").append(unit).append('\n');
        m.append("level ").append(level).append('\n');
        m.append("slabs ").append(entries.size()).append('\n');
        for (Entry e : entries) {
            m.append(e.file()).append(' ').append(e.edgeVertices()).append(' ').append(e.extras()).append(' ')
                    .append(e.indices()).append(' ').append(e.seam()).append('\n');
        }
        byte[] bytes = m.toString().getBytes(StandardCharsets.UTF_8);
        AtomicWrite.write(folder.resolve(MANIFEST), bytes.length, out -> out.write(bytes));
    }

    /**
     * Writes the mesh of the parts in {@code folder} as one binary PLY, byte for byte the file
     * {@code savePly(marchingCubes(...))} writes, reading the parts three times (edge vertices, loop centres,
     * triangles) through fixed buffers, so in constant memory.
     *
     * @param folder a folder written by {@link SparkMeshes#marchingCubesToParts}
     * @param ply    the PLY to write (atomically)
     * @return {@code ply}
     * @throws IOException naming the manifest or part that is missing or of the wrong size
     */
    public static Path merge(Path folder, Path ply) throws IOException {
        Checks.requireNonNull(folder, "folder");
        Checks.requireNonNull(ply, "ply");
        Path manifest = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            throw new NoSuchFileException(manifest.toString(), null, "no manifest: not a parts folder, or its job "
                    + "did not finish");
        }
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        if (lines.size() < 4 || !lines.get(0).equals(FIRST_LINE)) {
            throw new IOException(manifest + ": not a stack3d parts manifest (first line '"
                    + (lines.isEmpty() ? "" : lines.get(0)) + "')");
        }
        String unit = lines.get(1).substring("unit ".length());
        int slabs = Integer.parseInt(lines.get(3).substring("slabs ".length()));
        List<Entry> entries = new ArrayList<>();
        for (int s = 0; s < slabs; s++) {
            String[] f = lines.get(4 + s).split(" ");
            entries.add(new Entry(f[0], s, Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                    Integer.parseInt(f[4])));
        }
        long[] edge = new long[slabs];
        long[] extras = new long[slabs];
        long[] indices = new long[slabs];
        for (int s = 0; s < slabs; s++) {
            Entry e = entries.get(s);
            edge[s] = e.edgeVertices();
            extras[s] = e.extras();
            indices[s] = e.indices();
            Path p = folder.resolve(e.file());
            if (Files.size(p) != e.bytes()) {
                throw new IOException(p + ": " + Files.size(p) + " bytes, but the manifest says " + e.bytes());
            }
        }
        MeshStitch.Layout layout = MeshStitch.Layout.of(edge, extras, indices);
        if (layout.indices() == 0) {
            throw new IOException(manifest + ": the parts hold no triangle");
        }
        String header = PlyWriter.binaryMeshHeader(layout.vertices(), layout.indices() / 3, unit);
        long size = header.length() + (long) RECORD * layout.vertices() + 13L * (layout.indices() / 3);
        return AtomicWrite.writeChannel(ply, size, out -> {
            ByteBuffer buf = ByteBuffer.allocateDirect(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
            buf.put(header.getBytes(StandardCharsets.UTF_8));
            AtomicWrite.drain(buf, out);
            for (int pass = 0; pass < 2; pass++) {
                for (Entry e : entries) {
                    long from = pass == 0 ? 0 : (long) RECORD * e.edgeVertices();
                    long bytes = (long) RECORD * (pass == 0 ? e.edgeVertices() : e.extras());
                    try (FileChannel in = FileChannel.open(folder.resolve(e.file()), StandardOpenOption.READ)) {
                        copy(in, from, bytes, buf, out);
                    }
                }
            }
            ByteBuffer ints = ByteBuffer.allocateDirect(3 * 4 * 4096).order(ByteOrder.LITTLE_ENDIAN);
            int[] local = new int[3 * 4096];
            int[] global = new int[local.length];
            for (int s = 0; s < slabs; s++) {
                Entry e = entries.get(s);
                try (FileChannel in = FileChannel.open(folder.resolve(e.file()), StandardOpenOption.READ)) {
                    long at = (long) RECORD * (e.edgeVertices() + e.extras());
                    int done = 0;
                    while (done < e.indices()) {
                        int n = Math.min(local.length, e.indices() - done);
                        ints.clear().limit(4 * n);
                        readFully(in, ints, at + 4L * done);
                        ints.flip();
                        IntBuffer view = ints.asIntBuffer();
                        view.get(local, 0, n);
                        MeshStitch.relocate(local, 0, global, 0, n, e.edgeVertices(), layout.vertexStart()[s],
                                layout.extraStart()[s]);
                        for (int i = 0; i < n; i += 3) {
                            if (buf.remaining() < 13) {
                                AtomicWrite.drain(buf, out);
                            }
                            buf.put((byte) 3).putInt(global[i]).putInt(global[i + 1]).putInt(global[i + 2]);
                        }
                        done += n;
                    }
                }
            }
            AtomicWrite.drain(buf, out);
        });
    }

    /** Copies {@code bytes} bytes from {@code in} at {@code from} through {@code buf} to {@code out}. */
    private static void copy(FileChannel in, long from, long bytes, ByteBuffer buf, FileChannel out)
            throws IOException {
        long done = 0;
        while (done < bytes) {
            int n = (int) Math.min(buf.remaining(), bytes - done);
            if (n == 0) {
                AtomicWrite.drain(buf, out);
                continue;
            }
            ByteBuffer slice = buf.slice().limit(n);
            readFully(in, slice, from + done);
            buf.position(buf.position() + n);
            done += n;
        }
    }

    private static void readFully(FileChannel in, ByteBuffer into, long at) throws IOException {
        long position = at;
        while (into.hasRemaining()) {
            int r = in.read(into, position);
            if (r < 0) {
                throw new IOException("unexpected end of a part file at byte " + position);
            }
            position += r;
        }
    }
}
