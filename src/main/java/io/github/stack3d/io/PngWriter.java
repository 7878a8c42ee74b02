package io.github.stack3d.io;

import io.github.stack3d.Checks;
import java.awt.image.RenderedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes pictures as PNG with the JDK's own ImageIO PNG writer (lossless; grey images stay 8-bit grey, RGB
 * stays RGB). The file is written atomically ({@link AtomicWrite}): complete, or not there at all.
 */
public final class PngWriter {

    /** The JDK's PNG writer class, preferred over any PNG writer a plugin on the class path registers. */
    private static final String JDK_WRITER = "com.sun.imageio.plugins.png.PNGImageWriter";

    private PngWriter() {
    }

    /**
     * Writes {@code image} to {@code file} as PNG, replacing an existing file.
     *
     * @param image the picture, for example from {@code preview} or {@code montage}
     * @param file  the PNG file; its folder must exist
     * @return {@code file}
     * @throws IOException naming the file when its folder is missing or not writable, no PNG writer can encode
     *                     this kind of image, or writing fails
     */
    public static Path write(RenderedImage image, Path file) throws IOException {
        Checks.requireNonNull(image, "image");
        Checks.requireNonNull(file, "file");
        ImageWriter writer = pngWriter(file, image);
        try {
            return AtomicWrite.write(file, out -> {
                try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                    writer.setOutput(stream);
                    writer.write(image);
                }
            });
        } finally {
            writer.dispose();
        }
    }

    private static ImageWriter pngWriter(Path file, RenderedImage image) throws IOException {
        ImageTypeSpecifier type = ImageTypeSpecifier.createFromRenderedImage(image);
        ImageWriter chosen = null;
        for (Iterator<ImageWriter> it = ImageIO.getImageWriters(type, "png"); it.hasNext(); ) {
            ImageWriter w = it.next();
            if (chosen == null || w.getClass().getName().equals(JDK_WRITER)) {
                chosen = w;
            }
        }
        if (chosen == null) {
            throw new IOException(file + ": no PNG writer can encode this image (" + image.getSampleModel()
                    .getNumBands() + " bands of " + image.getSampleModel().getSampleSize(0) + " bits)");
        }
        return chosen;
    }
}
