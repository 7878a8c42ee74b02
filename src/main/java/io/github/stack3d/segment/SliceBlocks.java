package io.github.stack3d.segment;

import io.github.stack3d.Parallel;
import java.util.function.IntFunction;

/**
 * Runs a filter that needs the input slices within {@code reach} of each output slice: output slices are made in
 * blocks, in parallel, from a window of input slices that is made (in parallel) once per slice and dropped when
 * the blocks have passed it, so that at most a block plus {@code 2·reach} input slices are held. Each output
 * slice is computed alone, so the result does not depend on the number of threads.
 */
final class SliceBlocks {

    /** Makes output slice {@code z} from {@code window}, which returns input slices {@code z − reach .. z + reach}. */
    @FunctionalInterface
    interface Output<T> {
        void make(int z, IntFunction<T> window);
    }

    /** Makes output slices {@code first..end−1} from {@code window}, which returns their input slices. */
    @FunctionalInterface
    interface BlockOutput<T> {
        void make(int first, int end, IntFunction<T> window);
    }

    private SliceBlocks() {
    }

    static <T> void run(int depth, int reach, IntFunction<T> input, Output<T> output) {
        runBlocks(depth, reach, input, (first, end, window) -> Parallel.forEach(end - first,
                j -> output.make(first + j, window)));
    }

    /**
     * As {@link #run}, but hands over a whole block of output slices at a time, for a filter that sweeps the block's
     * slices part by part (so that each part of the window's slices is read from the cache, not from memory, by
     * every output slice that needs it); the filter runs the block in parallel itself.
     */
    @SuppressWarnings("unchecked")
    static <T> void runBlocks(int depth, int reach, IntFunction<T> input, BlockOutput<T> output) {
        Object[] window = new Object[depth];
        int block = Math.max(16, 4 * Parallel.threads());
        for (int z0 = 0; z0 < depth; z0 += block) {
            int first = z0;
            int end = Math.min(depth, z0 + block);
            int lo = Math.max(0, z0 - reach);
            int hi = Math.min(depth - 1, end - 1 + reach);
            for (int z = Math.max(0, lo - block); z < lo; z++) {
                window[z] = null;
            }
            Parallel.forEach(hi - lo + 1, j -> {
                if (window[lo + j] == null) {
                    window[lo + j] = input.apply(lo + j);
                }
            });
            output.make(first, end, z -> (T) window[z]);
        }
    }
}
