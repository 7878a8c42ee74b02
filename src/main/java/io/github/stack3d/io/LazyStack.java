package io.github.stack3d.io;

import io.github.stack3d.*;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Placeholder until implemented. */
public final class LazyStack implements SliceSource {
    private LazyStack() {
    }
    public static LazyStack open(List<Path> files) throws IOException { throw new UnsupportedOperationException(); }
    public int width() { throw new UnsupportedOperationException(); }
    public int height() { throw new UnsupportedOperationException(); }
    public int depth() { throw new UnsupportedOperationException(); }
    public SampleType type() { throw new UnsupportedOperationException(); }
    public Spacing spacing() { throw new UnsupportedOperationException(); }
    public byte[] bytes(int z) { throw new UnsupportedOperationException(); }
    public short[] shorts(int z) { throw new UnsupportedOperationException(); }
    public float[] floats(int z) { throw new UnsupportedOperationException(); }
}
