package io.github.stack3d.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.tool.JavaShellToolBuilder;

/**
 * {@code jshell [ARGS]}: the JDK's interactive jshell ({@link JavaShellToolBuilder}) with the library on the class
 * path and the facade and model imported ({@link JShellSetup}); further arguments go to jshell as they are. The
 * status is the one {@code /exit} gives.
 */
final class JShellCommand implements Command {

    private final List<String> jshellArguments = new ArrayList<>();

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    JShellCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    @Override
    public String description() {
        return "Interactive jshell with stack3d on the class path and its facade and model imported; other arguments "
                + "(a script to open, -R-Xmx8g, ...) are passed on to jshell.";
    }

    @Override
    public void declare(Options o) {
        o.unmatched(jshellArguments::add);
    }

    @Override
    public Integer call() throws Exception {
        // jshell takes a startup from a file or by a predefined name, so the jar's copy goes to a file for the session
        Path startup = Files.createTempFile("stack3d-startup-", ".jsh");
        try {
            Files.writeString(startup, JShellSetup.startup());
            List<String> arguments = new ArrayList<>(List.of("--class-path", JShellSetup.classPath(),
                    "-R-Djava.awt.headless=true", "--startup", "DEFAULT", "--startup", startup.toString()));
            arguments.addAll(jshellArguments);
            return JavaShellToolBuilder.builder().in(in, null).out(out).err(err)
                    .interactiveTerminal(System.console() != null).start(arguments.toArray(String[]::new));
        } finally {
            Files.deleteIfExists(startup);
        }
    }
}
