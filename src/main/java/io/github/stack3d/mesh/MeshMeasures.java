package io.github.stack3d.mesh;

import io.github.stack3d.*;
import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Placeholder until implemented. */
public final class MeshMeasures {
    private MeshMeasures() {
    }
    public static double surfaceArea(Mesh m) { throw new UnsupportedOperationException("not implemented yet"); }
    public static double enclosedVolume(Mesh m) { throw new UnsupportedOperationException("not implemented yet"); }
}
