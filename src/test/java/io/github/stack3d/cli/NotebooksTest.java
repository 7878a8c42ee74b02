package io.github.stack3d.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.stack3d.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every notebook in {@code notebooks/} has its code cells run top to bottom through the JDK's JShell API
 * ({@link NotebookCells}, in a child JVM on the test class path), so that {@code mvn verify} alone catches a broken
 * cell, naming the notebook and the cell; {@code notebooks/run.sh} runs them in the real IJava kernel. The working
 * folder is a copy of the project's layout in a temporary folder ({@code repo/notebooks}, beside {@code
 * repo/target} and {@code shared/data} as links), so that the notebooks' relative paths resolve, and the child's
 * temporary files go there too. Then two broken notebooks show what a failure says. The saved outputs are checked
 * too: no errors, compact pictures.
 */
class NotebooksTest {

    private static final Path NOTEBOOKS = Path.of("notebooks");
    private static final long HANG_MINUTES = 10;
    private static final Pattern DATA_URI = Pattern.compile("data:image/png;base64,([A-Za-z0-9+/=\\s]+)");

    @TempDir
    Path dir;

    static Stream<String> notebooks() throws IOException {
        try (Stream<Path> files = Files.list(NOTEBOOKS)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ipynb"))
                    .sorted().toList();
            assertFalse(names.isEmpty(), "no notebooks in " + NOTEBOOKS.toAbsolutePath());
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("notebooks")
    void everyCodeCellRunsInJShell(String notebook) throws Exception {
        Run run = run(NOTEBOOKS.resolve(notebook));
        assertEquals(0, run.status, run.output);
        int cells = NotebookCells.codeCells(Files.readString(NOTEBOOKS.resolve(notebook))).size();
        assertTrue(run.output.contains(notebook + ": " + cells + " code cells ran"), run.output);
        if (notebook.startsWith("04-") && Files.isDirectory(TestData.root())) {
            assertTrue(run.output.contains("real ==> true"), "04 reads the real stack:\n" + run.output);
        }
    }

    /** The links to the project's folders go before JUnit deletes the folder, so that it need not warn. */
    @AfterEach
    void unlink() throws IOException {
        Files.deleteIfExists(dir.resolve("repo/target"));
        Files.deleteIfExists(dir.resolve("shared/data"));
    }

    /**
     * The saved notebooks (what a reader sees without running them) hold no error output, and their pictures are
     * compact: every PNG, as an output or inside an HTML card, is under 300 KB.
     */
    @ParameterizedTest
    @MethodSource("notebooks")
    void savedOutputsHaveNoErrorAndCompactPictures(String notebook) throws IOException {
        JsonArray cells = new JsonParser().parse(Files.readString(NOTEBOOKS.resolve(notebook))).getAsJsonObject()
                .getAsJsonArray("cells");
        int code = 0;
        int pictures = 0;
        for (JsonElement cell : cells) {
            JsonObject c = cell.getAsJsonObject();
            if (!c.get("cell_type").getAsString().equals("code")) {
                continue;
            }
            code++;
            for (JsonElement output : c.getAsJsonArray("outputs")) {
                JsonObject o = output.getAsJsonObject();
                String where = notebook + " code cell " + code;
                assertFalse(o.get("output_type").getAsString().equals("error"), where + ": " + o);
                JsonObject data = o.getAsJsonObject("data");
                if (data == null) {
                    continue;
                }
                List<String> pngs = new ArrayList<>();
                if (data.has("image/png")) {
                    pngs.add(NotebookCells.text(data.get("image/png")));
                }
                if (data.has("text/html")) {
                    Matcher m = DATA_URI.matcher(NotebookCells.text(data.get("text/html")));
                    while (m.find()) {
                        pngs.add(m.group(1));
                    }
                }
                for (String png : pngs) {
                    int bytes = Base64.getMimeDecoder().decode(png).length;
                    assertTrue(bytes < 300_000, where + ": a PNG of " + bytes + " bytes");
                    pictures++;
                }
            }
        }
        assertTrue(pictures > 0, notebook + " is saved with its pictures");
    }

    @Test
    void aCellThatDoesNotCompileIsNamed() throws Exception {
        Path broken = notebook("broken.ipynb", "%jars ../target/stack3d-*-all.jar",
                "import static io.github.stack3d.Stack3D.*;",
                "var stack = sampleStack();\nstack.depth()",
                "int slices = stack.depth();\nmarchingCube(stack, 100.5)");
        Run run = run(broken);
        assertEquals(1, run.status, run.output);
        assertTrue(run.output.contains("broken.ipynb code cell 4:2: cannot find symbol"), run.output);
        assertTrue(run.output.contains("marchingCube"), run.output);
    }

    @Test
    void aCellThatThrowsIsNamed() throws Exception {
        Path broken = notebook("throws.ipynb", "%maven io.github.stack3d:stack3d:0.1.0",
                "import static io.github.stack3d.Stack3D.*;\nimport java.nio.file.*;",
                "Path missing = Path.of(\"no-such-folder\");\n\nloadStack(missing)");
        Run run = run(broken);
        assertEquals(1, run.status, run.output);
        assertTrue(run.output.contains("throws.ipynb code cell 3:3: java.nio.file.NoSuchFileException")
                || run.output.contains("throws.ipynb code cell 3:3: java.io."), run.output);
        assertTrue(run.output.contains("no-such-folder"), run.output);
    }

    @Test
    void magicsAreBlankedKeepingLineNumbers() {
        assertEquals("\nint a = 1;\n\na", NotebookCells.kernelLines("%jars x.jar\nint a = 1;\n  %maven g:a:1\na"));
        assertEquals("\n\n", NotebookCells.kernelLines("%%loadFromPOM\n<dependency/>\n"));
        assertEquals(List.of("1 + 1", "\nx"), NotebookCells.codeCells("{\"cells\": [{\"cell_type\": \"code\", "
                + "\"source\": \"1 + 1\"}, {\"cell_type\": \"markdown\", \"source\": [\"# t\"]}, {\"cell_type\": "
                + "\"code\", \"source\": [\"%jars a.jar\\n\", \"x\"]}]}"));
    }

    private record Run(int status, String output) {
    }

    /** Runs {@code notebook}'s cells in a child JVM whose working folder is {@code dir/repo/notebooks}. */
    private Run run(Path notebook) throws IOException, InterruptedException {
        Path repo = dir.resolve("repo");
        Path work = Files.createDirectories(repo.resolve("notebooks"));
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        if (Files.notExists(repo.resolve("target"))) {
            Files.createSymbolicLink(repo.resolve("target"), Path.of("target").toAbsolutePath());
        }
        Path data = TestData.root().toAbsolutePath();
        if (Files.isDirectory(data) && Files.notExists(dir.resolve("shared"))) {
            Files.createSymbolicLink(Files.createDirectories(dir.resolve("shared")).resolve("data"), data);
        }
        Path log = dir.resolve("log.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-Djava.awt.headless=true", "-Djava.io.tmpdir=" + tmp, "-cp",
                System.getProperty("java.class.path"), NotebookCells.class.getName(),
                notebook.toAbsolutePath().toString())
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(HANG_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail(notebook + " did not end within " + HANG_MINUTES + " minutes");
        }
        return new Run(p.exitValue(), Files.readString(log));
    }

    /** A notebook of code cells with these sources, in {@code dir}. */
    private Path notebook(String name, String... cells) throws IOException {
        StringBuilder json = new StringBuilder("{\"cells\": [");
        for (int i = 0; i < cells.length; i++) {
            json.append(i == 0 ? "" : ", ").append("{\"cell_type\": \"code\", \"metadata\": {}, \"outputs\": [], ")
                    .append("\"source\": \"").append(cells[i].replace("\\", "\\\\").replace("\"", "\\\"")
                            .replace("\n", "\\n")).append("\"}");
        }
        return Files.writeString(dir.resolve(name), json.append("], \"nbformat\": 4, \"nbformat_minor\": 5}"));
    }
}
