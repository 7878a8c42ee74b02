package io.github.stack3d.cli;

import io.github.stack3d.Stack3D;
import io.github.stack3d.Volume;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code info STACK}: what a stack holds; the slices are read one at a time for the value range. */
@Command(name = "info", description = "Size, type, grid, value range and files (in stacking order) of a stack.")
final class InfoCommand extends Main.Common implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StackInput input;

    @Override
    public Integer call() throws Exception {
        Volume stack = input.open();
        stack.range();
        spec.commandLine().getOut().print(Stack3D.describe(stack));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
