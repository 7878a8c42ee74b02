package io.github.stack3d.spark;

import io.github.stack3d.Border;
import io.github.stack3d.Checks;
import io.github.stack3d.Mask;
import io.github.stack3d.Mesh;
import io.github.stack3d.PointCloud;
import io.github.stack3d.SampleType;
import io.github.stack3d.Stack3D;
import io.github.stack3d.Volume;
import io.github.stack3d.extract.MeshPart;
import io.github.stack3d.extract.MeshStitch;
import io.github.stack3d.extract.ShellPoints;
import io.github.stack3d.extract.SlabPlan;
import io.github.stack3d.segment.Histogram;
import io.github.stack3d.segment.Otsu;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import scala.Tuple2;

/**
 * stack3d's marching cubes and shell points as Spark jobs: one task per z-slab, each reading only its slab's
 * slices and one neighbour each side from storage every executor sees, the result identical to the local one
 * ({@link Stack3D#marchingCubes}, {@link Stack3D#shellPoints}) byte for byte.
 *
 * <p>The slabs are those of a {@link SlabPlan}; each task returns a {@link MeshPart} (or a slab's points) and the
 * driver joins them ({@link MeshStitch#join}), so the driver holds the whole mesh; for meshes larger than that,
 * {@link #marchingCubesToParts} writes one file per slab and a manifest, and {@link MeshPartFiles#merge} writes
 * the PLY from them in constant memory. Spark retries a failed task; a slab's result does not depend on which
 * attempt made it.
 *
 * <p>Testing retries: a job whose local property {@value #FAULT_SLAB} names a slab fails that slab's first
 * {@value #FAULT_ATTEMPTS} attempts (default 1) with {@link IllegalStateException}.
 */
public final class SparkMeshes {

    /** Cube layers (about slices) per slab by default. */
    public static final int DEFAULT_LAYERS = 32;
    /** Local property: the slab whose task fails on purpose (fault injection, for tests). */
    public static final String FAULT_SLAB = "stack3d.fault.slab";
    /** Local property: how many first attempts of that slab fail (default 1). */
    public static final String FAULT_ATTEMPTS = "stack3d.fault.attempts";

    private SparkMeshes() {
    }

    /**
     * The closed marching-cubes surface at {@code level} of the stack at {@code stackLocation} (a folder of
     * slices, a glob, or a multipage TIFF, at the same path on every executor), in slabs of
     * {@value #DEFAULT_LAYERS} slices.
     *
     * @throws IOException naming a file the driver cannot read
     */
    public static Mesh marchingCubes(JavaSparkContext sc, String stackLocation, double level) throws IOException {
        return marchingCubes(sc, SparkStack.open(stackLocation), level, Border.CLOSED, DEFAULT_LAYERS);
    }

    /**
     * The marching-cubes surface at {@code level} (around the voxels {@code >= level}), in slabs of
     * {@code layers} cube layers: {@code Stack3D.marchingCubes(stack, level, border)}.
     */
    public static Mesh marchingCubes(JavaSparkContext sc, SparkStack stack, double level, Border border,
                                     int layers) {
        return MeshStitch.join(parts(sc, job(stack, level, border, layers, false), null));
    }

    /** The closed surface around the voxels {@code <= level}: {@code Stack3D.marchingCubesBelow(stack, level)}. */
    public static Mesh marchingCubesBelow(JavaSparkContext sc, SparkStack stack, double level, int layers) {
        return MeshStitch.join(parts(sc, job(stack, level, Border.CLOSED, layers, true), null));
    }

    /**
     * The shell points of the voxels with {@code lo <= value <= hi}, in slabs of {@value #DEFAULT_LAYERS}
     * slices: {@code Stack3D.shellPoints(Stack3D.inRange(stack, lo, hi))}.
     *
     * @throws IOException naming a file the driver cannot read
     */
    public static PointCloud shellPoints(JavaSparkContext sc, String stackLocation, double lo, double hi)
            throws IOException {
        return shellPoints(sc, SparkStack.open(stackLocation), lo, hi, DEFAULT_LAYERS);
    }

    /** The shell points of the voxels with {@code lo <= value <= hi}, in slabs of {@code slices} slices. */
    public static PointCloud shellPoints(JavaSparkContext sc, SparkStack stack, double lo, double hi, int slices) {
        return shellPoints(sc, stack, lo, hi, slices, null);
    }

    static PointCloud shellPoints(JavaSparkContext sc, SparkStack stack, double lo, double hi, int slices,
                                  List<Integer> order) {
        Checks.requireNonNull(sc, "sc");
        Checks.requireNonNull(stack, "stack");
        Checks.requirePositive(slices, "slices");
        Mask whole = Stack3D.inRange(stack.slices(0, 0), lo, hi); // checks lo and hi before the job, reads nothing
        int slabs = (int) ((stack.depth() + (long) slices - 1) / slices);
        ShellJob job = new ShellJob(stack, lo, hi, slices);
        List<Tuple2<Integer, float[]>> got = sc.parallelize(order(slabs, order), slabs)
                .mapToPair(s -> new Tuple2<>(s, job.call(s))).collect();
        List<Tuple2<Integer, float[]>> sorted = new ArrayList<>(got);
        sorted.sort(Comparator.comparing(Tuple2::_1));
        List<float[]> xyz = new ArrayList<>();
        for (Tuple2<Integer, float[]> t : sorted) {
            xyz.add(t._2());
        }
        return ShellPoints.join(xyz, whole);
    }

    /**
     * The Otsu level of an 8- or 16-bit stack, as {@link Stack3D#otsu} gives it: each task counts the values of
     * {@code slices} slices, and the counts are summed.
     *
     * @throws IllegalArgumentException for float data (give the level), or when every voxel has one value
     */
    public static double otsu(JavaSparkContext sc, SparkStack stack, int slices) {
        Checks.requireNonNull(sc, "sc");
        Checks.requireNonNull(stack, "stack");
        Checks.requirePositive(slices, "slices");
        SampleType type = stack.type();
        if (!type.isInteger()) {
            throw new IllegalArgumentException("Otsu on a cluster counts the values of 8- or 16-bit data; " + stack
                    + " holds " + type + " values: give the level");
        }
        int depth = stack.depth();
        int slabs = (int) ((depth + (long) slices - 1) / slices);
        long[] counts = sc.parallelize(order(slabs, null), slabs).map(s -> {
            injectFault(s);
            return Histogram.values(stack.range(s * slices, Math.min(depth, (s + 1) * slices) - 1));
        }).reduce((a, b) -> {
            for (int i = 0; i < a.length; i++) {
                a[i] += b[i];
            }
            return a;
        });
        return Otsu.threshold(counts, type, stack.toString());
    }

    /**
     * Writes the surface at {@code level} as one part file per slab and a manifest into the new folder
     * {@code folder} ({@link MeshPartFiles}), which must be on storage every executor writes. The parts are
     * written into a hidden sibling folder that is renamed to {@code folder} when every slab is done, so a job
     * that fails leaves nothing under {@code folder}, and its hidden folder is deleted.
     *
     * @return the folder
     * @throws FileAlreadyExistsException when {@code folder} exists
     */
    public static Path marchingCubesToParts(JavaSparkContext sc, SparkStack stack, double level, Border border,
                                            int layers, String folder) throws IOException {
        Checks.requireNonNull(folder, "folder");
        MeshJob job = job(stack, level, border, layers, false);
        Path target = Path.of(folder).toAbsolutePath();
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "the parts folder exists; remove it or "
                    + "name another");
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path work = parent.resolve("." + target.getFileName() + ".tmp-" + UUID.randomUUID());
        Files.createDirectory(work);
        try {
            String into = work.toString();
            List<MeshPartFiles.Entry> entries = new ArrayList<>(sc.parallelize(order(job.plan().slabs(), null),
                    job.plan().slabs()).map(s -> MeshPartFiles.write(job.call(s), Path.of(into))).collect());
            entries.sort(Comparator.comparingInt(MeshPartFiles.Entry::slab));
            MeshPartFiles.writeManifest(work, stack.grid().unit(), level, entries);
            Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } finally {
            deleteTree(work);
        }
    }

    static MeshJob job(SparkStack stack, double level, Border border, int layers, boolean below) {
        Checks.requireNonNull(stack, "stack");
        Checks.requireFinite(level, "level");
        Checks.requireNonNull(border, "border");
        Checks.requirePositive(layers, "layers");
        return new MeshJob(stack, level, below, SlabPlan.ofThickness(stack.depth(), border, layers));
    }

    /** The parts of every slab, the tasks made in {@code order} (null: slab order). */
    static List<MeshPart> parts(JavaSparkContext sc, MeshJob job, List<Integer> order) {
        Checks.requireNonNull(sc, "sc");
        int slabs = job.plan().slabs();
        return sc.parallelize(order(slabs, order), slabs).map(job).collect();
    }

    private static List<Integer> order(int slabs, List<Integer> order) {
        if (order != null) {
            return order;
        }
        List<Integer> all = new ArrayList<>();
        for (int s = 0; s < slabs; s++) {
            all.add(s);
        }
        return all;
    }

    /** One slab's mesh part, made in a task. */
    record MeshJob(SparkStack stack, double level, boolean below, SlabPlan plan)
            implements Function<Integer, MeshPart> {
        private static final long serialVersionUID = 1L;

        @Override
        public MeshPart call(Integer slab) {
            injectFault(slab);
            Volume v = stack.slices(plan.firstSlice(slab), plan.lastSlice(slab));
            return below ? MeshPart.below(v, level, plan, slab) : MeshPart.of(v, level, plan, slab);
        }
    }

    /** One slab's shell points (x y z per point), made in a task. */
    record ShellJob(SparkStack stack, double lo, double hi, int slices) implements Serializable {
        private static final long serialVersionUID = 1L;

        float[] call(int slab) {
            injectFault(slab);
            int from = slab * slices;
            int to = Math.min(stack.depth(), from + slices);
            Volume v = stack.slices(Math.max(0, from - 1), Math.min(stack.depth() - 1, to));
            return ShellPoints.ofSlices(Stack3D.inRange(v, lo, hi), from, to);
        }
    }

    /** Fails this task when the job's {@link #FAULT_SLAB} property names its slab and attempts remain to fail. */
    static void injectFault(int slab) {
        TaskContext task = TaskContext.get();
        String faulty = task == null ? null : task.getLocalProperty(FAULT_SLAB);
        if (faulty == null || Integer.parseInt(faulty) != slab) {
            return;
        }
        String attempts = task.getLocalProperty(FAULT_ATTEMPTS);
        if (task.attemptNumber() < (attempts == null ? 1 : Integer.parseInt(attempts))) {
            throw new IllegalStateException("injected fault: slab " + slab + ", attempt " + task.attemptNumber());
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
