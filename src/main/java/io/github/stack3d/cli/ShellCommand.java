package io.github.stack3d.cli;

import io.github.stack3d.Mask;
import io.github.stack3d.PointCloud;
import io.github.stack3d.Stack3D;
import io.github.stack3d.Volume;
import java.io.PrintWriter;
import java.util.List;

/** {@code shell STACK OUT.ply}: the seed's job, streamed from disk: inRange mask, shell points, PLY. */
final class ShellCommand implements Command {

    private final PrintWriter out;
    private final StackInput input = new StackInput();
    private final ShellRange range = new ShellRange();
    private String output;

    ShellCommand(PrintWriter out) {
        this.out = out;
    }

    @Override
    public String description() {
        return "The seed's shell point cloud of the voxels with lo <= value <= hi, as PLY; the slices stream from "
                + "disk, so any stack size works.";
    }

    @Override
    public void declare(Options o) {
        input.declare(o);
        o.parameter("OUT.ply", "the point cloud to write", Options.TEXT, v -> output = v);
        range.declare(o);
    }

    @Override
    public Integer call() throws Exception {
        range.check();
        double lo = range.lo();
        double hi = range.hi();
        boolean ascii = range.ascii();
        Output.check(output, List.of("ply"), input::files);
        Steps steps = new Steps(out);
        Volume stack = steps.time("opened", input::open, Object::toString);
        Mask mask = steps.time("inRange(" + lo + ", " + hi + ")", () -> Stack3D.inRange(stack, lo, hi),
                Object::toString);
        PointCloud shell = steps.time("read, thresholded and took the shell points", () -> Stack3D.shellPoints(mask),
                Object::toString);
        steps.time(ascii ? "wrote ASCII PLY" : "wrote PLY", () -> ascii ? Stack3D.savePlyAscii(shell, output)
                : Stack3D.savePly(shell, output), Steps::file);
        steps.total();
        return 0;
    }
}
