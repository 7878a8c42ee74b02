package io.github.stack3d.bench;

import io.github.stack3d.Mask;
import io.github.stack3d.Stack3D;
import io.github.stack3d.Volume;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Times morphology, the distance map, the Gaussian and median filters and {@code smoothMask} on a stack in memory,
 * the timed call only (as {@code bench/filters_reference.py} times scipy.ndimage): one warm-up run, then the best
 * of {@code -Drepeat=2} runs, except that an operation whose warm-up took over {@code -DslowSeconds=20} is reported
 * by that run. One line per operation: wall time, Mvoxel/s, the process's CPU time in that run (all threads and
 * garbage collection: the work done, whatever else the machine runs) and what it made (voxels of a mask, the sum
 * of a float volume). The mask is {@code v >= 100} (the blobs' iso level). Run by {@code bench/filters.sh}, or
 * {@code java -cp ... io.github.stack3d.bench.FiltersBenchmark STACK [OPERATION...]} (only the operations named).
 */
public final class FiltersBenchmark {

    private FiltersBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int repeat = Integer.getInteger("repeat", 2);
        long slow = Long.getLong("slowSeconds", 20) * 1_000_000_000L;
        Volume v = Stack3D.loadStack(Path.of(args[0]));
        Mask mask = Stack3D.threshold(v, 100).load();
        Map<String, Supplier<String>> ops = new LinkedHashMap<>();
        for (double r : new double[] {1, 3, 8}) {
            ops.put("dilate r=" + (int) r, () -> voxels(Stack3D.dilate(mask, r)));
            ops.put("erode r=" + (int) r, () -> voxels(Stack3D.erode(mask, r)));
        }
        ops.put("distanceMap", () -> sum(Stack3D.distanceMap(mask)));
        ops.put("gaussian s=1", () -> sum(Stack3D.gaussian(v, 1)));
        ops.put("gaussian s=3", () -> sum(Stack3D.gaussian(v, 3)));
        ops.put("median r=1", () -> sum(Stack3D.median(v, 1)));
        ops.put("median r=2", () -> sum(Stack3D.median(v, 2)));
        ops.put("smoothMask s=1", () -> sum(Stack3D.smoothMask(mask, 1)));
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<String> only = List.of(args).subList(1, args.length);
        for (Map.Entry<String, Supplier<String>> op : ops.entrySet()) {
            if (!only.isEmpty() && !only.contains(op.getKey())) {
                continue;
            }
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            String result = op.getValue().get();
            long warm = System.nanoTime() - t0;
            long warmCpu = os.getProcessCpuTime() - c0;
            long best = warm > slow ? warm : Long.MAX_VALUE;
            long cpu = warmCpu;
            for (int r = 0; r < (warm > slow ? 0 : repeat); r++) {
                c0 = os.getProcessCpuTime();
                t0 = System.nanoTime();
                result = op.getValue().get();
                long t = System.nanoTime() - t0;
                cpu = t < best ? os.getProcessCpuTime() - c0 : cpu;
                best = Math.min(best, t);
            }
            System.out.printf(Locale.ROOT, "%-22s %-16s %9.1f ms %8.1f Mvoxel/s %9.1f ms cpu   %s%n",
                    "stack3d (" + Stack3D.threads() + " thr)", op.getKey(), best / 1e6, v.voxelCount() / (best / 1e3),
                    cpu / 1e6, result);
        }
    }

    private static String voxels(Mask m) {
        return m.count() + " voxels";
    }

    /** The sum of every voxel, in double precision, in slice order: the same number as numpy's up to rounding. */
    private static String sum(Volume f) {
        double s = 0;
        for (int z = 0; z < f.depth(); z++) {
            for (float x : f.floatSlice(z, new float[f.sliceSize()])) {
                s += x;
            }
        }
        return String.format(Locale.ROOT, "sum %.6e", s);
    }
}
