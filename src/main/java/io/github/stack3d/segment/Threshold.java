package io.github.stack3d.segment;

import io.github.stack3d.*;
import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Placeholder until implemented. */
public final class Threshold {
    private Threshold() {
    }
    public static Mask inRange(Volume v, double lo, double hi) { throw new UnsupportedOperationException("not implemented yet"); }
    public static Mask atLeast(Volume v, double t) { throw new UnsupportedOperationException("not implemented yet"); }
}
