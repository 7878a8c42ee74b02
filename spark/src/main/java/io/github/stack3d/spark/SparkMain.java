package io.github.stack3d.spark;

import io.github.stack3d.Border;
import io.github.stack3d.Mesh;
import io.github.stack3d.PointCloud;
import io.github.stack3d.Stack3D;
import io.github.stack3d.cli.Numbers;
import io.github.stack3d.cli.Output;
import io.github.stack3d.cli.ShellRange;
import io.github.stack3d.cli.Spacing;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code spark-submit} main class: {@code mesh}, {@code shell}, {@code parts} and {@code merge}, with the core
 * command line's options ({@code --level}, {@code --below}, {@code --open}, {@code --spacing}, {@code --lo},
 * {@code --hi}, {@code --ascii}) and {@code --slab} (slices per task). Exit status 0 when done, 1 when the job
 * failed (one line; nothing is written), 2 for a command line that cannot be understood.
 */
@Command(name = "stack3d-spark", mixinStandardHelpOptions = true, version = "stack3d-spark 0.1.0",
        subcommands = {SparkMain.MeshCommand.class, SparkMain.ShellCommand.class, SparkMain.PartsCommand.class,
                SparkMain.MergeCommand.class},
        description = "stack3d on a Spark cluster: one task per z-slab, the same output as the stack3d command line.")
public final class SparkMain {

    /** The context the commands run in; set by {@link #run}. */
    private static JavaSparkContext context;

    private SparkMain() {
    }

    /**
     * Runs one command on a new Spark context (master and resources from spark-submit) and exits with its status;
     * {@code merge} and {@code --help} start no context.
     */
    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("merge") || args[0].startsWith("-")) {
            System.exit(run(null, args));
        }
        int status;
        JavaSparkContext sc = new JavaSparkContext(new SparkConf().setAppName("stack3d " + String.join(" ", args)));
        // fault injection for a real cluster's retries: --conf spark.stack3d.fault.slab=N (and .attempts=K)
        for (String key : new String[] {SparkMeshes.FAULT_SLAB, SparkMeshes.FAULT_ATTEMPTS}) {
            String value = sc.getConf().get("spark." + key, null);
            if (value != null) {
                sc.setLocalProperty(key, value);
            }
        }
        try {
            status = run(sc, args);
        } finally {
            sc.stop();
        }
        System.exit(status);
    }

    /** Runs one command on {@code sc}; returns the exit status. */
    public static int run(JavaSparkContext sc, String[] args) {
        context = sc;
        CommandLine cl = new CommandLine(new SparkMain());
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            String message = String.valueOf(e.getMessage());
            line.getErr().println(line.getCommandName() + ": " + message.lines().findFirst().orElse(message));
            return 1;
        });
        return cl.execute(args);
    }

    /** The stack and the options every command that reads one shares. */
    abstract static class Reading {
        @Parameters(index = "0", paramLabel = "STACK", description = "a folder of TIFF slices, a multipage TIFF, or "
                + "a quoted glob, at the same path on every executor")
        String stack;

        @Option(names = "--spacing", paramLabel = "X,Y,Z[,UNIT]", description = "voxel size (and unit) instead of "
                + "the one in the files")
        String spacing;

        @Option(names = "--slab", paramLabel = "N", defaultValue = "" + SparkMeshes.DEFAULT_LAYERS,
                description = "slices per task (default ${DEFAULT-VALUE})")
        int slab;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        /** The stack opened once, on first use: its headers are read a single time per command. */
        private SparkStack opened;

        /** The files the stack is read from, for refusing to write over one of them. */
        List<Path> files() throws IOException {
            return open().files().stream().map(Path::of).toList();
        }

        SparkStack open() throws IOException {
            if (opened == null) {
                opened = opened();
            }
            return opened;
        }

        private SparkStack opened() throws IOException {
            if (slab < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--slab is " + slab
                        + "; expected 1 or more slices per task");
            }
            SparkStack s = SparkStack.open(stack);
            if (spacing == null) {
                return s;
            }
            return s.withGrid(Spacing.grid(spacing, s.grid(), s.longestSide(),
                    m -> new CommandLine.ParameterException(spec.commandLine(), m)));
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }
    }

    /** A command that makes a surface: the level and the border. */
    abstract static class Surface extends Reading {
        @Option(names = "--level", paramLabel = "L", description = "the iso level (default: the Otsu threshold, "
                + "counted by a first job; 8- and 16-bit stacks)")
        Double level;

        @Option(names = "--open", description = "leave the surface open where the object touches the border")
        boolean open;

        Border border() {
            return open ? Border.OPEN : Border.CLOSED;
        }

        /** The level asked for, or the stack's Otsu threshold. */
        double level(SparkStack s) {
            if (level != null) {
                Numbers.requireNumber(spec, "--level", level);
                return level;
            }
            double otsu = SparkMeshes.otsu(context, s, slab);
            out().printf(Locale.ROOT, "Otsu threshold of %s: %s%n", s, otsu);
            return otsu;
        }
    }

    @Command(name = "mesh", description = "The marching-cubes surface at --level (default: the Otsu threshold), "
            + "closed unless --open, as PLY, STL, OBJ or GLB (from the extension), joined on the driver.")
    static final class MeshCommand extends Surface implements Callable<Integer> {
        @Parameters(index = "1", paramLabel = "OUT", description = "the mesh to write")
        String output;

        @Option(names = "--below", description = "the surface around the voxels <= level instead of >= level "
                + "(closed)")
        boolean below;

        @Override
        public Integer call() throws IOException {
            long t0 = System.nanoTime();
            String format = Output.check(spec.commandLine(), output, Output.MESH_FORMATS, this::files);
            SparkStack s = open();
            double l = level(s);
            Mesh mesh = below ? SparkMeshes.marchingCubesBelow(context, s, l, slab)
                    : SparkMeshes.marchingCubes(context, s, l, border(), slab);
            Path written = Output.saveMesh(mesh, output, format);
            out().printf(Locale.ROOT, "%s: %s from %s in %.1f s%n", written, mesh, s, (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }

    @Command(name = "shell", description = "The shell points of the voxels with lo <= value <= hi, as PLY.")
    static final class ShellCommand extends Reading implements Callable<Integer> {
        @Parameters(index = "1", paramLabel = "OUT.ply", description = "the point cloud to write")
        String output;

        @CommandLine.Mixin
        ShellRange range;

        @Override
        public Integer call() throws IOException {
            long t0 = System.nanoTime();
            range.check();
            Output.check(spec.commandLine(), output, List.of("ply"), this::files);
            SparkStack s = open();
            PointCloud points = SparkMeshes.shellPoints(context, s, range.lo(), range.hi(), slab);
            Path written = range.ascii() ? Stack3D.savePlyAscii(points, output) : Stack3D.savePly(points, output);
            out().printf(Locale.ROOT, "%s: %s from %s in %.1f s%n", written, points, s,
                    (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }

    @Command(name = "parts", description = "The marching-cubes surface at --level (default: Otsu) as one part file per slab and a "
            + "manifest in the new FOLDER (shared storage), for meshes too large for the driver; then merge.")
    static final class PartsCommand extends Surface implements Callable<Integer> {
        @Parameters(index = "1", paramLabel = "FOLDER", description = "the parts folder to create")
        String folder;

        @Override
        public Integer call() throws IOException {
            long t0 = System.nanoTime();
            SparkStack s = open();
            Path written = SparkMeshes.marchingCubesToParts(context, s, level(s), border(), slab, folder);
            out().printf(Locale.ROOT, "%s: parts of %s in %.1f s%n", written, s, (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }

    @Command(name = "merge", description = "Stitches a parts folder into one binary PLY in constant memory (on "
            + "the driver, no Spark job).")
    static final class MergeCommand implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FOLDER", description = "a folder written by parts")
        String folder;

        @Parameters(index = "1", paramLabel = "OUT.ply", description = "the mesh to write")
        String output;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            long t0 = System.nanoTime();
            Output.check(spec.commandLine(), output, List.of("ply"), List::of);
            Path written = MeshPartFiles.merge(Path.of(folder), Path.of(output));
            spec.commandLine().getOut().printf(Locale.ROOT, "%s: merged in %.1f s%n", written,
                    (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }
}
