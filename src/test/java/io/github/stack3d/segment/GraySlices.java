package io.github.stack3d.segment;

import io.github.stack3d.Grid;
import io.github.stack3d.Volume;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Test helper: reads a folder of 8-bit grey single-page TIFFs with {@code javax.imageio} (TwelveMonkeys' TIFF
 * plugin is on the class path) into a {@link Volume}, in natural order (slice_2 before slice_10), without the
 * library's own loader, so that tests of thresholds and shells depend on nothing but these lines.
 */
public final class GraySlices {

    private static final Pattern NUMBER = Pattern.compile("(\\d+)\\D*$");

    private GraySlices() {
    }

    /** The {@code .tif} files of {@code folder} sorted by the last number in their names. */
    public static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tif"))
                    .sorted(Comparator.comparingLong(GraySlices::number)).toList();
        }
    }

    /** The slices of {@code folder} as an 8-bit volume with {@code 1×1×1 px} spacing. */
    public static Volume read(Path folder) throws IOException {
        List<Path> files = files(folder);
        byte[][] slices = new byte[files.size()][];
        int w = -1;
        int h = -1;
        for (int z = 0; z < slices.length; z++) {
            BufferedImage img = ImageIO.read(files.get(z).toFile());
            if (img == null) {
                throw new IOException(files.get(z) + ": no ImageIO reader");
            }
            Raster r = img.getRaster();
            if (r.getNumBands() != 1 || r.getSampleModel().getSampleSize(0) != 8) {
                throw new IOException(files.get(z) + ": expected one 8-bit band");
            }
            if (z == 0) {
                w = r.getWidth();
                h = r.getHeight();
            } else if (r.getWidth() != w || r.getHeight() != h) {
                throw new IOException(files.get(z) + ": " + r.getWidth() + "×" + r.getHeight() + ", expected "
                        + w + "×" + h);
            }
            int[] px = r.getSamples(0, 0, w, h, 0, (int[]) null);
            byte[] b = new byte[px.length];
            for (int i = 0; i < px.length; i++) {
                b[i] = (byte) px[i];
            }
            slices[z] = b;
        }
        return Volume.ofBytes(w, h, slices, Grid.PIXELS);
    }

    private static long number(Path p) {
        Matcher m = NUMBER.matcher(p.getFileName().toString());
        if (!m.find()) {
            throw new IllegalArgumentException(p + ": no number in the name");
        }
        return Long.parseLong(m.group(1));
    }
}
