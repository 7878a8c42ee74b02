package io.github.stack3d.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the {@code jshell} and {@code run} commands start with, as {@code jshell --class-path
 * stack3d-VERSION-all.jar --startup DEFAULT --startup examples/startup.jsh} does: this JVM's class path (the running
 * jar under {@code java -jar}), then jshell's {@code DEFAULT} imports and stack3d's startup, which the build copies
 * from {@code examples/startup.jsh} into the jar, so that both read one file.
 */
final class JShellSetup {

    /** The name of stack3d's startup script, in messages and beside this class in the jar. */
    static final String STARTUP = "startup.jsh";

    /** jshell's own DEFAULT startup in the JDK's run-time image (it is not an exported resource). */
    private static final URI JDK_DEFAULT = URI.create("jrt:/jdk.jshell/jdk/jshell/tool/resources/DEFAULT.jsh");

    private JShellSetup() {
    }

    /** The class path the shell's snippets compile and run against: the one this JVM was started with. */
    static String classPath() {
        return System.getProperty("java.class.path");
    }

    /** stack3d's startup: the imports of the facade and the model. */
    static String startup() throws IOException {
        try (InputStream in = JShellSetup.class.getResourceAsStream(STARTUP)) {
            if (in == null) {
                throw new IOException(STARTUP + " is missing beside " + JShellSetup.class.getName() + "; rebuild");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** jshell's DEFAULT startup ({@code java.io.*}, {@code java.nio.file.*}, {@code java.util.*}, ...). */
    static String jdkDefault() throws IOException {
        try {
            return Files.readString(Path.of(JDK_DEFAULT));
        } catch (IOException | RuntimeException e) {
            throw new IOException("cannot read jshell's DEFAULT startup from " + JDK_DEFAULT + " (is this a JDK "
                    + "with the jdk.jshell module?): " + e, e);
        }
    }
}
