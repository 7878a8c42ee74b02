package io.github.stack3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's type-along snippet (the first {@code java} block of its "In jshell" section) works when pasted as it
 * stands into {@code jshell --class-path JAR} ({@link JShellScript#type}, no startup beyond jshell's own) in an
 * empty folder: no line is rejected or throws, and the files it names are there, read back.
 */
class ReadmeJShellTest {

    @TempDir
    Path work;

    @Test
    void theTypeAlongSnippetRunsInJShell() throws Exception {
        String snippet = typeAlong();
        assertTrue(snippet.contains("import static io.github.stack3d.Stack3D.*;"), snippet);
        JShellScript.Run run = JShellScript.type(snippet + "\n/exit\n", work);
        assertEquals(0, run.status(), run.both());
        for (String failure : List.of("Error:", "Exception", "cannot find symbol", "Unresolved")) {
            assertFalse(run.out().contains(failure) || run.err().contains(failure), failure + "\n" + run.both());
        }
        assertTrue(run.out().contains("Mesh report: "), "meshReport(mesh) shows: " + run.both());

        Path demo = work.resolve("stack3d-demo");
        assertEquals(Stack3D.sampleStack().depth(), JShellScript.filesIn(demo.resolve("slices")).size(), "slices");
        Volume stack = Stack3D.loadStack(demo.resolve("slices"));
        Mask mask = Stack3D.inRange(stack, 0, 100);
        assertEquals(Stack3D.shellPoints(mask).size(), Stack3D.readPly(demo.resolve("shell.ply")).vertexCount(),
                "shell.ply");
        Mesh mesh = Stack3D.readPly(demo.resolve("mesh.ply"));
        assertEquals(Stack3D.marchingCubesBelow(stack, 100.5).triangleCount(), mesh.triangleCount(), "mesh.ply");
        assertTrue(Files.size(demo.resolve("slice64.png")) > 1000, "slice64.png");
    }

    /** The first {@code ```java} block after README's {@code ## In jshell}. */
    private static String typeAlong() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("\n## In jshell\n");
        assertTrue(section >= 0, "README has an \"In jshell\" section");
        int start = readme.indexOf("```java\n", section);
        int next = readme.indexOf("\n## ", section + 1);
        assertTrue(start >= 0 && (next < 0 || start < next), "a java block in README's \"In jshell\" section");
        int from = start + "```java\n".length();
        return readme.substring(from, readme.indexOf("```", from));
    }
}
