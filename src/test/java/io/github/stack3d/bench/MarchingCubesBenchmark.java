package io.github.stack3d.bench;

import io.github.stack3d.Border;
import io.github.stack3d.Mesh;
import io.github.stack3d.Stack3D;
import io.github.stack3d.Volume;
import io.github.stack3d.extract.MarchingCubes;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Times stack3d's marching cubes on stacks already in memory, the timed call only (as
 * {@code bench/mc_reference.py} times scikit-image and VTK), best of at least 5 runs and 1 s after 1.5 s of
 * warm-up (the first run, in a fresh JVM, is printed too), and prints one
 * line per stack. Run by {@code bench/mc.sh}, or:
 * {@code java -cp target/classes:target/test-classes:$(cat target/classpath.txt)
 * io.github.stack3d.bench.MarchingCubesBenchmark LEVEL STACK...}
 */
public final class MarchingCubesBenchmark {

    private MarchingCubesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double level = Double.parseDouble(args[0]);
        int repeat = Integer.getInteger("repeat", 5);
        int threads = Integer.getInteger("threads", Runtime.getRuntime().availableProcessors());
        for (int a = 1; a < args.length; a++) {
            Volume v = Stack3D.loadStack(Path.of(args[a]));
            long best = Long.MAX_VALUE;
            long first = 0;
            Mesh mesh = null;
            long spent = 0;
            // the first run, then 1.5 s of warm-up (at least 2 runs), then the best of at least `repeat` runs and 1 s
            for (int r = 0; r < 2 || spent < 1_500_000_000L; r++) {
                long t0 = System.nanoTime();
                mesh = MarchingCubes.extract(v, level, Border.OPEN, threads);
                long t = System.nanoTime() - t0;
                first = r == 0 ? t : first;
                spent += r == 0 ? 0 : t;
            }
            spent = 0;
            for (int r = 0; r < repeat || spent < 1_000_000_000L; r++) {
                long t0 = System.nanoTime();
                mesh = MarchingCubes.extract(v, level, Border.OPEN, threads);
                long t = System.nanoTime() - t0;
                best = Math.min(best, t);
                spent += t;
            }
            String name = Path.of(args[a]).getFileName().toString();
            System.out.printf(Locale.ROOT, "%-26s %-28s %8.1f ms %8.0f Mvoxel/s %10d vertices %10d triangles"
                            + "   (first run %.0f ms)%n", "stack3d (" + threads + " thr)", name, best / 1e6,
                    v.voxelCount() / (best / 1e3), mesh.vertexCount(), mesh.triangleCount(), first / 1e6);
        }
    }
}
