package io.github.stack3d.transform;

import io.github.stack3d.*;
import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Placeholder until implemented. */
public final class Crop {
    private Crop() {
    }
    public static Volume of(Volume v, int x, int y, int z, int w, int h, int d) { throw new UnsupportedOperationException("not implemented yet"); }
}
