package io.github.stack3d.bench;

import io.github.stack3d.Memory;
import io.github.stack3d.Mesh;
import io.github.stack3d.SliceSource;
import io.github.stack3d.Stack3D;

import java.util.Locale;

/**
 * Measures the heap a streamed marching-cubes extraction keeps: the stack is opened with {@code openStack}
 * (slices read from disk when needed) and the peak live heap during the extraction is measured by
 * {@link LiveHeap} (a full collection every millisecond). Prints the peak live heap above the baseline (the
 * opened stack, before extraction) next to the size of 8 slices plus the output mesh. Run by {@code bench/mc.sh},
 * or: {@code java -XX:+UseParallelGC -cp ... io.github.stack3d.bench.StreamingHeap FOLDER LEVEL} (ParallelGC: see
 * {@link LiveHeap}).
 */
public final class StreamingHeap {

    private StreamingHeap() {
    }

    public static void main(String[] args) throws Exception {
        SliceSource stack = Stack3D.openStack(args[0]);
        double level = Double.parseDouble(args[1]);
        // the program itself (classes, the marching-cubes table) is part of the baseline, not of the extraction
        Stack3D.marchingCubes(Stack3D.crop(Stack3D.sampleStack(), 0, 0, 60, 32, 32, 4), 100.5);
        LiveHeap heap = LiveHeap.start();
        long t0 = System.nanoTime();
        Mesh mesh = Stack3D.marchingCubes(stack, level);
        long t = System.nanoTime() - t0;
        long above = heap.stop();
        long meshBytes = (long) mesh.vertexCount() * 24 + (long) mesh.triangleCount() * 12;
        long slices = 8L * stack.sliceSize() * stack.type().bytesPerVoxel();
        System.out.printf(Locale.ROOT, "%s: %s in %.0f ms (with a full GC every millisecond)%n", stack, mesh, t / 1e6);
        System.out.printf(Locale.ROOT, "peak live heap above baseline: %s; 8 slices (%s) + the mesh (%s) = %s -> %s%n",
                Memory.size(above), Memory.size(slices), Memory.size(meshBytes), Memory.size(slices + meshBytes),
                above < slices + meshBytes ? "below" : "ABOVE");
    }
}
