package io.github.stack3d;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Locale;
import java.util.function.Supplier;

/** Checks that a large allocation fits in the Java heap before it is made, with advice when it does not. */
public final class Memory {

    /** The collector's working room kept beside an allocation: G1 needed about 1.25 times a 128 MB stack. */
    private static final double ROOM = 0.25;

    private Memory() {
    }

    /**
     * Throws an {@link IllegalStateException} naming {@code what}, the bytes it needs, the free heap and how to
     * raise it (-Xmx) when {@code bytes} plus a quarter (the collector's working room) exceeds the heap that is free.
     * Free is the maximum heap less what is in use now, or, when that is too little, less what was still live
     * after the last garbage collection (garbage does not count: the collector frees it when the allocation needs
     * it). Never calls the collector itself.
     */
    public static void require(long bytes, String what) {
        require(bytes, () -> what);
    }

    /**
     * {@link #require(long, String)} with the name of what needs the room made only when the check fails: for a
     * name that costs something to format (counts with separators), checked on a hot or first-call path.
     */
    public static void require(long bytes, Supplier<String> what) {
        long needed = bytes + (long) (bytes * ROOM);
        long free = available();
        if (needed <= free) {
            return;
        }
        free = Math.max(free, freeAfterLastCollection());
        if (needed <= free) {
            return;
        }
        long max = Runtime.getRuntime().maxMemory();
        long advice = Math.max(2 * (max + needed - free), needed * 2);
        throw new IllegalStateException(String.format(Locale.ROOT,
                "%s needs %s (%s with the collector's working room) but only %s of the Java heap is free "
                        + "(maximum heap %s); start Java with a larger heap, for example -Xmx%dg (jshell: -J-Xmx%dg; "
                        + "IJava: set IJAVA_OPTS or JAVA_OPTS), or crop/downsample the stack, or stream it with "
                        + "openStack",
                what.get(), size(bytes), size(needed), size(free), size(max), gigabytes(advice), gigabytes(advice)));
    }

    /** Heap bytes that can be allocated without a collection: the maximum heap less all that is in use now. */
    public static long available() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    /** The maximum heap less what the heap pools held right after their last collection (0 when none ran). */
    private static long freeAfterLastCollection() {
        long live = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                MemoryUsage after = pool.getCollectionUsage();
                MemoryUsage now = pool.getUsage();
                if (after == null || after.getUsed() == 0 && now.getUsed() > 0 && !isYoung(pool)) {
                    // no collection of this pool yet: what it holds now is all we know
                    live += now.getUsed();
                } else {
                    live += after.getUsed();
                }
            }
        }
        return Runtime.getRuntime().maxMemory() - live;
    }

    private static boolean isYoung(MemoryPoolMXBean pool) {
        String name = pool.getName().toLowerCase(Locale.ROOT);
        return name.contains("eden") || name.contains("survivor");
    }

    /** Bytes as a short human string, for example {@code 1.5 GB}. */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }

    private static long gigabytes(long bytes) {
        return Math.max(1, (bytes + (1L << 30) - 1) >> 30);
    }
}
