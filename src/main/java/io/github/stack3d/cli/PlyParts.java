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

    private final PlyRanges.Writer file;

    private PlyParts(PlyRanges.Writer file) {
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
        PlyRanges file = new PlyRanges(channel, mesh.vertexCount(), mesh.triangleCount(), mesh.unit());
        Flusher flusher = new Flusher(channel);
        try {
            Parallel.forEach(mesh.runs(), r -> {
                try {
                    mesh.write(r, new PlyParts(file.writer()));
                } catch (IOException e) {
                    throw new WriteFailure(e);
                }
                flusher.flush();
            });
        } catch (WriteFailure e) {
            throw e.getCause();
        }
    }

    /** Sends what is written to the disk on a thread of its own, one force at a time. */
    private static final class Flusher {
        private final FileChannel channel;
        private final AtomicBoolean flushing = new AtomicBoolean();

        Flusher(FileChannel channel) {
            this.channel = channel;
        }

        /** Starts a force, unless one is under way (the next run starts another). */
        void flush() {
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
