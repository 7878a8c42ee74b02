package io.github.stack3d.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The peak live heap while some code runs: a sampler thread asks for a full collection every millisecond, and
 * the live heap is what each full collection leaves (its "after" figure, from the collector's own notification,
 * heap pools only; minor collections are left out, since they leave garbage in the old generation).
 * {@code LiveHeap heap = LiveHeap.start(); job(); long bytes = heap.stop();}. Use ParallelGC: its full
 * collections compact the heap, so what they leave is the live data (Serial reports filler arrays too, and G1
 * rounds large arrays up to whole regions).
 */
final class LiveHeap implements NotificationListener {

    /** The heap's memory pools (the notifications also report metaspace and the code cache). */
    private static final Set<String> HEAP = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    private final AtomicLong last = new AtomicLong();
    private final AtomicLong peak = new AtomicLong();
    private final Thread sampler = new Thread(LiveHeap::sample, "live-heap sampler");
    private long baseline;

    private LiveHeap() {
    }

    /** Measures the baseline (what one full collection leaves now), then starts the sampler. */
    static LiveHeap start() throws Exception {
        LiveHeap heap = new LiveHeap();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener(heap, null, null);
        }
        System.gc();
        Thread.sleep(100);
        heap.baseline = heap.last.get();
        heap.peak.set(heap.baseline);
        heap.sampler.setDaemon(true);
        heap.sampler.start();
        return heap;
    }

    /** Stops the sampler and returns the peak live heap above the baseline, in bytes. */
    long stop() throws Exception {
        sampler.interrupt();
        sampler.join();
        System.gc();
        Thread.sleep(100);
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).removeNotificationListener(this);
        }
        return peak.get() - baseline;
    }

    /** The live heap when {@link #start} was called. */
    long baseline() {
        return baseline;
    }

    @Override
    public void handleNotification(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
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
    }

    private static void sample() {
        while (!Thread.currentThread().isInterrupted()) {
            System.gc();
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
