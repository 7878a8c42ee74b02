package io.github.stack3d.cli;

import static io.github.stack3d.Stack3D.describe;
import static io.github.stack3d.Stack3D.inRange;
import static io.github.stack3d.Stack3D.loadStack;
import static io.github.stack3d.Stack3D.marchingCubes;
import static io.github.stack3d.Stack3D.meshReport;
import static io.github.stack3d.Stack3D.openStack;
import static io.github.stack3d.Stack3D.otsu;

import io.github.stack3d.Border;
import io.github.stack3d.Mask;
import io.github.stack3d.Mesh;
import io.github.stack3d.PointCloud;
import io.github.stack3d.SliceSource;
import io.github.stack3d.Grid;
import io.github.stack3d.Stack3D;
import io.github.stack3d.Volume;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.Locale;

/** The {@code info}, {@code shell} and {@code mesh} commands. */
final class Commands {

    private Commands() {
    }

    static void info(Options o, PrintStream out) throws IOException {
        out.print(describe(load(o)));
    }

    static void shell(Options o, PrintStream out) throws IOException {
        Steps steps = new Steps(out);
        Volume stack = steps.time("opened", () -> spaced(openStack(o.positional(0)), o), Object::toString);
        double lo = o.number("--lo", 0);
        double hi = o.number("--hi", 100);
        Mask mask = steps.time("inRange(" + lo + ", " + hi + ")", () -> inRange(stack, lo, hi), Object::toString);
        PointCloud shell = steps.time("read, thresholded and took the shell points", () -> Stack3D.shellPoints(mask),
                Object::toString);
        String file = o.positional(1);
        boolean ascii = o.flag("--ascii");
        steps.time(ascii ? "wrote ASCII PLY" : "wrote PLY", () -> ascii ? Stack3D.savePlyAscii(shell, file)
                : Stack3D.savePly(shell, file), p -> p + " (" + size(p) + ")");
        steps.total();
    }

    static void mesh(Options o, PrintStream out) throws IOException {
        Steps steps = new Steps(out);
        double level = o.number("--level", Double.NaN);
        boolean stream = !Double.isNaN(level);
        SliceSource stack = steps.time(stream ? "opened" : "loaded", () -> stream ? spaced(openStack(o.positional(0)), o)
                : load(o), Object::toString);
        if (!stream) {
            Volume v = (Volume) stack;
            level = steps.time("Otsu threshold", () -> otsu(v), String::valueOf);
        }
        double l = level;
        Border border = o.flag("--open") ? Border.OPEN : Border.CLOSED;
        Mesh mesh = steps.time("marching cubes at " + level, () -> marchingCubes(stack, l, border), Object::toString);
        String file = o.positional(1);
        String lower = file.toLowerCase(Locale.ROOT);
        steps.time("wrote", () -> lower.endsWith(".stl") ? Stack3D.saveStl(mesh, file)
                : lower.endsWith(".obj") ? Stack3D.saveObj(mesh, file) : Stack3D.savePly(mesh, file),
                p -> p + " (" + size(p) + ")");
        steps.total();
        if (o.flag("--report")) {
            out.println(meshReport(mesh));
        }
    }

    private static Volume load(Options o) throws IOException {
        return spaced(loadStack(o.positional(0)), o);
    }

    /** The stack with the {@code --spacing} of the command line, if given (the origin stays where the file puts it). */
    private static Volume spaced(Volume stack, Options o) {
        Grid s = o.spacing(stack.grid());
        return s == null ? stack : stack.withGrid(s);
    }

    private static String size(java.nio.file.Path p) {
        try {
            return io.github.stack3d.Memory.size(Files.size(p));
        } catch (IOException e) {
            return "size unknown";
        }
    }
}
