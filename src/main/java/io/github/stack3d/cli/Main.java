package io.github.stack3d.cli;

import io.github.stack3d.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

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
        CommandLine line = new CommandLine(new DemoCommand()).setCommandName(commandName());
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("info", InfoCommand::new);
        commands.put("shell", ShellCommand::new);
        commands.put("mesh", MeshCommand::new);
        commands.put("render", RenderCommand::new);
        commands.put("demo", DemoCommand::new);
        commands.put("run", () -> new RunCommand(out, err));
        commands.put("jshell", () -> new JShellCommand(System.in, out, err));
        // a named command is the only one whose model is built: picocli reads every registered command's
        // annotations up front, a tenth of a second of a short job's start; help and errors of it are the same
        Supplier<Object> named = args.length > 0 ? commands.get(args[0]) : null;
        if (named != null) {
            line.addSubcommand(args[0], named.get());
        } else {
            commands.forEach((name, command) -> line.addSubcommand(name, command.get()));
        }
        line.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8))
                .setErr(new PrintWriter(err, true, StandardCharsets.UTF_8))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    boolean verbose = parsed.originalArgs().contains("--verbose");
                    cmd.getErr().println("stack3d: " + message(e));
                    if (verbose) {
                        e.printStackTrace(cmd.getErr());
                    }
                    return 1;
                })
                .setParameterExceptionHandler((e, args2) -> {
                    CommandLine cmd = e.getCommandLine();
                    cmd.getErr().println("stack3d: " + e.getMessage());
                    cmd.getErr().println();
                    cmd.usage(cmd.getErr());
                    return 2;
                });
        List<String> given = Arrays.asList(args);
        boolean bars = given.contains("--progress")
                || !given.contains("--no-progress") && err == System.err && TerminalProgress.stderrIsTerminal();
        Progress.Listener before = Progress.listen(bars ? new TerminalProgress(err) : null);
        try {
            return line.execute(args);
        } catch (RuntimeException | Error e) {
            // what escaped the handlers (picocli passes errors on): still one line, the trace only with --verbose
            err.println("stack3d: " + (e instanceof OutOfMemoryError ? "out of memory: the Java heap (maximum "
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB) is too small for this work; start Java "
                    + "with a larger heap (java -Xmx8g -jar ...), or crop or downsample the stack" : message(e)));
            if (given.contains("--verbose")) {
                e.printStackTrace(err);
            }
            return 1;
        } finally {
            Progress.listen(before);
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

    /** The version from the build ({@code version.properties}, filled in by Maven). */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"stack3d " + p.getProperty("version", "(development build)") + ", Java "
                    + System.getProperty("java.version")};
        }
    }

    /** The options every command shares, in help texts. */
    @Command(mixinStandardHelpOptions = true, versionProvider = Version.class, usageHelpAutoWidth = true,
            sortOptions = false)
    static class Common {
        @CommandLine.Option(names = "--verbose", description = "show the stack trace of a failure")
        boolean verbose;

        @CommandLine.Option(names = "--progress", negatable = true, description = "show progress bars on stderr "
                + "(default: when stderr is a terminal)")
        Boolean progress;
    }
}
