package io.github.stack3d.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import jdk.jshell.JShell;

/**
 * {@code run SCRIPT.jsh}: a jshell script run through {@link JShell} with the library on the class path and the
 * facade and model imported ({@link JShellSetup}), printing each snippet's output and each value as jshell shows
 * it. The status is the script's {@code /exit}, 0 at its end, or 1 at the first snippet that does not compile or
 * throws, with a line naming the script's line and the reason.
 */
final class RunCommand implements Command {

    private Path script;
    private final PrintStream out;
    private final PrintStream err;

    RunCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public String description() {
        return "Runs a jshell script with stack3d on the class path and its facade and model imported, printing each "
                + "value and output; stops at the first snippet that does not compile or throws (status 1, naming the "
                + "line); /exit [STATUS] ends it with that status.";
    }

    @Override
    public void declare(Options o) {
        o.parameter("SCRIPT.jsh", "the script to run", Options.PATH, v -> script = v);
    }

    @Override
    public Integer call() throws IOException, ScriptRunner.ScriptFailed {
        if (!Files.isRegularFile(script)) {
            throw new IOException(script + ": no such file");
        }
        String source = Files.readString(script);
        try (JShell shell = JShell.builder().out(out).err(err).remoteVMOptions("-Djava.awt.headless=true").build()) {
            shell.addToClasspath(JShellSetup.classPath());
            ScriptRunner runner = new ScriptRunner(shell, out);
            runner.run("DEFAULT", JShellSetup.jdkDefault(), false);
            runner.run(JShellSetup.STARTUP, JShellSetup.startup(), false);
            return runner.run(script.toString(), source, true).orElse(0);
        } finally {
            out.flush();
        }
    }
}
