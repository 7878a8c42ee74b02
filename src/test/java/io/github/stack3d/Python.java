package io.github.stack3d;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Debian's Python ({@code /usr/bin/python3}) for cross-checks against OpenCV, scikit-image and VTK.
 * {@link #requireModules} skips the calling test, with a message, when Python or a module is missing.
 */
public final class Python {

    /** Debian's interpreter; the {@code python3} first on PATH may be another one without the packages. */
    public static final String EXE = "/usr/bin/python3";

    private Python() {
    }

    /** Skips the calling test unless every module imports, saying which one is missing and how to install it. */
    public static void requireModules(String... modules) {
        for (String m : modules) {
            Result r = run(List.of("-c", "import " + m), null);
            assumeTrue(r.exitCode == 0, "skipped: " + EXE + " cannot import " + m
                    + " (apt-get install -y python3-opencv python3-skimage python3-vtk9 python3-open3d "
                    + "python3-tifffile)");
        }
    }

    /** Runs {@code EXE args...} in {@code dir} (or the current folder) and returns its exit code and output. */
    public static Result run(List<String> args, Path dir) {
        List<String> cmd = new ArrayList<>();
        cmd.add(EXE);
        cmd.addAll(args);
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            if (dir != null) {
                pb.directory(dir.toFile());
            }
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + cmd);
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Result(127, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What a Python run printed (stdout and stderr together) and its exit code. */
    public record Result(int exitCode, String output) {
    }
}
