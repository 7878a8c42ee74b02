package io.github.stack3d.io.tiff;

import io.github.stack3d.io.AtomicWrite;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.tiff.Rational;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFEntry;
import com.twelvemonkeys.imageio.plugins.tiff.TIFFImageMetadata;
import com.twelvemonkeys.imageio.plugins.tiff.TIFFImageWriterSpi;
import io.github.stack3d.Checks;
import io.github.stack3d.SampleType;
import io.github.stack3d.SliceSource;
import io.github.stack3d.Grid;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferUShort;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes a stack as TIFF with ImageJ metadata (unit, z spacing in the description; X/YResolution = 1 / pixel
 * size; the origin as ImageJ's xorigin/yorigin/zorigin), so that ImageJ/Fiji, tifffile and stack3d itself read
 * the grid back. Samples are written as stored (8-bit, unsigned 16-bit, 32-bit float); masks and labels are
 * converted as {@link TiffSamples} says. Every file is written atomically ({@link AtomicWrite}): complete or
 * absent.
 *
 * <p>Compressed files go through TwelveMonkeys' TIFF writer, asked for by class name. Uncompressed files are
 * written in ImageJ's own layout by {@link ContiguousTiffWriter}: ImageJ and tifffile read an uncompressed
 * ImageJ stack as one contiguous block, which TwelveMonkeys' page-by-page layout is not, and TwelveMonkeys cannot
 * write float samples. Float stacks are therefore written uncompressed only. Uncompressed files are little-endian;
 * compressed ones big-endian, the one byte order in which TwelveMonkeys 3.14 writes compressed 16-bit samples
 * correctly (with a little-endian header it still writes them big-endian).
 *
 * <pre>{@code
 * TiffStackWriter.writeSlices(volume, Path.of("out"));                         // out/slice_001.tif ...
 * TiffStackWriter.writeMultipage(volume, Path.of("stack.tif"), TiffCompression.DEFLATE);
 * }</pre>
 */
public final class TiffStackWriter {

    private static final TIFFImageWriterSpi TIFF_WRITERS = new TIFFImageWriterSpi();

    private TiffStackWriter() {
    }

    /**
     * Writes one uncompressed TIFF per slice into a new or empty {@code folder}; see
     * {@link #writeSlices(SliceSource, Path, TiffCompression)}.
     */
    public static List<Path> writeSlices(SliceSource source, Path folder) throws IOException {
        return writeSlices(source, folder, TiffCompression.NONE);
    }

    /**
     * Writes one uncompressed TIFF per slice, replacing {@code folder} as a whole; see
     * {@link #replaceSlices(SliceSource, Path, TiffCompression)}.
     */
    public static List<Path> replaceSlices(SliceSource source, Path folder) throws IOException {
        return replaceSlices(source, folder, TiffCompression.NONE);
    }

    /**
     * Writes one TIFF per slice into {@code folder}, which must be new or empty: {@code slice_001.tif},
     * {@code slice_002.tif}, ... numbered from 1 and zero-padded to at least 3 digits (more for deeper stacks), so
     * that every program lists them in stacking order. The slices are written (in parallel) into a hidden sibling
     * folder that then takes the folder's name ({@link StackFolder}): complete or absent.
     *
     * @param source      the stack (in memory or streamed slice by slice: a volume on disk, a mask, labels)
     * @param folder      a new or empty folder; made, with its parents, when missing
     * @param compression how to compress the pixels
     * @return the files written, in slice order
     * @throws IOException naming the folder when it is a file, already holds entries (see
     *                     {@link #replaceSlices(SliceSource, Path, TiffCompression)}) or cannot be made, or the
     *                     file that could not be written
     * @throws IllegalArgumentException for a compressed float stack (float is written uncompressed only)
     */
    public static List<Path> writeSlices(SliceSource source, Path folder, TiffCompression compression)
            throws IOException {
        return slices(source, folder, compression, StackFolder.Existing.REFUSE);
    }

    /**
     * Writes one TIFF per slice as {@link #writeSlices(SliceSource, Path, TiffCompression)} does, replacing
     * {@code folder} as a whole when it holds a stack already: afterwards it holds the new slices and nothing else.
     * Only a folder of TIFF files is replaced.
     *
     * @throws IOException naming the folder when it is a file or holds entries other than TIFF files, or the file
     *                     that could not be written; the old folder is then left as it was
     */
    public static List<Path> replaceSlices(SliceSource source, Path folder, TiffCompression compression)
            throws IOException {
        return slices(source, folder, compression, StackFolder.Existing.REPLACE);
    }

    private static List<Path> slices(SliceSource source, Path folder, TiffCompression compression,
                                     StackFolder.Existing existing) throws IOException {
        Checks.requireNonNull(source, "source");
        Checks.requireNonNull(folder, "folder");
        Checks.requireNonNull(compression, "compression");
        SliceSource grey = TiffSamples.writable(source);
        requireWritable(grey, compression);
        int digits = Math.max(3, Integer.toString(grey.depth()).length());
        String pattern = "slice_%0" + digits + "d.tif";
        return StackFolder.write(folder, existing, fresh -> List.of(ParallelIO.map("writing slices", grey.depth(), Path[]::new,
                z -> AtomicWrite.write(fresh.resolve(String.format(Locale.ROOT, pattern, z + 1)),
                        out -> write(grey, z, 1, out, compression)))));
    }

    /** Writes one uncompressed multipage TIFF; see {@link #writeMultipage(SliceSource, Path, TiffCompression)}. */
    public static Path writeMultipage(SliceSource source, Path file) throws IOException {
        return writeMultipage(source, file, TiffCompression.NONE);
    }

    /**
     * Writes the stack as one multipage TIFF, one page per slice, with the description ImageJ writes
     * ({@code ImageJ=1.54f\nimages=n\nslices=n\nunit=micron\nspacing=2.0\nloop=false\n}) on the first page.
     *
     * @param source      the stack (in memory or streamed slice by slice: a volume on disk, a mask, labels)
     * @param file        the file to write, in an existing folder; replaced if it exists
     * @param compression how to compress the pixels
     * @return {@code file}
     * @throws IOException naming the file when its folder does not exist, it is too large for a classic TIFF
     *                     (4 GB), or writing fails; the file is then left as it was
     * @throws IllegalArgumentException for a compressed float stack (float is written uncompressed only)
     */
    public static Path writeMultipage(SliceSource source, Path file, TiffCompression compression)
            throws IOException {
        Checks.requireNonNull(source, "source");
        Checks.requireNonNull(file, "file");
        Checks.requireNonNull(compression, "compression");
        SliceSource grey = TiffSamples.writable(source);
        requireWritable(grey, compression);
        long size = grey.type().bytes(grey.sliceSize()) * grey.depth(); // uncompressed: for progress only
        return AtomicWrite.write(file, size, out -> write(grey, 0, grey.depth(), out, compression));
    }

    private static void requireWritable(SliceSource source, TiffCompression compression) {
        if (source.type() == SampleType.FLOAT32 && compression != TiffCompression.NONE) {
            throw new IllegalArgumentException("compression " + compression + " is not available for 32-bit float "
                    + "stacks (TwelveMonkeys' TIFF writer has no float support); use TiffCompression.NONE");
        }
    }

    private static void write(SliceSource source, int from, int count, OutputStream out, TiffCompression compression)
            throws IOException {
        if (compression == TiffCompression.NONE) {
            ContiguousTiffWriter.write(source, from, count, out);
        } else {
            writeTwelveMonkeys(source, from, count, out, compression);
        }
    }

    /** Writes {@code count} slices from {@code from} as the pages of one TIFF; the first has the ImageJ metadata. */
    private static void writeTwelveMonkeys(SliceSource source, int from, int count, OutputStream out,
                                           TiffCompression compression) throws IOException {
        ImageWriter writer = TIFF_WRITERS.createWriterInstance(null);
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType(compression.twelveMonkeysName());
            writer.prepareWriteSequence(null);
            for (int z = from; z < from + count; z++) {
                TIFFImageMetadata metadata = z == from ? metadata(source.grid(), count) : null;
                writer.writeToSequence(new IIOImage(image(source, z), null, metadata), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    private static TIFFImageMetadata metadata(Grid spacing, int images) {
        long[] x = ImageJMetadata.resolution(spacing.sx());
        long[] y = ImageJMetadata.resolution(spacing.sy());
        List<Entry> entries = List.of(
                new TIFFEntry(TIFF.TAG_IMAGE_DESCRIPTION, TIFF.TYPE_ASCII, ImageJMetadata.description(images, spacing)),
                new TIFFEntry(TIFF.TAG_X_RESOLUTION, TIFF.TYPE_RATIONAL, new Rational(x[0], x[1])),
                new TIFFEntry(TIFF.TAG_Y_RESOLUTION, TIFF.TYPE_RATIONAL, new Rational(y[0], y[1])),
                new TIFFEntry(TIFF.TAG_RESOLUTION_UNIT, TIFF.TYPE_SHORT, ImageJMetadata.resolutionUnit(spacing)));
        return new TIFFImageMetadata(entries);
    }

    /** Slice {@code z} as a one-band image wrapping the source's array (no copy). */
    private static BufferedImage image(SliceSource source, int z) {
        int w = source.width();
        int h = source.height();
        int n = w * h;
        DataBuffer buffer = switch (source.type()) {
            case UINT8 -> new DataBufferByte(source.bytes(z), n);
            case UINT16 -> new DataBufferUShort(source.shorts(z), n);
            case FLOAT32, BIT, INT32 -> throw new IllegalStateException(source.type()
                    + " slices are written by ContiguousTiffWriter or converted first");
        };
        int bits = 8 * source.type().bytesPerVoxel();
        ComponentColorModel colors = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY),
                new int[] {bits}, false, false, Transparency.OPAQUE, buffer.getDataType());
        PixelInterleavedSampleModel layout = new PixelInterleavedSampleModel(buffer.getDataType(), w, h, 1, w,
                new int[] {0});
        return new BufferedImage(colors, Raster.createWritableRaster(layout, buffer, null), false, null);
    }
}
