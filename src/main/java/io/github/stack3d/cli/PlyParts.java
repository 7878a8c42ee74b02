package io.github.stack3d.cli;

import io.github.stack3d.extract.MarchingCubes;
import io.github.stack3d.io.mesh.PlyRanges;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Writes the binary PLY of a mesh that marching cubes is still making: the header once the mesh is counted, then
 * each thread's part as soon as it is final, at its place in the file ({@link PlyRanges}), so that the file is
 * complete when the last part is and no thread waits for a serial write at the end. After each part the written
 * bytes are sent to the disk on a thread of its own ({@link FileChannel#force}, waiting, not computing), so that
 * the force before the file is moved into place finds little left to do.
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
            file.vertices(xyz, normals, vertexFrom, vertexTo);
            file.vertices(xyz, normals, extraFrom, extraTo);
            file.faces(triangles, triangleFrom, triangleTo);
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
