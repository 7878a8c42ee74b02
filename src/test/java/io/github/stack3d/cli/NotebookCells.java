package io.github.stack3d.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jdk.jshell.JShell;

/**
 * Runs a notebook's code cells top to bottom through the JDK's {@link JShell}, as IJava 1.3.0 runs them: in this
 * JVM (IJava evaluates in the kernel's own JVM), after IJava's default imports, with this JVM's class path in place
 * of {@code %jars}. IJava-only lines are left out as blank lines (so that line numbers stay the cell's): line magics
 * ({@code %jars}, {@code %maven}, ...) and whole cells under a cell magic ({@code %%...}). A cell's last expression
 * needs nothing special: jshell takes it as a snippet, as IJava does. Snippets are run by {@link ScriptRunner}, so a
 * cell that does not compile or throws ends the run with {@code NOTEBOOK code cell N:LINE: reason} on standard
 * error and status 1 (N counts code cells from 1, as a notebook run top to bottom numbers them).
 *
 * <p>Usage (the working folder is where the notebook's relative paths start): {@code java -cp CLASSPATH
 * io.github.stack3d.cli.NotebookCells NOTEBOOK.ipynb}.
 */
final class NotebookCells {

    /** IJava 1.3.0's startup imports ({@code ijava-jshell-init.jshell} in its jar, less its own runtime). */
    static final String IJAVA_IMPORTS = String.join("\n", "import java.util.*;", "import java.io.*;",
            "import java.math.*;", "import java.net.*;", "import java.util.concurrent.*;", "import java.util.prefs.*;",
            "import java.util.regex.*;");

    private NotebookCells() {
    }

    public static void main(String[] args) throws IOException {
        Path notebook = Path.of(args[0]);
        String name = notebook.getFileName().toString();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        long start = System.nanoTime();
        List<String> cells = codeCells(Files.readString(notebook));
        try (JShell shell = JShell.builder().executionEngine("local").out(out).err(System.err).build()) {
            shell.addToClasspath(JShellSetup.classPath());
            ScriptRunner runner = new ScriptRunner(shell, out);
            runner.run("IJava's imports", IJAVA_IMPORTS, false);
            for (int n = 1; n <= cells.size(); n++) {
                runner.runCell(name + " code cell " + n, cells.get(n - 1));
            }
        } catch (ScriptRunner.ScriptFailed e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
        out.printf(Locale.ROOT, "%s: %d code cells ran in %.1f s%n", name, cells.size(),
                (System.nanoTime() - start) / 1e9);
        System.exit(0); // the snippets may have left non-daemon threads (a pool) behind
    }

    /** The source of each code cell of a notebook ({@code .ipynb} JSON), IJava-only lines blanked. */
    static List<String> codeCells(String json) {
        List<String> cells = new ArrayList<>();
        for (JsonElement cell : new JsonParser().parse(json).getAsJsonObject().getAsJsonArray("cells")) {
            JsonObject c = cell.getAsJsonObject();
            if (c.get("cell_type").getAsString().equals("code")) {
                cells.add(kernelLines(text(c.get("source"))));
            }
        }
        return cells;
    }

    /** nbformat stores a text (a cell's source, an output) as one string or as a list of lines with their ends. */
    static String text(JsonElement source) {
        if (source.isJsonPrimitive()) {
            return source.getAsString();
        }
        StringBuilder text = new StringBuilder();
        source.getAsJsonArray().forEach(line -> text.append(line.getAsString()));
        return text.toString();
    }

    /** {@code source} with IJava's magics blanked: a line magic's line, or every line under a cell magic. */
    static String kernelLines(String source) {
        boolean cellMagic = source.stripLeading().startsWith("%%");
        StringBuilder kept = new StringBuilder();
        for (String line : source.split("\n", -1)) {
            boolean magic = cellMagic || line.stripLeading().startsWith("%");
            kept.append(magic ? "" : line).append('\n');
        }
        return kept.substring(0, kept.length() - 1);
    }
}
