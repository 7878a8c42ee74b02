package io.github.stack3d.io.tiff;

import io.github.stack3d.Checks;
import io.github.stack3d.SampleType;
import io.github.stack3d.Grid;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a list of TIFF files holds as one stack, read from their headers only: every page of every file in the
 * order given, the slice size and voxel type they share, and the spacing of the first file.
 *
 * @param files   the files, in stacking order
 * @param pages   one page per slice, z = list index
 * @param width   slice width
 * @param height  slice height
 * @param type    voxel type of every slice
 * @param grid    spacing from the first file's ImageJ metadata, or {@link Grid#PIXELS}
 */
record TiffStackLayout(List<Path> files, List<TiffPage> pages, int width, int height, SampleType type,
                       Grid grid) {

    /**
     * Reads the headers of all {@code files} (in parallel) and checks that every page has the size and voxel type
     * of the first.
     *
     * @throws IOException naming the file that is missing, unreadable, unsupported, or differs from the first,
     *                     for example {@code slice_17.tif: 512×480 8-bit, but slice_1.tif is 512×512 8-bit}
     */
    static TiffStackLayout scan(List<Path> files) throws IOException {
        Checks.requireNonNull(files, "files");
        if (files.isEmpty()) {
            throw new IllegalArgumentException("files is empty; expected at least one TIFF file");
        }
        for (int i = 0; i < files.size(); i++) {
            Checks.requireNonNull(files.get(i), "files[" + i + "]");
        }
        List<Path> list = List.copyOf(files);
        TiffFileHeader[] headers = ParallelIO.map("reading headers", list.size(), TiffFileHeader[]::new,
                i -> TiffFileHeader.read(list.get(i)));
        List<TiffPage> pages = new ArrayList<>();
        for (TiffFileHeader header : headers) {
            pages.addAll(header.pages());
        }
        TiffPage first = pages.get(0);
        SampleType type = first.type();
        for (TiffPage page : pages) {
            if (page.type() != type || page.width() != first.width() || page.height() != first.height()) {
                throw new IOException(page.label() + ": " + page.shape() + ", but " + first.label() + " is "
                        + first.shape() + "; all slices of a stack must have the same size and type");
            }
        }
        return new TiffStackLayout(list, List.copyOf(pages), first.width(), first.height(), type,
                headers[0].grid());
    }

    /**
     * What a person should know about how the pages became voxels: that color pages (RGB or palette) were turned
     * into luminance, and above all that a stack mixes color and grayscale slices (a color slice among gray ones
     * is most often a wrong file in the folder). Empty for a grayscale stack.
     */
    List<String> notes() {
        int color = 0;
        TiffPage firstColor = null;
        TiffPage firstGray = null;
        for (TiffPage page : pages) {
            boolean isColor = page.kind() == TiffPage.Kind.RGB || page.photometric() == TiffPage.PALETTE;
            if (isColor) {
                color++;
                firstColor = firstColor == null ? page : firstColor;
            } else {
                firstGray = firstGray == null ? page : firstGray;
            }
        }
        if (color == 0) {
            return List.of();
        }
        String converted = "converted to luminance 0.299 R + 0.587 G + 0.114 B";
        if (firstGray == null) {
            return List.of("the " + (color == 1 ? "slice is" : color + " slices are") + " color (RGB or palette), "
                    + converted);
        }
        return List.of("mixed color and grayscale slices: " + color + " of " + pages.size() + " slices are color "
                + "(RGB or palette), " + converted + ", the other " + (pages.size() - color) + " grayscale; first "
                + "color slice " + (pages.indexOf(firstColor) + 1) + ": " + firstColor.label()
                + ", first grayscale slice " + (pages.indexOf(firstGray) + 1) + ": " + firstGray.label());
    }

    /** Number of slices. */
    int depth() {
        return pages.size();
    }

    /** For reports: {@code 512×512×300, 8-bit, 1.0×1.0×1.0 px, 300 files in /data/scan}. */
    String summary() {
        String source = files.size() == 1 ? files.get(0).toString()
                : files.size() + " files in " + files.get(0).toAbsolutePath().getParent();
        return width + "×" + height + "×" + depth() + ", " + type + ", " + grid + ", " + source;
    }
}
