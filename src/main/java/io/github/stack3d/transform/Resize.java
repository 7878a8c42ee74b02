package io.github.stack3d.transform;

import io.github.stack3d.*;
import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Placeholder until implemented. */
public final class Resize {
    private Resize() {
    }
    public static Volume bilinear(Volume v, int w, int h) { throw new UnsupportedOperationException("not implemented yet"); }
}
