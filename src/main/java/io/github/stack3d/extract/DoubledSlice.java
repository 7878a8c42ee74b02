package io.github.stack3d.extract;

import io.github.stack3d.Grid;
import io.github.stack3d.SliceSource;

/**
 * A single slice seen as two identical slices just under a voxel apart, centred on it, so that the closed surface
 * of a one-slice stack is a slab one voxel thick: its walls stand straight between the two copies, and the caps
 * ({@link EdgeVertex#MIN_T} of a step beyond them) lie half a voxel either side of the slice.
 */
final class DoubledSlice extends ForwardingSource {

    private final Grid grid;

    DoubledSlice(SliceSource source) {
        super(source);
        Grid g = source.grid();
        double step = g.sz() / (1 + 2 * EdgeVertex.MIN_T);
        this.grid = g.withGrid(g.sx(), g.sy(), step).withOrigin(g.ox(), g.oy(), g.oz() - g.sz() / 2
                + EdgeVertex.MIN_T * step);
    }

    @Override
    public int depth() {
        return 2;
    }

    @Override
    public Grid grid() {
        return grid;
    }

    @Override
    public Object slice(int z) {
        if (z < 0 || z > 1) {
            throw new IndexOutOfBoundsException("slice " + z + " of 2");
        }
        return source.slice(0);
    }
}
