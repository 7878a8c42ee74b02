package io.github.stack3d.bench;

import io.github.stack3d.Labels;
import io.github.stack3d.Mask;
import io.github.stack3d.Stack3D;
import io.github.stack3d.Volume;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Times {@code splitObjects} (distance transform, markers and flooding) on the mask {@code v >= 100} of a stack in
 * memory, the timed call only (as {@code bench/split_reference.py} times scipy's {@code distance_transform_edt},
 * skimage's {@code label}, {@code peak_local_max} and {@code watershed}): one warm-up run, then the best of
 * {@code -Drepeat=2} runs, for each {@code minDistance} given after the stack (default 10), one line each with
 * Mvoxel/s (of the whole stack), the label count and the three largest labels' sizes. Run by
 * {@code bench/split.sh}, or {@code java -cp ... io.github.stack3d.bench.SplitObjectsBenchmark STACK [K...]}.
 */
public final class SplitObjectsBenchmark {

    private SplitObjectsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int repeat = Integer.getInteger("repeat", 2);
        Volume v = Stack3D.loadStack(Path.of(args[0]));
        Mask mask = Stack3D.threshold(v, 100);
        for (int k = 1; k < Math.max(2, args.length); k++) {
            double minDistance = args.length > k ? Double.parseDouble(args[k]) : 10;
            Labels result = null;
            long best = Long.MAX_VALUE;
            for (int r = 0; r < 1 + repeat; r++) {
                result = null;
                long t0 = System.nanoTime();
                result = Stack3D.splitObjects(mask, minDistance);
                long t = System.nanoTime() - t0;
                best = r >= 1 ? Math.min(best, t) : best;
            }
            StringBuilder largest = new StringBuilder();
            for (int l = 1; l <= Math.min(3, result.count()); l++) {
                largest.append(l > 1 ? ", " : "").append(result.voxels(l));
            }
            System.out.printf(Locale.ROOT, "%-22s %-24s %9.1f ms %8.1f Mvoxel/s   %d labels (largest %s)%n",
                    "stack3d (" + Stack3D.threads() + " thr)", "splitObjects " + minDistance, best / 1e6,
                    v.voxelCount() / (best / 1e3), result.count(), largest);
        }
    }
}
