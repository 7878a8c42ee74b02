package io.github.stack3d.spark;

import io.github.stack3d.Border;
import io.github.stack3d.Mesh;
import io.github.stack3d.PointCloud;
import io.github.stack3d.Stack3D;
import io.github.stack3d.cli.Command;
import io.github.stack3d.cli.Help;
import io.github.stack3d.cli.Numbers;
import io.github.stack3d.cli.Options;
import io.github.stack3d.cli.Output;
import io.github.stack3d.cli.ShellRange;
import io.github.stack3d.cli.Spacing;
import io.github.stack3d.cli.UsageException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The {@code spark-submit} main class: {@code mesh}, {@code shell}, {@code parts} and {@code merge}, with the core
 * command line's options ({@code --level}, {@code --below}, {@code --open}, {@code --spacing}, {@code --lo},
 * {@code --hi}, {@code --ascii}) and {@code --slab} (slices per task). Exit status 0 when done, 1 when the job
 * failed (one line; nothing is written), 2 for a command line that cannot be understood (the message and the
 * command's usage).
 */
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
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        Map<String, Command> commands = new LinkedHashMap<>();
        commands.put("mesh", new MeshCommand(out));
        commands.put("shell", new ShellCommand(out));
        commands.put("parts", new PartsCommand(out));
        commands.put("merge", new MergeCommand(out));
        Map<String, String> listed = new LinkedHashMap<>();
        commands.forEach((name, command) -> listed.put(name, command.description()));
        Options top = new Options("stack3d on a Spark cluster: one task per z-slab, the same output as the stack3d "
                + "command line.");
        Options options = top;
        String name = "stack3d-spark";
        try {
            int at = top.parse(args, 0, commands::containsKey);
            Command command = at < args.length && !top.help() && !top.version() ? commands.get(args[at]) : null;
            if (command != null) {
                name = args[at];
                options = new Options(command.description()).with(command::declare);
                options.parse(args, at + 1);
            }
            if (options.help()) {
                Help.print(out, usage(name, options == top), options, options == top ? listed : Map.of());
                return 0;
            }
            if (options.version()) {
                out.println("stack3d-spark 0.1.0");
                return 0;
            }
            if (command == null) {
                throw new UsageException("Missing required subcommand");
            }
            return command.call();
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println();
            Help.print(err, usage(name, options == top), options, options == top ? listed : Map.of());
            return 2;
        } catch (Exception e) {
            String message = String.valueOf(e.getMessage());
            err.println(name + ": " + message.lines().findFirst().orElse(message));
            return 1;
        }
    }

    /** The command line as help names it: {@code stack3d-spark} or {@code stack3d-spark mesh}. */
    private static String usage(String name, boolean top) {
        return top ? name : "stack3d-spark " + name;
    }

    /** The stack and the options every command that reads one shares. */
    abstract static class Reading implements Command {
        final PrintWriter out;
        String stack;
        String spacing;
        int slab;

        Reading(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void declare(Options o) {
            o.parameter("STACK", "a folder of TIFF slices, a multipage TIFF, or a quoted glob, at the same path on "
                    + "every executor", Options.TEXT, v -> stack = v)
                    .option("--spacing", "X,Y,Z[,UNIT]", "voxel size (and unit) instead of the one in the files",
                            Options.TEXT, v -> spacing = v)
                    .option("--slab", "N", "slices per task (default ${DEFAULT-VALUE})",
                            "" + SparkMeshes.DEFAULT_LAYERS, Options.INT, v -> slab = v);
        }

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
                throw new UsageException("--slab is " + slab
                        + "; expected 1 or more slices per task");
            }
            SparkStack s = SparkStack.open(stack);
            if (spacing == null) {
                return s;
            }
            return s.withGrid(Spacing.grid(spacing, s.grid(), s.longestSide(), UsageException::new));
        }
    }

    /** A command that makes a surface: the level and the border. */
    abstract static class Surface extends Reading {
        Double level;
        boolean open;

        Surface(PrintWriter out) {
            super(out);
        }

        @Override
        public void declare(Options o) {
            super.declare(o);
            o.option("--level", "L", "the iso level (default: the Otsu threshold, counted by a first job; 8- and "
                    + "16-bit stacks)", Options.DOUBLE, v -> level = v)
                    .flag("--open", "leave the surface open where the object touches the border", v -> open = v);
        }

        Border border() {
            return open ? Border.OPEN : Border.CLOSED;
        }

        /** The level asked for, or the stack's Otsu threshold. */
        double level(SparkStack s) {
            if (level != null) {
                Numbers.requireNumber("--level", level);
                return level;
            }
            double otsu = SparkMeshes.otsu(context, s, slab);
            out.printf(Locale.ROOT, "Otsu threshold of %s: %s%n", s, otsu);
            return otsu;
        }
    }

    static final class MeshCommand extends Surface {
        String output;
        boolean below;

        MeshCommand(PrintWriter out) {
            super(out);
        }

        @Override
        public String description() {
            return "The marching-cubes surface at --level (default: the Otsu threshold), closed unless --open, as "
                    + "PLY, STL, OBJ or GLB (from the extension), joined on the driver.";
        }

        @Override
        public void declare(Options o) {
            super.declare(o);
            o.parameter("OUT", "the mesh to write", Options.TEXT, v -> output = v)
                    .flag("--below", "the surface around the voxels <= level instead of >= level (closed)",
                            v -> below = v);
        }

        @Override
        public Integer call() throws IOException {
            long t0 = System.nanoTime();
            String format = Output.check(output, Output.MESH_FORMATS, this::files);
            SparkStack s = open();
            double l = level(s);
            Mesh mesh = below ? SparkMeshes.marchingCubesBelow(context, s, l, slab)
                    : SparkMeshes.marchingCubes(context, s, l, border(), slab);
            Path written = Output.saveMesh(mesh, output, format);
            out.printf(Locale.ROOT, "%s: %s from %s in %.1f s%n", written, mesh, s, (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }

    static final class ShellCommand extends Reading {
        String output;
        final ShellRange range = new ShellRange();

        ShellCommand(PrintWriter out) {
            super(out);
        }

        @Override
        public String description() {
            return "The shell points of the voxels with lo <= value <= hi, as PLY.";
        }

        @Override
        public void declare(Options o) {
            super.declare(o);
            o.parameter("OUT.ply", "the point cloud to write", Options.TEXT, v -> output = v);
            range.declare(o);
        }

        @Override
        public Integer call() throws IOException {
            long t0 = System.nanoTime();
            range.check();
            Output.check(output, List.of("ply"), this::files);
            SparkStack s = open();
            PointCloud points = SparkMeshes.shellPoints(context, s, range.lo(), range.hi(), slab);
            Path written = range.ascii() ? Stack3D.savePlyAscii(points, output) : Stack3D.savePly(points, output);
            out.printf(Locale.ROOT, "%s: %s from %s in %.1f s%n", written, points, s,
                    (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }

    static final class PartsCommand extends Surface {
        String folder;

        PartsCommand(PrintWriter out) {
            super(out);
        }

        @Override
        public String description() {
            return "The marching-cubes surface at --level (default: Otsu) as one part file per slab and a manifest in "
                    + "the new FOLDER (shared storage), for meshes too large for the driver; then merge.";
        }

        @Override
        public void declare(Options o) {
            super.declare(o);
            o.parameter("FOLDER", "the parts folder to create", Options.TEXT, v -> folder = v);
        }

        @Override
        public Integer call() throws IOException {
            long t0 = System.nanoTime();
            SparkStack s = open();
            Path written = SparkMeshes.marchingCubesToParts(context, s, level(s), border(), slab, folder);
            out.printf(Locale.ROOT, "%s: parts of %s in %.1f s%n", written, s, (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }

    static final class MergeCommand implements Command {
        private final PrintWriter out;
        private String folder;
        private String output;

        MergeCommand(PrintWriter out) {
            this.out = out;
        }

        @Override
        public String description() {
            return "Stitches a parts folder into one binary PLY in constant memory (on the driver, no Spark job).";
        }

        @Override
        public void declare(Options o) {
            o.parameter("FOLDER", "a folder written by parts", Options.TEXT, v -> folder = v)
                    .parameter("OUT.ply", "the mesh to write", Options.TEXT, v -> output = v);
        }

        @Override
        public Integer call() throws IOException {
            long t0 = System.nanoTime();
            Output.check(output, List.of("ply"), List::of);
            Path written = MeshPartFiles.merge(Path.of(folder), Path.of(output));
            out.printf(Locale.ROOT, "%s: merged in %.1f s%n", written,
                    (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }
}
