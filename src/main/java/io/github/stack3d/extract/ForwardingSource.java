package io.github.stack3d.extract;

import io.github.stack3d.Grid;
import io.github.stack3d.SampleType;
import io.github.stack3d.SliceSource;

/**
 * A stack seen through another: every method answers as the underlying source does, so a view overrides only what
 * it changes (its slices, its depth, its grid).
 */
abstract class ForwardingSource implements SliceSource {

    /** The stack this view shows. */
    protected final SliceSource source;

    ForwardingSource(SliceSource source) {
        this.source = source;
    }

    @Override
    public int width() {
        return source.width();
    }

    @Override
    public int height() {
        return source.height();
    }

    @Override
    public int depth() {
        return source.depth();
    }

    @Override
    public SampleType type() {
        return source.type();
    }

    @Override
    public Grid grid() {
        return source.grid();
    }

    @Override
    public boolean inMemory() {
        return source.inMemory();
    }

    @Override
    public Object slice(int z) {
        return source.slice(z);
    }
}
