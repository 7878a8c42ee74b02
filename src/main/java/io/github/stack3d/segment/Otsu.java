package io.github.stack3d.segment;

import io.github.stack3d.*;
import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Placeholder until implemented. */
public final class Otsu {
    private Otsu() {
    }
    public static double threshold(Volume v) { throw new UnsupportedOperationException("not implemented yet"); }
}
