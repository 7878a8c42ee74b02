package io.github.stack3d.cli;

import io.github.stack3d.Parallel;
import io.github.stack3d.extract.MarchingCubes;
import io.github.stack3d.extract.MeshRuns;
import io.github.stack3d.io.AtomicWrite;
import io.github.stack3d.io.mesh.PlyRanges;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Writes the binary PLY of a mesh part by part at each part's place in the file ({@link PlyRanges}), so that no
 * thread waits for a serial write of the whole mesh: either while marching cubes still makes it (as
 * {@link MarchingCubes.Parts}: the header once the mesh is counted, then each thread's part as soon as it is final),
 * or from the runs of a one-pass extraction ({@link #write(MeshRuns, Path)}: the header, then every run's
 * vertices, loop centres and faces on the library's threads, never joined into one mesh). After each part the
 * written bytes are sent to the disk on a thread of its own ({@link FileChannel#force}, waiting, not computing), so
 * that the force before the file is moved into place finds little left to do.
 */
final class PlyParts implements MarchingCubes.Parts {

    /** A write of the file failed (not a read of the stack, whose failures name the slice). */
    static final class WriteFailure extends UncheckedIOException {
        WriteFailure(IOException cause) {
            super(cause);
        }
    }

    private final FileChannel channel;
    private final String unit;
    private volatile PlyRanges file;
    private final AtomicBoolean flushing = new AtomicBoolean();

    PlyParts(FileChannel channel, String unit) {
        this.channel = channel;
        this.unit = unit;
    }

    /**
     * Writes {@code mesh} to {@code target} as a binary PLY, atomically ({@link AtomicWrite}): byte for byte what
     * {@code PlyWriter.writeBinary} writes of the mesh {@code MarchingCubes.extract} makes of the same stack.
     *
     * @return {@code target}
     * @throws IOException naming the target when writing fails
     */
    static Path write(MeshRuns mesh, Path target) throws IOException {
        long size = 300 + 24L * mesh.vertexCount() + 13L * mesh.triangleCount();
        return AtomicWrite.writeChannel(target, size, channel -> {
            PlyParts parts = new PlyParts(channel, mesh.unit());
            try {
                parts.sized(mesh.vertexCount(), mesh.triangleCount());
                Parallel.forEach(mesh.runs(), r -> {
                    try {
                        mesh.write(r, new Run(parts.file.writer()));
                    } catch (IOException e) {
                        throw new WriteFailure(e);
                    }
                    parts.flush();
                });
            } catch (WriteFailure e) {
                throw e.getCause();
            }
        });
    }

    /** One run's records, through a writer of its own. */
    private record Run(PlyRanges.Writer file) implements MeshRuns.Records {
        @Override
        public void vertices(float[] records, int count, long first) throws IOException {
            file.records(records, 0, count, first);
        }

        @Override
        public void triangles(int[] indices, int count, long first) throws IOException {
            file.faces(indices, 0, count, first);
        }
    }

    @Override
    public void sized(int vertices, int triangles) {
        try {
            file = new PlyRanges(channel, vertices, triangles, unit);
        } catch (IOException e) {
            throw new WriteFailure(e);
        }
    }

    @Override
    public void finished(float[] xyz, float[] normals, int[] triangles, int vertexFrom, int vertexTo, int extraFrom,
                         int extraTo, int triangleFrom, int triangleTo) {
        try {
            PlyRanges.Writer w = file.writer();
            w.vertices(xyz, normals, vertexFrom, vertexTo);
            w.vertices(xyz, normals, extraFrom, extraTo);
            w.faces(triangles, triangleFrom, triangleTo - triangleFrom, triangleFrom);
        } catch (IOException e) {
            throw new WriteFailure(e);
        }
        flush();
    }

    /** Starts sending what is written to the disk, unless a flush is under way (the next part starts another). */
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
}
