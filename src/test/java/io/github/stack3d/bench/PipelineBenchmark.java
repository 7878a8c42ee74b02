package io.github.stack3d.bench;

import io.github.stack3d.Mask;
import io.github.stack3d.PointCloud;
import io.github.stack3d.Stack3D;
import io.github.stack3d.Volume;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Throughput of each step of the seed's job on one stack, warm (best of several runs): loading the slices,
 * {@code inRange}, shell points and binary PLY writing, in voxels or points per second. Run by
 * {@code bench/shell.sh}, or: {@code java -cp target/classes:target/test-classes:$(cat target/classpath.txt)
 * io.github.stack3d.bench.PipelineBenchmark STACK LO HI}
 */
public final class PipelineBenchmark {

    private PipelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path stack = Path.of(args[0]);
        double lo = Double.parseDouble(args[1]);
        double hi = Double.parseDouble(args[2]);
        int repeat = Integer.getInteger("repeat", 5);
        Path out = Files.createTempFile("stack3d-bench-", ".ply");
        long load = Long.MAX_VALUE;
        long threshold = Long.MAX_VALUE;
        long shell = Long.MAX_VALUE;
        long write = Long.MAX_VALUE;
        Volume v = null;
        PointCloud points = null;
        for (int r = 0; r < repeat + 1; r++) {
            long t0 = System.nanoTime();
            v = Stack3D.loadStack(stack);
            long t1 = System.nanoTime();
            Mask mask = Stack3D.inRange(v, lo, hi);
            long t2 = System.nanoTime();
            points = Stack3D.shellPoints(mask);
            long t3 = System.nanoTime();
            Stack3D.savePly(points, out);
            long t4 = System.nanoTime();
            load = Math.min(load, t1 - t0);
            threshold = Math.min(threshold, t2 - t1);
            shell = Math.min(shell, t3 - t2);
            write = Math.min(write, t4 - t3);
        }
        long bytes = Files.size(out);
        Files.delete(out);
        long voxels = v.voxelCount();
        System.out.println(v + ", inRange(" + lo + ", " + hi + ") -> " + points);
        row("load slices", load, voxels, "Mvoxel/s");
        row("inRange", threshold, voxels, "Mvoxel/s");
        row("shell points", shell, voxels, "Mvoxel/s");
        row("write binary PLY", write, points.size(), "Mpoint/s");
        System.out.printf(Locale.ROOT, "%-20s %8.1f ms %10.0f MB/s  (%d bytes)%n", "", write / 1e6,
                bytes / (write / 1e9) / 1e6, bytes);
    }

    private static void row(String step, long nanos, long items, String unit) {
        System.out.printf(Locale.ROOT, "%-20s %8.1f ms %10.1f %s%n", step, nanos / 1e6, items / (nanos / 1e3), unit);
    }
}
