package io.github.stack3d.bench;

import io.github.stack3d.Mask;
import io.github.stack3d.Stack3D;
import io.github.stack3d.Volume;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Times components, hole filling and the automatic thresholds on a stack in memory, the timed call only (as
 * {@code bench/components_reference.py} times scipy and scikit-image): two warm-up runs, then the best of
 * {@code -Drepeat=3} runs; one line per operation with Mvoxel/s and what it found. Masks: {@code v >= 100} (the
 * blobs' iso level) and the same with every voxel where {@code (x·7 + y·13 + z·31) mod 17 == 0} flipped (many
 * small components and holes). Run by {@code bench/components.sh}, or {@code java -cp ...
 * io.github.stack3d.bench.ComponentsBenchmark STACK}.
 */
public final class ComponentsBenchmark {

    private ComponentsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int repeat = Integer.getInteger("repeat", 3);
        Volume v = Stack3D.loadStack(Path.of(args[0]));
        Mask plain = Stack3D.threshold(v, 100);
        Mask speckled = speckled(plain);
        Map<String, Supplier<Object>> ops = new LinkedHashMap<>();
        for (Map.Entry<String, Mask> m : Map.of("v>=100", plain, "speckled", speckled).entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())).toList()) {
            Mask mask = m.getValue();
            ops.put("labels 26 " + m.getKey(), () -> Stack3D.labels(mask).count() + " components");
            ops.put("labels 6 " + m.getKey(), () -> Stack3D.labels(mask, 6).count() + " components");
            ops.put("fillHoles " + m.getKey(), () -> Stack3D.fillHoles(mask).count() + " voxels");
            ops.put("fillHoles2D " + m.getKey(), () -> Stack3D.fillHoles2D(mask).count() + " voxels");
        }
        ops.put("otsu", () -> Stack3D.otsu(v));
        ops.put("li", () -> Stack3D.li(v));
        ops.put("triangle", () -> Stack3D.triangle(v));
        ops.put("isodata", () -> Stack3D.isodata(v));
        ops.put("mean", () -> Stack3D.mean(v));
        ops.put("percentile 99", () -> Stack3D.percentile(v, 99));
        for (Map.Entry<String, Supplier<Object>> op : ops.entrySet()) {
            Object result = null;
            long best = Long.MAX_VALUE;
            for (int r = 0; r < 2 + repeat; r++) {
                long t0 = System.nanoTime();
                result = op.getValue().get();
                long t = System.nanoTime() - t0;
                best = r >= 2 ? Math.min(best, t) : best;
            }
            System.out.printf(Locale.ROOT, "%-22s %-24s %9.1f ms %8.0f Mvoxel/s   %s%n",
                    "stack3d (" + Stack3D.threads() + " thr)", op.getKey(), best / 1e6, v.voxelCount() / (best / 1e3),
                    result);
        }
    }

    /** {@code mask} with the voxels where {@code (x·7 + y·13 + z·31) mod 17 == 0} flipped. */
    static Mask speckled(Mask mask) {
        int w = mask.width();
        long[][] bits = new long[mask.depth()][];
        for (int z = 0; z < mask.depth(); z++) {
            bits[z] = mask.bits(z).clone();
            for (int i = 0; i < mask.sliceSize(); i++) {
                if (((i % w) * 7 + (i / w) * 13 + z * 31) % 17 == 0) {
                    bits[z][i >>> 6] ^= 1L << i;
                }
            }
        }
        return Mask.of(w, mask.height(), bits, mask.grid());
    }
}
