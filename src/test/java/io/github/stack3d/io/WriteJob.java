package io.github.stack3d.io;

import io.github.stack3d.Grid;
import io.github.stack3d.PointCloud;
import io.github.stack3d.Stack3D;
import io.github.stack3d.Volume;
import java.nio.file.Path;

/**
 * A child JVM's long write, to be interrupted by {@link InterruptedWriteTest}: {@code ply TARGET POINTS} writes an
 * ASCII PLY of that many points; {@code stack FOLDER SLICES} replaces a folder by that many 256×256 slices;
 * {@code hold TARGET} writes a few bytes and then waits a minute inside its write, a live writer's temporary file.
 * Prints {@code done} at the end.
 */
public final class WriteJob {

    private WriteJob() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[1]);
        switch (args[0]) {
            case "ply" -> Stack3D.savePlyAscii(points(Integer.parseInt(args[2])), target);
            case "stack" -> Stack3D.replaceStack(slices(Integer.parseInt(args[2])), target);
            case "hold" -> AtomicWrite.write(target, out -> {
                out.write("held".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                out.flush();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            default -> throw new IllegalArgumentException("job is " + args[0] + "; expected ply, stack or hold");
        }
        System.out.println("done");
    }

    /** Points on a spiral with long decimal coordinates, so that the text is large. */
    static PointCloud points(int n) {
        float[] xyz = new float[3 * n];
        for (int i = 0; i < n; i++) {
            double t = i * 0.001;
            xyz[3 * i] = (float) (Math.cos(t) * (1 + t));
            xyz[3 * i + 1] = (float) (Math.sin(t) * (1 + t));
            xyz[3 * i + 2] = (float) (t / 7);
        }
        return new PointCloud(xyz, "mm");
    }

    /** {@code depth} slices of 256×256 8-bit values that differ per slice. */
    static Volume slices(int depth) {
        byte[][] s = new byte[depth][256 * 256];
        for (int z = 0; z < depth; z++) {
            for (int i = 0; i < s[z].length; i++) {
                s[z][i] = (byte) (i * 31 + z * 7);
            }
        }
        return Volume.ofBytes(256, 256, s, Grid.of(1, 1, 1, "px"));
    }
}
