package io.github.stack3d.io.tiff;

import io.github.stack3d.Memory;
import io.github.stack3d.Volume;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads TIFF files into a {@link Volume}: every page of every file, in the order given, one slice per page.
 *
 * <p>Accepted: 1-bit (becomes 0/255), 8-bit, unsigned 16-bit and 32-bit float grayscale (kept as stored),
 * palette and RGB/RGBA (becoming luminance as {@code cv2.imread(f, cv2.IMREAD_GRAYSCALE)} computes it; 16-bit RGB
 * stays 16-bit, 32-bit float RGB becomes float luminance), uncompressed, LZW, Deflate or PackBits, in strips or tiles, either byte order, classic TIFF or
 * BigTIFF. Decoding is done by TwelveMonkeys ImageIO; see {@link TiffPageDecoder} for each conversion.
 *
 * <p>A stack whose slices are color (RGB or palette) says so in its {@linkplain Volume#notes() notes}, shown by
 * {@link Volume#describe()}, and above all when it mixes color and grayscale slices (all are loaded, as luminance).
 *
 * <p>All headers are read first, so that a file of another size or type is reported before any pixel is decoded
 * and before memory is taken; then the slices are decoded in parallel.
 */
public final class TiffStackReader {

    private TiffStackReader() {
    }

    /**
     * Reads all pages of {@code files} as one stack.
     *
     * @param files TIFF files in stacking order (single-page slices, multipage stacks, or a mix)
     * @return the volume, remembering {@code files} for {@link Volume#describe()}; spacing from the first file's
     *         ImageJ metadata, else {@link io.github.stack3d.Grid#PIXELS}
     * @throws IOException naming the file (and page) that is missing, not a TIFF, damaged, of an unsupported
     *                     kind, or of another size or type than the first
     * @throws IllegalStateException when the volume does not fit in the Java heap (with advice)
     */
    public static Volume read(List<Path> files) throws IOException {
        return read(TiffStackLayout.scan(files));
    }

    /**
     * Opens all pages of {@code files} as one stack without decoding any: each slice is decoded from its file when
     * an algorithm asks for it (a new array each time, or the one a streaming loop gives back, nothing cached), so
     * that stacks larger than memory stream.
     * Safe for any number of threads: every read opens its own view of the file, and a page of a multipage file is
     * decoded without walking the file's other pages.
     *
     * @return a volume on disk ({@link Volume#inMemory()} is false); {@link Volume#load()} reads it all
     * @throws IOException naming the file that is missing, not a TIFF, of an unsupported kind, or of another size
     *                     or type than the first
     */
    public static Volume open(List<Path> files) throws IOException {
        TiffStackLayout stack = TiffStackLayout.scan(files);
        List<TiffPage> pages = stack.pages();
        return Volume.onDemandInto(stack.type(), stack.width(), stack.height(), stack.depth(), stack.grid(),
                stack.files(), (z, reuse) -> {
                    try {
                        return TiffPageDecoder.decode(pages.get(z), reuse);
                    } catch (IOException e) {
                        throw new UncheckedIOException("slice " + z + ": " + e.getMessage(), e);
                    } catch (OutOfMemoryError e) {
                        // streamed slices come and go, so no check beforehand can know what the collector frees:
                        // the failed allocation is the slice's own (large) array, and the heap is usable after it
                        throw outOfHeap(stack, z, e);
                    }
                }).withNotes(stack.notes());
    }

    private static IllegalStateException outOfHeap(TiffStackLayout stack, int z, OutOfMemoryError e) {
        long bytes = stack.type().bytes((long) stack.width() * stack.height());
        return new IllegalStateException("reading slice " + z + " of " + stack.summary() + " (" + Memory.size(bytes)
                + ") ran out of Java heap (maximum heap " + Memory.size(Runtime.getRuntime().maxMemory()) + ") beside "
                + "the slices already held; start Java with a larger heap, for example -Xmx"
                + Math.max(1, (8 * bytes >> 30) + 1) + "g, or crop or downsample the stack", e);
    }

    /** Decodes a stack whose headers were read and checked already. */
    static Volume read(TiffStackLayout stack) throws IOException {
        long bytes = stack.type().bytes((long) stack.width() * stack.height()) * stack.depth();
        Memory.require(bytes, "loading " + stack.summary());
        List<TiffPage> pages = stack.pages();
        Object[] slices = ParallelIO.map("loading " + stack.depth() + " slices", pages.size(), Object[]::new, z -> TiffPageDecoder.decode(pages.get(z), null));
        return Volume.of(stack.type(), stack.width(), stack.height(), slices, stack.grid()).withFiles(stack.files())
                .withNotes(stack.notes());
    }
}
