package io.github.stack3d.render;

import io.github.stack3d.*;
import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Placeholder until implemented. */
public final class Montage {
    private Montage() {
    }
    public static BufferedImage of(Volume v) { throw new UnsupportedOperationException("not implemented yet"); }
    public static BufferedImage of(Mask v) { throw new UnsupportedOperationException("not implemented yet"); }
}
