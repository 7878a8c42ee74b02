package io.github.stack3d.bench;

import io.github.stack3d.Border;
import io.github.stack3d.Memory;
import io.github.stack3d.Mesh;
import io.github.stack3d.SliceSource;
import io.github.stack3d.Stack3D;
import io.github.stack3d.Volume;
import io.github.stack3d.extract.MarchingCubes;
import io.github.stack3d.extract.MeshRuns;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * Measures the heap a streamed marching-cubes extraction keeps: the stack is opened with {@code openStack}
 * (slices read from disk when needed) and the peak live heap during the extraction is measured by
 * {@link LiveHeap} (a full collection every millisecond). Prints the peak live heap above the baseline (the
 * opened stack, before extraction) next to the size of 8 slices plus the output mesh, for the whole mesh
 * ({@code marchingCubes}) and for the one pass of the mesh command ({@link MarchingCubes#extractRuns}, the runs'
 * own buffers). Run by {@code bench/mc.sh}, or: {@code java -XX:+UseParallelGC -cp ...
 * io.github.stack3d.bench.StreamingHeap FOLDER LEVEL} (ParallelGC: see {@link LiveHeap}).
 */
public final class StreamingHeap {

    private StreamingHeap() {
    }

    public static void main(String[] args) throws Exception {
        SliceSource stack = Stack3D.openStack(args[0]);
        double level = Double.parseDouble(args[1]);
        // the program itself (classes, the marching-cubes table) is part of the baseline, not of the extraction
        Volume warm = Stack3D.crop(Stack3D.sampleStack(), 0, 0, 60, 32, 32, 4);
        Stack3D.marchingCubes(warm, 100.5);
        MarchingCubes.extractRuns(warm, 100.5, Border.CLOSED);
        measure(stack, "mesh", () -> {
            Mesh m = Stack3D.marchingCubes(stack, level);
            return new long[] {m.vertexCount(), m.triangleCount()};
        });
        measure(stack, "one pass", () -> {
            MeshRuns m = MarchingCubes.extractRuns(stack, level, Border.CLOSED);
            return new long[] {m.vertexCount(), m.triangleCount()};
        });
    }

    /** Runs {@code extraction} (which returns its vertex and triangle counts) and prints the heap it kept. */
    private static void measure(SliceSource stack, String what, Supplier<long[]> extraction) throws Exception {
        LiveHeap heap = LiveHeap.start();
        long t0 = System.nanoTime();
        long[] counts = extraction.get();
        long t = System.nanoTime() - t0;
        long above = heap.stop();
        long meshBytes = counts[0] * 24 + counts[1] * 12;
        long slices = 8L * stack.sliceSize() * stack.type().bytesPerVoxel();
        System.out.printf(Locale.ROOT, "%s, %s: %d vertices, %d triangles in %.0f ms (with a full GC every "
                + "millisecond)%n", stack, what, counts[0], counts[1], t / 1e6);
        System.out.printf(Locale.ROOT, "peak live heap above baseline: %s; 8 slices (%s) + the mesh (%s) = %s -> %s%n",
                Memory.size(above), Memory.size(slices), Memory.size(meshBytes), Memory.size(slices + meshBytes),
                above < slices + meshBytes ? "below" : "ABOVE");
    }
}
