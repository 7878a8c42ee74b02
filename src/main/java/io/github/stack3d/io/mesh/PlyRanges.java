package io.github.stack3d.io.mesh;

import io.github.stack3d.Checks;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * A binary PLY mesh whose size is known before its records are, written range by range at each range's place in
 * the file, from any thread and in any order: so that the parts of a mesh that threads make go to the file while
 * the others are still being made, or without being joined first. The file is byte for byte what
 * {@link PlyWriter#writeBinary(io.github.stack3d.Mesh, java.nio.file.Path)} writes for the whole mesh (vertices
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
     * {@code channel}; the ranges follow through {@link #writer}s.
     *
     * @throws IOException when the header cannot be written
     */
    public PlyRanges(FileChannel channel, long vertices, long triangles, String unit) throws IOException {
        this.channel = Checks.requireNonNull(channel, "channel");
        byte[] header = PlyWriter.binaryMeshHeader(vertices, triangles, unit).getBytes(StandardCharsets.UTF_8);
        vertexAt = header.length;
        faceAt = vertexAt + VERTEX_BYTES * vertices;
        size = faceAt + FACE_BYTES * triangles;
        write(ByteBuffer.wrap(header), 0);
    }

    /** The file's size once every range is written. */
    public long size() {
        return size;
    }

    /** A writer of ranges with buffers of its own: one per thread that writes. */
    public Writer writer() {
        return new Writer();
    }

    /** Writes ranges of {@link PlyRanges}' file through buffers of its own, reused from range to range. */
    public final class Writer {
        private final ByteBuffer vertexBytes = ByteBuffer.allocateDirect(VERTEX_BYTES * BLOCK)
                .order(ByteOrder.LITTLE_ENDIAN);
        private final byte[] faceBytes = new byte[FACE_BYTES * BLOCK];
        private float[] values;

        private Writer() {
        }

        /** Writes the records of vertices {@code from .. to - 1}, positions and normals from the mesh's arrays. */
        public void vertices(float[] xyz, float[] normals, int from, int to) throws IOException {
            values = values != null ? values : new float[6 * BLOCK];
            for (int v = from; v < to; v += BLOCK) {
                int n = Math.min(BLOCK, to - v);
                PlyWriter.interleave(xyz, normals, v, n, values);
                records(values, 0, n, v);
            }
        }

        /**
         * Writes vertices {@code first .. first + count - 1} from {@code records}, six floats each
         * ({@code x y z nx ny nz}, the file's order) from {@code records[6 * from]}.
         */
        public void records(float[] records, int from, int count, long first) throws IOException {
            for (int done = 0; done < count; done += BLOCK) {
                int n = Math.min(BLOCK, count - done);
                vertexBytes.clear();
                vertexBytes.asFloatBuffer().put(records, 6 * (from + done), 6 * n);
                vertexBytes.limit(VERTEX_BYTES * n);
                write(vertexBytes, vertexAt + VERTEX_BYTES * (first + done));
            }
        }

        /**
         * Writes faces {@code first .. first + count - 1} from {@code indices}, three each from
         * {@code indices[3 * from]}.
         */
        public void faces(int[] indices, int from, int count, long first) throws IOException {
            for (int done = 0; done < count; done += BLOCK) {
                int n = Math.min(BLOCK, count - done);
                PlyWriter.faces(indices, from + done, n, faceBytes);
                write(ByteBuffer.wrap(faceBytes, 0, FACE_BYTES * n), faceAt + FACE_BYTES * (first + done));
            }
        }
    }

    private void write(ByteBuffer bytes, long position) throws IOException {
        long at = position;
        while (bytes.hasRemaining()) {
            at += channel.write(bytes, at);
        }
    }
}
