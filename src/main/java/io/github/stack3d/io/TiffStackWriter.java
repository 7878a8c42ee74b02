package io.github.stack3d.io;

import io.github.stack3d.*;
import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Placeholder until implemented. */
public final class TiffStackWriter {
    private TiffStackWriter() {
    }
    public static List<Path> writeSlices(SliceSource s, Path folder) throws IOException { throw new UnsupportedOperationException("not implemented yet"); }
    public static Path writeMultipage(SliceSource s, Path file) throws IOException { throw new UnsupportedOperationException("not implemented yet"); }
}
