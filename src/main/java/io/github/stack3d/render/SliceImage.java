package io.github.stack3d.render;

import io.github.stack3d.*;
import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Placeholder until implemented. */
public final class SliceImage {
    private SliceImage() {
    }
    public static BufferedImage of(Volume v, int z) { throw new UnsupportedOperationException("not implemented yet"); }
    public static BufferedImage of(Mask v, int z) { throw new UnsupportedOperationException("not implemented yet"); }
    public static BufferedImage overlay(Volume v, Mask m, int z) { throw new UnsupportedOperationException("not implemented yet"); }
}
