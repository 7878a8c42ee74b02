package io.github.stack3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code examples/quickstart.jsh} snippet by snippet through the JShell API, as {@code jshell} does, and
 * checks that every snippet is accepted and runs without an exception, and that the files it promises exist.
 */
class QuickstartScriptTest {

    @Test
    void theQuickstartScriptRunsInJShell() throws IOException {
        String source = Files.readString(Path.of("examples/quickstart.jsh"));
        int snippets = 0;
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                shell.addToClasspath(entry);
            }
            SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
            String rest = source;
            while (!rest.isBlank()) {
                String trimmed = rest.stripLeading();
                if (trimmed.startsWith("/")) {
                    int end = trimmed.indexOf('\n');
                    rest = end < 0 ? "" : trimmed.substring(end + 1);
                    continue;
                }
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
                if (info.source() == null || info.source().isBlank()) {
                    break;
                }
                for (SnippetEvent e : shell.eval(info.source())) {
                    assertTrue(e.status() != Snippet.Status.REJECTED, "rejected: " + info.source()
                            + shell.diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList());
                    assertNull(e.exception(), "threw: " + info.source());
                }
                snippets++;
                rest = info.remaining();
            }
        }
        assertTrue(snippets >= 15, "snippets run: " + snippets);
        for (String file : new String[] {"shell.ply", "mesh.ply", "mesh.stl", "overlay.png", "mask-montage.png"}) {
            assertTrue(Files.size(Path.of("stack3d-demo", file)) > 0, file);
        }
        try (var slices = Files.list(Path.of("stack3d-demo/slices"))) {
            assertEquals(128, slices.count());
        }
    }
}
