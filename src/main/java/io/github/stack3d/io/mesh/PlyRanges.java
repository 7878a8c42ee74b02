package io.github.stack3d.io.mesh;

import io.github.stack3d.Checks;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * A binary PLY mesh whose size is known before its arrays are filled, written range by range at each range's place
 * in the file, from any thread and in any order: so that the parts of a mesh that threads finish one after the
 * other go to the file while the others are still being made. The file is byte for byte what
 * {@link PlyWriter#writeBinary(io.github.stack3d.Mesh, java.nio.file.Path)} writes for the finished mesh (vertices
 * with normals, no colors): the header ({@link PlyWriter#binaryMeshHeader}), 24 bytes per vertex, 13 per face.
 * Writes are positional ({@link FileChannel#write(ByteBuffer, long)}), so the channel must be a file's.
 */
public final class PlyRanges {

    /** Vertices or faces encoded per write: buffers of some 100 KB, below a slice's size, beside the slices held. */
    private static final int BLOCK = 1 << 12;
    private static final int VERTEX_BYTES = 24;
    private static final int FACE_BYTES = 13;

    private final FileChannel channel;
    private final long vertexAt;
    private final long faceAt;
    private final long size;

    /**
     * Writes the header of a mesh of {@code vertices} vertices and {@code triangles} triangles at the start of
     * {@code channel}; the ranges follow through {@link #vertices} and {@link #faces}.
     *
     * @throws IOException when the header cannot be written
     */
    public PlyRanges(FileChannel channel, int vertices, int triangles, String unit) throws IOException {
        this.channel = Checks.requireNonNull(channel, "channel");
        byte[] header = PlyWriter.binaryMeshHeader(vertices, triangles, unit).getBytes(StandardCharsets.UTF_8);
        vertexAt = header.length;
        faceAt = vertexAt + (long) VERTEX_BYTES * vertices;
        size = faceAt + (long) FACE_BYTES * triangles;
        write(ByteBuffer.wrap(header), 0);
    }

    /** The file's size once every range is written. */
    public long size() {
        return size;
    }

    /** Writes the records of vertices {@code from .. to - 1}, positions and normals taken from the mesh's arrays. */
    public void vertices(float[] xyz, float[] normals, int from, int to) throws IOException {
        float[] values = new float[6 * Math.min(BLOCK, Math.max(0, to - from))];
        ByteBuffer bytes = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int v = from; v < to; v += BLOCK) {
            int n = Math.min(BLOCK, to - v);
            PlyWriter.interleave(xyz, normals, v, n, values);
            bytes.clear();
            bytes.asFloatBuffer().put(values, 0, 6 * n);
            bytes.limit(VERTEX_BYTES * n);
            write(bytes, vertexAt + (long) VERTEX_BYTES * v);
        }
    }

    /** Writes the records of faces {@code from .. to - 1} (triangle {@code f} is indices {@code 3f .. 3f + 2}). */
    public void faces(int[] triangles, int from, int to) throws IOException {
        byte[] block = new byte[FACE_BYTES * Math.min(BLOCK, Math.max(0, to - from))];
        for (int f = from; f < to; f += BLOCK) {
            int n = Math.min(BLOCK, to - f);
            PlyWriter.faces(triangles, f, n, block);
            write(ByteBuffer.wrap(block, 0, FACE_BYTES * n), faceAt + (long) FACE_BYTES * f);
        }
    }

    private void write(ByteBuffer bytes, long position) throws IOException {
        long at = position;
        while (bytes.hasRemaining()) {
            at += channel.write(bytes, at);
        }
    }
}
