package io.github.stack3d;

import java.util.Locale;

/** Checks that a large allocation fits in the Java heap before it is made, with advice when it does not. */
public final class Memory {

    private Memory() {
    }

    /**
     * Throws an {@link IllegalStateException} naming {@code what}, the bytes it needs, the free heap and how to
     * raise it (-Xmx) when {@code bytes} plus a quarter (the collector's working room: G1 needed about 1.35 times
     * a stack of 128 MB in 256 KB slices) exceeds the heap that is free now.
     */
    public static void require(long bytes, String what) {
        long needed = bytes + bytes / 4;
        if (needed <= available()) {
            return;
        }
        System.gc();
        long free = available();
        if (needed <= free) {
            return;
        }
        long max = Runtime.getRuntime().maxMemory();
        long advice = Math.max(2 * (max + bytes - free), bytes * 2);
        throw new IllegalStateException(String.format(Locale.ROOT,
                "%s needs %s but only %s of the Java heap is free (maximum heap %s); start Java with a larger "
                        + "heap, for example -Xmx%dg (jshell: -J-Xmx%dg; IJava: set IJAVA_OPTS or JAVA_OPTS), "
                        + "or crop/downsample the stack, or stream it with openStack",
                what, size(bytes), size(free), size(max), gigabytes(advice), gigabytes(advice)));
    }

    /** Heap bytes that can still be allocated. */
    public static long available() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
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
