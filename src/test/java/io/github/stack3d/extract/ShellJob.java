package io.github.stack3d.extract;

import io.github.stack3d.Memory;
import io.github.stack3d.PointCloud;
import io.github.stack3d.Stack3D;
import io.github.stack3d.Volume;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The seed's job as a process of its own, for tests and benchmarks that give it a small heap:
 * <pre>
 * java -Xmx24m -cp CLASSPATH io.github.stack3d.extract.ShellJob stream FOLDER LO HI OUT.ply
 *     savePly(shellPoints(inRange(openStack(FOLDER), LO, HI)), OUT)
 * ... ShellJob memory FOLDER LO HI OUT.ply     the same from loadStack(FOLDER)
 * ... ShellJob load FOLDER                     loadStack(FOLDER) only: does the stack fit?
 * </pre>
 * Prints what it made, the time and the maximum heap; a failure ends the process with the exception (exit 1).
 */
public final class ShellJob {

    private ShellJob() {
    }

    public static void main(String[] args) throws IOException {
        String mode = args[0];
        Path folder = Path.of(args[1]);
        long t0 = System.nanoTime();
        Volume stack = switch (mode) {
            case "load", "memory" -> Stack3D.loadStack(folder);
            case "stream" -> Stack3D.openStack(folder);
            default -> throw new IllegalArgumentException("mode " + mode + "; expected stream, memory or load");
        };
        String heap = "max heap " + Memory.size(Runtime.getRuntime().maxMemory());
        if (mode.equals("load")) {
            System.out.println("load: " + stack + ", " + heap);
            return;
        }
        double lo = Double.parseDouble(args[2]);
        double hi = Double.parseDouble(args[3]);
        PointCloud points = Stack3D.shellPoints(Stack3D.inRange(stack, lo, hi));
        Path out = Stack3D.savePly(points, Path.of(args[4]));
        System.out.printf(Locale.ROOT, "%s: %s, inRange(%s, %s) -> %s -> %s in %.0f ms, %s%n", mode, stack, args[2],
                args[3], points, out, (System.nanoTime() - t0) / 1e6, heap);
    }
}
