package io.github.stack3d.bench;

import io.github.stack3d.Memory;
import io.github.stack3d.Mesh;
import io.github.stack3d.SliceSource;
import io.github.stack3d.Stack3D;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures the heap a streamed marching-cubes extraction keeps: the stack is opened with {@code openStack} (slices
 * read from disk when needed) and, while the extraction runs, a sampler collects garbage every few milliseconds
 * and records the live heap. Prints the peak live heap above the baseline next to the size of 8 slices plus the
 * output mesh. Run by {@code bench/mc.sh}, or: {@code java -XX:+UseSerialGC -cp ...
 * io.github.stack3d.bench.StreamingHeap FOLDER LEVEL}
 */
public final class StreamingHeap {

    private StreamingHeap() {
    }

    public static void main(String[] args) throws Exception {
        SliceSource stack = Stack3D.openStack(args[0]);
        double level = Double.parseDouble(args[1]);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                System.gc();
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed() - baseline, Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long t0 = System.nanoTime();
        Mesh mesh = Stack3D.marchingCubes(stack, level);
        long t = System.nanoTime() - t0;
        sampler.interrupt();
        sampler.join();
        System.gc();
        long meshBytes = (long) mesh.vertexCount() * 24 + (long) mesh.triangleCount() * 12;
        long slices = 8L * stack.sliceSize() * stack.type().bytesPerVoxel();
        System.out.printf(Locale.ROOT, "%s: %s in %.0f ms (with a full GC every 5 ms)%n", stack, mesh, t / 1e6);
        System.out.printf(Locale.ROOT, "peak live heap above baseline: %s; 8 slices (%s) + the mesh (%s) = %s -> %s%n",
                Memory.size(peak.get()), Memory.size(slices), Memory.size(meshBytes), Memory.size(slices + meshBytes),
                peak.get() < slices + meshBytes ? "below" : "ABOVE");
    }
}
