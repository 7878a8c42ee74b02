package io.github.stack3d.cli;

import io.github.stack3d.Parallel;
import io.github.stack3d.extract.MeshRuns;
import io.github.stack3d.io.AtomicWrite;
import io.github.stack3d.io.mesh.PlyRanges;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Writes the binary PLY of a surface that marching cubes made in runs ({@link MeshRuns}), without joining them:
 * the header, then each run's vertices, loop centres and faces at their places in the file ({@link PlyRanges}), the
 * runs on the library's threads. The file is byte for byte what {@code PlyWriter.writeBinary} writes of the mesh, and
 * it is written atomically ({@link AtomicWrite}). After each run the written bytes are sent to the disk on a thread
 * of its own ({@link FileChannel#force}, waiting, not computing), so that the force before the file is moved into
 * place finds less left to do.
 */
final class PlyParts implements MeshRuns.Records {

    /** A write of the file failed, carried out of a worker thread. */
    private static final class WriteFailure extends UncheckedIOException {
        WriteFailure(IOException cause) {
            super(cause);
        }
    }

    private final FileChannel channel;
    private final PlyRanges file;
    private final AtomicBoolean flushing = new AtomicBoolean();

    private PlyParts(FileChannel channel, PlyRanges file) {
        this.channel = channel;
        this.file = file;
    }

    /**
     * Writes {@code mesh} to {@code target} as a binary PLY.
     *
     * @return {@code target}
     * @throws IOException naming the target when writing fails
     */
    static Path write(MeshRuns mesh, Path target) throws IOException {
        long size = 300 + 24L * mesh.vertexCount() + 13L * mesh.triangleCount();
        return AtomicWrite.writeChannel(target, size, channel -> write(mesh, channel));
    }

    private static void write(MeshRuns mesh, FileChannel channel) throws IOException {
        PlyParts parts = new PlyParts(channel, new PlyRanges(channel, mesh.vertexCount(), mesh.triangleCount(),
                mesh.unit()));
        try {
            Parallel.forEach(mesh.runs(), r -> {
                try {
                    mesh.write(r, parts);
                } catch (IOException e) {
                    throw new WriteFailure(e);
                }
                parts.flush();
            });
        } catch (WriteFailure e) {
            throw e.getCause();
        }
    }

    /** Starts sending what is written to the disk, unless a flush is under way (the next run starts another). */
    private void flush() {
        if (!flushing.compareAndSet(false, true)) {
            return;
        }
        Thread flusher = new Thread(() -> {
            try {
                channel.force(false);
            } catch (IOException e) {
                // the force before the move, which every write makes, reports what is wrong with the file
            } finally {
                flushing.set(false);
            }
        }, "stack3d-flush");
        flusher.setDaemon(true);
        flusher.start();
    }

    @Override
    public void vertices(float[] records, int count, long first) throws IOException {
        file.vertices(records, 0, count, first);
    }

    @Override
    public void triangles(int[] indices, int count, long first) throws IOException {
        file.faces(indices, 0, count, first);
    }
}
