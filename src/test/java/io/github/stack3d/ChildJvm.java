package io.github.stack3d;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Java process on the test class path, for what cannot happen inside the test JVM: a small heap, a signal, a
 * working folder of its own. Its standard output and error go to files in {@code logs}, read after it ended.
 */
public final class ChildJvm {

    private final Process process;
    private final Path out;
    private final Path err;

    private ChildJvm(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /**
     * Starts {@code java [jvmOptions] -cp TEST_CLASS_PATH mainClass args} in {@code folder}, its output logged into
     * {@code logs} (outside {@code folder}, so that the folder holds only what the program wrote).
     */
    public static ChildJvm start(Path folder, Path logs, List<String> jvmOptions, Class<?> mainClass,
                                 String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Djava.awt.headless=true");
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        Files.createDirectories(logs);
        Path out = Files.createTempFile(logs, "out-", ".txt");
        Path err = Files.createTempFile(logs, "err-", ".txt");
        Process p = new ProcessBuilder(command).directory(folder.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new ChildJvm(p, out, err);
    }

    /** The running process. */
    public Process process() {
        return process;
    }

    /** Waits for the end, at most {@code seconds}, and returns the exit status; kills it when it takes longer. */
    public int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the child JVM did not end within " + seconds + " s: " + safe(err));
        }
        return process.exitValue();
    }

    /** Sends {@code signal} ({@code TERM}, {@code KILL}, {@code INT}) with {@code kill}, then waits for the end. */
    public int signal(String signal, long seconds) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IOException("kill -" + signal + " " + process.pid() + " failed");
        }
        return waitFor(seconds);
    }

    /** What it printed on standard output so far. */
    public String out() {
        return safe(out);
    }

    /** What it printed on standard error so far. */
    public String err() {
        return safe(err);
    }

    private static String safe(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(" + file + " unreadable: " + e.getMessage() + ")";
        }
    }
}
