package io.github.stack3d.bench;

import io.github.stack3d.Border;
import io.github.stack3d.Stack3D;
import io.github.stack3d.Volume;
import io.github.stack3d.extract.MarchingCubes;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Times, in this (fresh) JVM, the first marching-cubes extraction of a stack already in memory, then the 20th,
 * and prints one line: {@code threads first-ms 20th-ms first-cpu-ms}. The JVM's start and the stack's loading are
 * not timed. Run by {@code bench/firstcall.sh}, or:
 * {@code java -cp target/classes:target/test-classes:$(cat target/classpath.txt)
 * io.github.stack3d.bench.FirstCall LEVEL THREADS STACK}
 */
public final class FirstCall {

    private FirstCall() {
    }

    public static void main(String[] args) throws Exception {
        double level = Double.parseDouble(args[0]);
        int threads = Integer.parseInt(args[1]);
        Volume v = Stack3D.loadStack(Path.of(args[2]));
        if (Boolean.getBoolean("tiny")) {
            // the fixed cost of a first call: a tiny 16³ ball before the timed one (printed to stderr)
            byte[][] slices = new byte[16][256];
            for (int i = 0; i < 16 * 256; i++) {
                int x = i % 16 - 8;
                int y = i / 16 % 16 - 8;
                int z = i / 256 - 8;
                slices[z + 8][i % 256] = (byte) (x * x + y * y + z * z < 30 ? 200 : 0);
            }
            long t = System.nanoTime();
            MarchingCubes.extract(Volume.ofBytes(16, 16, slices, v.grid()), 99.5, Border.OPEN, threads);
            System.err.printf(Locale.ROOT, "tiny %.1f ms%n", (System.nanoTime() - t) / 1e6);
        }
        var bean = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = bean.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        MarchingCubes.extract(v, level, Border.OPEN, threads);
        long first = System.nanoTime() - t0;
        long firstCpu = bean.getCurrentThreadCpuTime() - cpu0;
        long last = 0;
        for (int r = 1; r < 20; r++) {
            t0 = System.nanoTime();
            MarchingCubes.extract(v, level, Border.OPEN, threads);
            last = System.nanoTime() - t0;
        }
        System.out.printf(Locale.ROOT, "%d %.1f %.1f %.1f%n", threads, first / 1e6, last / 1e6, firstCpu / 1e6);
    }
}
