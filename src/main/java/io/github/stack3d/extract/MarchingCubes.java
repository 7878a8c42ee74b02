package io.github.stack3d.extract;

import io.github.stack3d.*;
import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Placeholder until implemented. */
public final class MarchingCubes {
    private MarchingCubes() {
    }
    public static Mesh extract(SliceSource s, double level, Border b) { throw new UnsupportedOperationException("not implemented yet"); }
    public static Mesh extract(Mask m, Border b) { throw new UnsupportedOperationException("not implemented yet"); }
}
