package io.github.stack3d.io;

import io.github.stack3d.*;
import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Placeholder until implemented. */
public final class ObjReader {
    private ObjReader() {
    }
    public static Mesh read(Path f) throws IOException { throw new UnsupportedOperationException("not implemented yet"); }
}
