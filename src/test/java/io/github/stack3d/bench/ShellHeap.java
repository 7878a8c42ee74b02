package io.github.stack3d.bench;

import io.github.stack3d.Memory;
import io.github.stack3d.PointCloud;
import io.github.stack3d.SampleType;
import io.github.stack3d.Stack3D;
import io.github.stack3d.Volume;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Measures the heap the seed's job keeps, {@code savePly(shellPoints(inRange(stack, lo, hi)), out)}, with the
 * stack streamed ({@code stream}: {@code openStack}) or loaded ({@code memory}: {@code loadStack}); the peak live
 * heap from opening or loading to the written file is measured by {@link LiveHeap} (a full collection every
 * millisecond). Prints it next to what the job must hold: streamed, a window per worker thread (a grey slice, the
 * three mask slices and two index buffers of {@code VoxelPoints.collect}) plus 16 bytes per point (its
 * coordinates and its index per slice); loaded, the stack and its mask too. The last line, {@code live
 * heap bytes: N}, is for scripts. Run by {@code bench/stream.sh}, or: {@code java -Xmx160m -XX:+UseParallelGC -cp
 * ... io.github.stack3d.bench.ShellHeap stream|memory FOLDER LO HI OUT.ply}.
 */
public final class ShellHeap {

    private ShellHeap() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path folder = Path.of(args[1]);
        double lo = Double.parseDouble(args[2]);
        double hi = Double.parseDouble(args[3]);
        Path out = Path.of(args[4]);
        if (!mode.equals("stream") && !mode.equals("memory")) {
            throw new IllegalArgumentException("mode " + mode + "; expected stream or memory");
        }
        warmUp(folder);
        LiveHeap heap = LiveHeap.start();
        long t0 = System.nanoTime();
        Volume stack = mode.equals("stream") ? Stack3D.openStack(folder) : Stack3D.loadStack(folder);
        PointCloud points = Stack3D.shellPoints(Stack3D.inRange(stack, lo, hi));
        Stack3D.savePly(points, out);
        long t = System.nanoTime() - t0;
        long above = heap.stop();
        long n = stack.sliceSize();
        long pointBytes = 16L * points.size();
        long maskSlice = SampleType.BIT.bytes(n);
        System.out.printf(Locale.ROOT, "%s: %s, inRange(%s, %s) -> %s in %.0f ms (with a full GC every "
                + "millisecond), max heap %s%n", mode, stack, args[2], args[3], points, t / 1e6,
                Memory.size(Runtime.getRuntime().maxMemory()));
        int threads = Stack3D.threads();
        long window = threads * (stack.type().bytes(n) + 3 * maskSlice + 2 * Integer.BYTES * n);
        long loaded = mode.equals("stream") ? 0 : stack.sizeInBytes() + maskSlice * stack.depth();
        long bound = loaded + window + pointBytes;
        String held = String.format(Locale.ROOT, "%s%d threads × (1 grey slice + 3 mask slices + 2 index buffers) "
                + "(%s) + the points, 16 B each (%s)", loaded == 0 ? "" : "the stack and its mask ("
                + Memory.size(loaded) + ") + ", threads, Memory.size(window), Memory.size(pointBytes));
        System.out.printf(Locale.ROOT, "peak live heap above baseline: %s; %s = %s -> %s%n", Memory.size(above), held,
                Memory.size(bound), above < bound ? "below" : "ABOVE");
        System.out.println("live heap bytes: " + above);
    }

    /** The program itself (classes, the TIFF reader, the PLY writer) is part of the baseline, not of the job. */
    private static void warmUp(Path folder) throws Exception {
        Path tmp = Files.createTempFile("stack3d-shell-heap-", ".ply");
        try {
            Volume small = Stack3D.crop(Stack3D.sampleStack(), 0, 0, 60, 32, 32, 4);
            Stack3D.savePly(Stack3D.shellPoints(Stack3D.inRange(small, 0, 255)), tmp);
            Stack3D.openStack(folder).slice(0);
        } finally {
            Files.delete(tmp);
        }
    }
}
