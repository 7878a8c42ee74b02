package io.github.stack3d.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Stack3D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run SCRIPT.jsh} through {@link Main#run} (its shell's JVM gets the test class path): the facade and the
 * model are imported, snippets' output and values are printed, {@code /exit N} is the status, and the first
 * snippet that does not compile or throws ends the script with status 1 and a line naming the script's line
 * (where a method defined earlier threw, that line too), running nothing after it.
 */
class RunCommandTest {

    @TempDir
    Path dir;

    @Test
    void aGoodScriptPrintsItsOutputAndValuesAndExits0() throws IOException {
        Path script = script("good.jsh", """
                // the facade and the model without imports
                Volume stack = sampleStack();
                System.out.println("slices " + stack.depth());
                int voxels = (int) Math.min(1,
                        inRange(stack, 0, 100).count())
                /* a comment between snippets */ Path here = Path.of(".")
                """);
        MainTest.Run r = MainTest.run("run", script.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("slices " + Stack3D.sampleStack().depth() + "\n"), r.out());
        assertTrue(r.out().contains("stack ==> " + Stack3D.sampleStack() + "\n"), "the value as jshell shows it: "
                + r.out());
        assertTrue(r.out().contains("voxels ==> 1\n"), "a snippet over two lines: " + r.out());
        assertTrue(r.out().contains("here ==> .\n"), "java.nio.file from jshell's DEFAULT imports: " + r.out());
        assertEquals("", r.err());
    }

    @Test
    void exitGivesTheStatusAndEndsTheScript() throws IOException {
        Path script = script("exit.jsh", """
                int status = 2 + 1;
                /exit status
                System.out.println("after exit");
                """);
        MainTest.Run r = MainTest.run("run", script.toString());
        assertEquals(3, r.status(), r.out() + r.err());
        assertFalse(r.out().contains("after exit"), r.out());
    }

    @Test
    void aRejectedSnippetExits1NamingItsLine() throws IOException {
        Path script = script("rejected.jsh", """
                System.out.println("before");

                var stack = sampleStack();
                Mesh mesh = marchingCube(stack, 100.5);
                System.out.println("after");
                """);
        MainTest.Run r = MainTest.run("run", script.toString());
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(r.err().startsWith("stack3d: " + script + ":4: cannot find symbol"), r.err());
        assertTrue(r.err().contains("marchingCube"), r.err());
        assertTrue(r.out().contains("before"), r.out());
        assertFalse(r.out().contains("after"), "nothing runs after the failure: " + r.out());
    }

    @Test
    void anExceptionExits1NamingTheLineAndWhereItWasThrown() throws IOException {
        Path script = script("throws.jsh", """
                Volume flat(int slices) {
                    return Volume.ofBytes(2, 2, new byte[slices][3], Grid.PIXELS);
                }
                System.out.println("before");
                Volume v = flat(2);
                System.out.println("after");
                """);
        MainTest.Run r = MainTest.run("run", script.toString());
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(r.err().startsWith("stack3d: " + script + ":5: java.lang.IllegalArgumentException: "), r.err());
        assertTrue(r.err().strip().endsWith("(at " + script + ":2)"), "the method's line: " + r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line without --verbose: " + r.err());
        assertTrue(r.out().contains("before") && !r.out().contains("after"), r.out());
    }

    @Test
    void aMissingScriptOrAnUnknownCommandExits1() throws IOException {
        MainTest.Run missing = MainTest.run("run", dir.resolve("none.jsh").toString());
        assertEquals(1, missing.status());
        assertTrue(missing.err().contains("none.jsh: no such file"), missing.err());
        Path script = script("command.jsh", "int a = 1;\n/vars\n");
        MainTest.Run command = MainTest.run("run", script.toString());
        assertEquals(1, command.status());
        assertTrue(command.err().contains(script + ":2: /vars is a jshell command that run does not do"),
                command.err());
    }

    private Path script(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
