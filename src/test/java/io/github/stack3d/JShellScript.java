package io.github.stack3d;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the real {@code jshell} of the JDK running the tests ({@code java.home/bin/jshell}) as a person would, in a
 * working folder of the test's choosing, with the test class path in place of {@code target/stack3d-VERSION-all.jar}
 * (the jar exists only after {@code package}; the class path holds the same classes and their dependencies):
 * a script as {@code jshell --class-path JAR --startup DEFAULT --startup examples/startup.jsh SCRIPT}, or lines typed
 * (piped) into {@code jshell --class-path JAR}.
 */
final class JShellScript {

    /** The startup every example script is run with. */
    static final Path STARTUP = Path.of("examples/startup.jsh");
    /** Longer than any script takes on a busy machine; only there so that a hung jshell fails instead of waiting. */
    private static final long HANG_MINUTES = 20;

    /**
     * How a jshell run ended.
     *
     * @param status its exit status
     * @param out    its standard output
     * @param err    its standard error
     */
    record Run(int status, String out, String err) {
        /** Both outputs, for assertion messages. */
        String both() {
            return "exit status " + status + "\n--- stdout:\n" + out + "\n--- stderr:\n" + err;
        }
    }

    private JShellScript() {
    }

    /** Runs {@code script} with the startup of {@code examples/startup.jsh} in the working folder {@code folder}. */
    static Run run(Path script, Path folder) throws IOException, InterruptedException {
        return jshell(folder, null, "--startup", "DEFAULT", "--startup", STARTUP.toAbsolutePath().toString(),
                script.toAbsolutePath().toString());
    }

    /** Types {@code lines} into an interactive {@code jshell} (no startup beyond jshell's own) in {@code folder}. */
    static Run type(String lines, Path folder) throws IOException, InterruptedException {
        return jshell(folder, lines);
    }

    private static Run jshell(Path folder, String input, String... arguments) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jshell")
                .toString(), "--class-path", System.getProperty("java.class.path"), "-R-Djava.awt.headless=true"));
        command.addAll(List.of(arguments));
        // outputs go to files outside the working folder, so that the folder holds only what jshell wrote
        Path out = Files.createTempFile("jshell-", ".out");
        Path err = Files.createTempFile("jshell-", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            Process process = builder.start();
            try (var stdin = process.getOutputStream()) { // closed at once for a script: end of input
                stdin.write((input == null ? "" : input).getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(HANG_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail("jshell did not end within " + HANG_MINUTES + " minutes: " + command);
            }
            return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Relative paths of the regular files under {@code folder}, sorted, with {@code /}. */
    static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
