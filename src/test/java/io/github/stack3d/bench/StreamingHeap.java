package io.github.stack3d.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.github.stack3d.Memory;
import io.github.stack3d.Mesh;
import io.github.stack3d.SliceSource;
import io.github.stack3d.Stack3D;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Measures the heap a streamed marching-cubes extraction keeps: the stack is opened with {@code openStack}
 * (slices read from disk when needed) and, while the extraction runs, a sampler asks for a full collection every
 * few milliseconds; the live heap is what each full collection leaves (its "after" figure, from the collector's
 * own notification; minor collections are left out, since they leave garbage in the old generation). Prints the peak live heap above the baseline (the opened stack, before extraction) next to the
 * size of 8 slices plus the output mesh. Run by {@code bench/mc.sh}, or: {@code java -XX:+UseParallelGC -cp ...
 * io.github.stack3d.bench.StreamingHeap FOLDER LEVEL}. Use ParallelGC: its full collections compact the heap, so what they leave is the live data (Serial reports filler arrays too, and G1 rounds the mesh's large arrays up to whole regions).
 */
public final class StreamingHeap {

    /** The heap's memory pools (the notifications also report metaspace and the code cache). */
    private static final java.util.Set<String> HEAP = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
            .map(java.lang.management.MemoryPoolMXBean::getName).collect(java.util.stream.Collectors.toSet());

    private StreamingHeap() {
    }

    public static void main(String[] args) throws Exception {
        SliceSource stack = Stack3D.openStack(args[0]);
        double level = Double.parseDouble(args[1]);
        AtomicLong last = new AtomicLong();
        AtomicLong peak = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                    return;
                }
                GarbageCollectionNotificationInfo info =
                        GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                if (info.getGcAction().contains("major")) {
                    long used = 0;
                    for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                        if (HEAP.contains(pool.getKey())) {
                            used += pool.getValue().getUsed();
                        }
                    }
                    last.set(used);
                    peak.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
        // the program itself (classes, the marching-cubes table) is part of the baseline, not of the extraction
        Stack3D.marchingCubes(Stack3D.crop(Stack3D.sampleStack(), 0, 0, 60, 32, 32, 4), 100.5);
        System.gc();
        Thread.sleep(100);
        long baseline = last.get();
        peak.set(baseline);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                System.gc();
                try {
                    Thread.sleep(1);
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
        Thread.sleep(100);
        long above = peak.get() - baseline;
        long meshBytes = (long) mesh.vertexCount() * 24 + (long) mesh.triangleCount() * 12;
        long slices = 8L * stack.sliceSize() * stack.type().bytesPerVoxel();
        System.out.printf(Locale.ROOT, "%s: %s in %.0f ms (with a full GC every millisecond)%n", stack, mesh, t / 1e6);
        System.out.printf(Locale.ROOT, "peak live heap above baseline: %s; 8 slices (%s) + the mesh (%s) = %s -> %s%n",
                Memory.size(above), Memory.size(slices), Memory.size(meshBytes), Memory.size(slices + meshBytes),
                above < slices + meshBytes ? "below" : "ABOVE");
    }
}
