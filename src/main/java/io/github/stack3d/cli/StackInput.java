package io.github.stack3d.cli;

import io.github.stack3d.Volume;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The stack a command reads: its path and an optional {@code --spacing} override. */
final class StackInput {

    private String stack;
    private String spacing;

    /** The stack opened once, on first use: its headers are read a single time per command. */
    private Volume opened;

    /** Declares the parameter {@code STACK} (first) and the option {@code --spacing}. */
    void declare(Options o) {
        o.parameter("STACK", "a folder of TIFF slices, a multipage TIFF, or a quoted glob (\"scan/img_*.tif\")",
                Options.TEXT, v -> stack = v);
        o.option("--spacing", "X,Y,Z[,UNIT]", "voxel size (and unit) instead of the one in the files", Options.TEXT,
                v -> spacing = v);
    }

    /** The stack loaded into memory, with the spacing override. */
    Volume load() throws IOException {
        return open().load();
    }

    /** The stack opened on disk (slices read when needed), with the spacing override. */
    Volume open() throws IOException {
        if (opened == null) {
            opened = spaced(StackPrefetch.open(stack));
        }
        return opened;
    }

    /** The files the stack is read from, for refusing to write over one of them. */
    List<Path> files() throws IOException {
        return open().files();
    }

    /** The stack with {@code --spacing}: the origin stays where the files put it when the unit is the same. */
    private Volume spaced(Volume v) {
        if (spacing == null) {
            return v;
        }
        int longest = Math.max(v.width(), Math.max(v.height(), v.depth()));
        return v.withGrid(Spacing.grid(spacing, v.grid(), longest, UsageException::new));
    }
}
