package io.github.stack3d.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.stack3d.Stack3D;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jshell}: the command line's {@code main} in a child JVM on the test class path, lines typed on its
 * standard input as a person would, ending with {@code /exit}: the facade and the model are imported (and listed by
 * {@code /imports}), values show as jshell shows them, and {@code /exit N} is the process's status.
 */
class JShellCommandTest {

    private static final long HANG_MINUTES = 5;

    @TempDir
    Path dir;

    @Test
    void typedLinesSeeTheFacadeImported() throws Exception {
        String typed = """
                /imports
                Volume stack = sampleStack();
                System.out.println("slices " + stack.depth());
                /exit 4
                """;
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "jshell").directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try (var stdin = p.getOutputStream()) {
            stdin.write(typed.getBytes(StandardCharsets.UTF_8));
        }
        if (!p.waitFor(HANG_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("jshell did not end within " + HANG_MINUTES + " minutes");
        }
        String printed = Files.readString(out);
        String both = "status " + p.exitValue() + "\n--- stdout:\n" + printed + "\n--- stderr:\n"
                + Files.readString(err);
        assertEquals(4, p.exitValue(), both);
        assertTrue(printed.contains("import static io.github.stack3d.Stack3D.*"), "/imports lists the facade: " + both);
        assertTrue(printed.contains("import io.github.stack3d.*"), "and the model: " + both);
        assertTrue(printed.contains("import java.nio.file.*"), "after jshell's DEFAULT: " + both);
        assertTrue(printed.contains("stack ==> " + Stack3D.sampleStack()), both);
        assertTrue(printed.contains("slices " + Stack3D.sampleStack().depth()), both);
    }
}
