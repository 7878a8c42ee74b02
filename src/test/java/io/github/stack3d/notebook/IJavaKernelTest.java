package io.github.stack3d.notebook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real IJava 1.3.0 kernel (installed from {@code tools/ijava/install.sh} as the kernelspec {@code java})
 * executes a small notebook against {@code target/classes} and the library's dependency jars; skipped when
 * Jupyter or the kernel is not installed. Asserts the stored outputs: a volume's card as {@code text/html}, a
 * chart shown mid-cell as a {@code display_data} SVG, an image as PNG without its {@code BufferedImage@} text.
 */
class IJavaKernelTest {

    private static final Path JUPYTER = Path.of("/usr/bin/jupyter");

    @Test
    void cellsShowCardsChartsAndImages(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(JUPYTER), "no " + JUPYTER + ": run tools/ijava/install.sh");
        String specs = run(dir, JUPYTER.toString(), "kernelspec", "list");
        assumeTrue(specs.lines().anyMatch(l -> l.trim().startsWith("java ")), "no IJava kernelspec `java`");

        String classes = Path.of("target/classes").toAbsolutePath().toString();
        List<String> jars = Arrays.stream(System.getProperty("surefire.test.class.path",
                        System.getProperty("java.class.path")).split(File.pathSeparator))
                .filter(e -> e.endsWith(".jar") && !e.contains("spencerpark") && !e.contains("junit")
                        && !e.contains("opentest4j") && !e.contains("apiguardian"))
                .collect(Collectors.toList());
        List<String> cells = List.of(
                "%classpath " + classes,
                "%jars " + String.join(" ", jars),
                "import static io.github.stack3d.Stack3D.*;",
                "sampleStack()",
                "show(histogram(downsample(sampleStack(), 4)));\n1 + 1",
                "preview(sampleStack(), 40)");
        Path nb = dir.resolve("display.ipynb");
        Files.writeString(nb, notebook(cells), StandardCharsets.UTF_8);
        run(dir, JUPYTER.toString(), "nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.kernel_name=java", "--ExecutePreprocessor.timeout=300",
                "--output", "executed.ipynb", nb.toString());
        String out = Files.readString(dir.resolve("executed.ipynb"), StandardCharsets.UTF_8);
        assertFalse(out.contains("\"output_type\": \"error\""), "no cell failed");
        assertTrue(out.contains("\"text/html\"") && out.contains("stack3d-card"), "the volume's card");
        assertTrue(out.contains("256 × 256 × 128") || out.contains("256 \\u00d7 256 \\u00d7 128"), "its size");
        assertTrue(out.contains("data:image/png;base64,"), "its picture");
        assertTrue(out.contains("\"output_type\": \"display_data\"") && out.contains("\"image/svg+xml\""),
                "show(chart) mid-cell");
        assertTrue(out.contains("\"image/png\""), "the image");
        assertFalse(out.contains("BufferedImage@"), "no object text for the image");
    }

    private static String notebook(List<String> cells) {
        String body = cells.stream().map(c -> "{\"cell_type\": \"code\", \"metadata\": {}, \"execution_count\": null,"
                + " \"outputs\": [], \"source\": " + json(c) + "}").collect(Collectors.joining(",\n"));
        return "{\"cells\": [" + body + "], \"metadata\": {\"kernelspec\": {\"name\": \"java\", \"display_name\":"
                + " \"Java\", \"language\": \"java\"}}, \"nbformat\": 4, \"nbformat_minor\": 5}\n";
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static String run(Path dir, String... command) throws Exception {
        Path log = dir.resolve("log.txt");
        Process p = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "finished: " + String.join(" ", command));
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), text);
        return text;
    }
}
