package io.github.stack3d.cli;

import io.github.stack3d.Stack3D;
import io.github.stack3d.Volume;
import java.io.PrintWriter;

/** {@code info STACK}: what a stack holds; the slices are read one at a time for the value range. */
final class InfoCommand implements Command {

    private final PrintWriter out;
    private final StackInput input = new StackInput();

    InfoCommand(PrintWriter out) {
        this.out = out;
    }

    @Override
    public String description() {
        return "Size, type, grid, value range and files (in stacking order) of a stack.";
    }

    @Override
    public void declare(Options o) {
        input.declare(o);
    }

    @Override
    public Integer call() throws Exception {
        Volume stack = input.open();
        stack.range();
        out.print(Stack3D.describe(stack));
        out.flush();
        return 0;
    }
}
