package io.github.stack3d.cli;

import io.github.stack3d.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * The command line: {@code java -jar stack3d-VERSION-all.jar [command] [arguments]} with the subcommands
 * {@code info}, {@code shell}, {@code mesh}, {@code render}, {@code demo} (the default), {@code run} (a jshell
 * script) and {@code jshell}. Exit status 0 when the work is done,
 * 1 when it failed (one line naming the file or parameter; the stack trace too with {@code --verbose}), 2 for a
 * command line that cannot be understood (the message and the command's usage). Long steps draw a progress bar on
 * stderr when it is a terminal or {@code --progress} asks; Ctrl-C stops the work and deletes the file being written.
 */
public final class Main {

    private Main() {
    }

    /** Runs one command and exits with its status. */
    public static void main(String[] args) {
        StackPrefetch.start(args);
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs one command, printing to {@code out} and {@code err}; returns the exit status (0, 1 or 2). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Locale.setDefault(Locale.ROOT);
        System.setProperty("java.awt.headless", "true");
        PrintWriter printed = new PrintWriter(out, true, StandardCharsets.UTF_8);
        PrintWriter errors = new PrintWriter(err, true, StandardCharsets.UTF_8);
        Map<String, Supplier<Command>> commands = new LinkedHashMap<>();
        commands.put("info", () -> new InfoCommand(printed));
        commands.put("shell", () -> new ShellCommand(printed));
        commands.put("mesh", () -> new MeshCommand(printed));
        commands.put("render", () -> new RenderCommand(printed));
        commands.put("demo", () -> new DemoCommand(printed));
        commands.put("run", () -> new RunCommand(out, err));
        commands.put("jshell", () -> new JShellCommand(System.in, out, err));
        // without a command: the demo's options, up to the name of a command, whose own options follow it
        String name = commandName();
        Common common = new Common();
        Command command = new DemoCommand(printed);
        Options top = common.options(command);
        Options options = top;
        try {
            int at = top.parse(args, 0, commands::containsKey);
            if (at < args.length && !top.help() && !top.version()) {
                name += " " + args[at];
                command = commands.get(args[at]).get();
                options = common.options(command);
                options.parse(args, at + 1);
            }
            if (options.help()) {
                Help.print(printed, name, options, options == top ? listed(commands) : Map.of());
                return 0;
            }
            if (options.version()) {
                printed.println(version());
                return 0;
            }
            return call(command, common, err, errors);
        } catch (UsageException e) {
            errors.println("stack3d: " + e.getMessage());
            errors.println();
            Help.print(errors, name, options, options == top ? listed(commands) : Map.of());
            return 2;
        } finally {
            printed.flush();
        }
    }

    /**
     * Runs {@code command} with progress bars on {@code err} if asked or a terminal; returns its status, or 1 when it
     * failed (one line on {@code errors}, the stack trace too with {@code --verbose}).
     *
     * @throws UsageException when the command found its command line wrong
     */
    private static int call(Command command, Common common, PrintStream err, PrintWriter errors) {
        boolean bars = common.progress != null ? common.progress
                : err == System.err && TerminalProgress.stderrIsTerminal();
        Progress.Listener before = Progress.listen(bars ? new TerminalProgress(err) : null);
        try {
            return command.call();
        } catch (UsageException e) {
            throw e;
        } catch (Exception | Error e) {
            errors.println("stack3d: " + (e instanceof OutOfMemoryError ? "out of memory: the Java heap (maximum "
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB) is too small for this work; start Java "
                    + "with a larger heap (java -Xmx8g -jar ...), or crop or downsample the stack" : message(e)));
            if (common.verbose) {
                e.printStackTrace(errors);
            }
            return 1;
        } finally {
            Progress.listen(before);
        }
    }

    /** The commands and their descriptions, for the help without a command. */
    private static Map<String, String> listed(Map<String, Supplier<Command>> commands) {
        Map<String, String> listed = new LinkedHashMap<>();
        commands.forEach((name, command) -> listed.put(name, command.get().description()));
        return listed;
    }

    /** The options every command has, before its own: set by the command's words or those before it. */
    private static final class Common {
        boolean verbose;
        Boolean progress;

        /** The command line of {@code command}. */
        Options options(Command command) {
            return new Options(command.description())
                    .flag("--verbose", "show the stack trace of a failure", v -> verbose = v)
                    .negatable("--progress", "show progress bars on stderr (default: when stderr is a terminal)",
                            v -> progress = v)
                    .with(command::declare);
        }
    }

    /** {@code java -jar stack3d-0.1.0-all.jar} when run from the jar, else {@code stack3d}. */
    private static String commandName() {
        try {
            java.nio.file.Path jar = java.nio.file.Path.of(Main.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
            return jar.toString().endsWith(".jar") ? "java -jar " + jar.getFileName() : "stack3d";
        } catch (RuntimeException | java.net.URISyntaxException e) {
            return "stack3d";
        }
    }

    /** A one-line reason: the exception's message, or its type when it has none. */
    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.replace('\n', ' ');
    }

    /** The version from the build ({@code version.properties}, filled in by Maven) and the Java version. */
    static String version() {
        Properties p = new Properties();
        try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // a development build without the file
        }
        return "stack3d " + p.getProperty("version", "(development build)") + ", Java "
                + System.getProperty("java.version");
    }
}
