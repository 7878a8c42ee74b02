package io.github.stack3d.extract;

import io.github.stack3d.*;
import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Placeholder until implemented. */
public final class VoxelPoints {
    private VoxelPoints() {
    }
    public static PointCloud of(Mask m) { throw new UnsupportedOperationException("not implemented yet"); }
}
