package io.github.stack3d.sample;

import io.github.stack3d.*;
import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Placeholder until implemented. */
public final class SampleStacks {
    private SampleStacks() {
    }
    public static Volume specimen() { throw new UnsupportedOperationException("not implemented yet"); }
}
