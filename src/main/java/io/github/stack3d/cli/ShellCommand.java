package io.github.stack3d.cli;

import io.github.stack3d.Mask;
import io.github.stack3d.PointCloud;
import io.github.stack3d.Stack3D;
import io.github.stack3d.Volume;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code shell STACK OUT.ply}: the seed's job, streamed from disk: inRange mask, shell points, PLY. */
@Command(name = "shell", description = "The seed's shell point cloud of the voxels with lo <= value <= hi, as PLY; "
        + "the slices stream from disk, so any stack size works.")
final class ShellCommand extends Main.Common implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StackInput input;

    @Parameters(index = "1", paramLabel = "OUT.ply", description = "the point cloud to write")
    String output;

    @Mixin
    ShellRange range;

    @Override
    public Integer call() throws Exception {
        range.check();
        double lo = range.lo();
        double hi = range.hi();
        boolean ascii = range.ascii();
        Output.check(spec.commandLine(), output, List.of("ply"), input::files);
        Steps steps = new Steps(spec.commandLine().getOut());
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
