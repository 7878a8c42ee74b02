package io.github.stack3d.io.tiff;

import io.github.stack3d.SampleType;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * One page (image file directory, IFD) of a TIFF file as its header describes it, with what is needed to decode
 * it on its own: where the IFD is and where its pointer to the next IFD lies, so that a reader can be shown this
 * page alone (see {@link PageInputStream}).
 *
 * @param file              the file
 * @param index             0-based page number in the file
 * @param pageCount         pages in the file
 * @param order             the file's byte order
 * @param bigTiff           true for BigTIFF (8-byte offsets)
 * @param ifdOffset         file position of this page's IFD
 * @param nextPointer       file position of this IFD's pointer to the next one
 * @param width             ImageWidth
 * @param height            ImageLength
 * @param bitsPerSample     BitsPerSample (the first sample's)
 * @param samplesPerPixel   SamplesPerPixel
 * @param sampleFormat      SampleFormat: 1 unsigned, 2 signed, 3 floating point
 * @param photometric       PhotometricInterpretation: 0 WhiteIsZero, 1 BlackIsZero, 2 RGB, 3 palette, ...
 * @param extraSample       the first ExtraSamples value (0 unspecified, 1 associated alpha, 2 unassociated
 *                          alpha), -1 when there is none
 * @param colorMap          the ColorMap (all reds, then greens, then blues, 16-bit each) or an empty array
 * @param compression       Compression: 1 none, 5 LZW, 8 Deflate, 32773 PackBits, ...
 * @param tiled             true when the pixels are stored in tiles rather than strips
 * @param stripOffsets      StripOffsets (empty for tiled pages)
 * @param stripByteCounts   StripByteCounts (empty for tiled pages)
 */
record TiffPage(Path file, int index, int pageCount, ByteOrder order, boolean bigTiff, long ifdOffset,
                long nextPointer, int width, int height, int bitsPerSample, int samplesPerPixel, int sampleFormat,
                int photometric, int extraSample, int[] colorMap, int compression, boolean tiled,
                long[] stripOffsets, long[] stripByteCounts) {

    static final int WHITE_IS_ZERO = 0;
    static final int BLACK_IS_ZERO = 1;
    static final int RGB = 2;
    static final int PALETTE = 3;
    static final int FLOATING_POINT = 3;

    /** How the samples of a page become the voxels of one slice. */
    enum Kind {
        /** one 8, 16 or 32-bit sample per pixel, kept (inverted for WhiteIsZero) */
        GRAY,
        /** one sample of 1 to 8 bits, an index into a table of 8-bit voxel values (bilevel and palette images) */
        INDEXED,
        /** three color samples (and maybe alpha), to luminance (float samples to float luminance) */
        RGB
    }

    /** For messages: the file, and for a multipage file the 1-based page number, e.g. {@code a.tif page 3/27}. */
    String label() {
        return pageCount == 1 ? file.toString() : file + " page " + (index + 1) + "/" + pageCount;
    }

    /**
     * True when the page is plain uncompressed grayscale in strips (BlackIsZero, one 8/16-bit integer or 32-bit
     * float sample per pixel): its slice is then just the bytes its strips hold, which {@link RawStrips} reads
     * without the image-reader machinery.
     */
    boolean plainStrips() {
        return compression == 1 && !tiled && photometric == BLACK_IS_ZERO && samplesPerPixel == 1
                && stripOffsets.length > 0 && stripOffsets.length == stripByteCounts.length
                && (sampleFormat == FLOATING_POINT ? bitsPerSample == 32
                        : sampleFormat == 1 && (bitsPerSample == 8 || bitsPerSample == 16));
    }

    /** How this page is decoded; see {@link #type()} for the checks. */
    Kind kind() {
        if (photometric == RGB) {
            return Kind.RGB;
        }
        return photometric == PALETTE || bitsPerSample < 8 ? Kind.INDEXED : Kind.GRAY;
    }

    /**
     * The sample type of the slice this page becomes.
     *
     * @throws IOException naming the page and the property stack3d cannot turn into 8-bit, 16-bit or float voxels
     */
    SampleType type() throws IOException {
        String what = photometric == RGB ? "RGB" : photometric == PALETTE ? "palette" : "grayscale";
        if (photometric > PALETTE) {
            throw unsupported("PhotometricInterpretation " + photometric + " (" + photometricName()
                    + "); expected grayscale, RGB or palette");
        }
        if (sampleFormat == 2) {
            throw unsupported("signed " + bitsPerSample + "-bit samples; expected unsigned 8 or 16-bit, or "
                    + "32-bit float");
        }
        int minSamples = photometric == RGB ? 3 : 1;
        if (samplesPerPixel < minSamples || (photometric != RGB && samplesPerPixel > 1)) {
            throw unsupported(samplesPerPixel + " samples per pixel in a " + what + " image; expected "
                    + (photometric == RGB ? "3 (RGB) or 4 (RGBA)" : "1"));
        }
        if (sampleFormat == FLOATING_POINT) {
            if (photometric == WHITE_IS_ZERO) {
                throw unsupported("floating point samples with PhotometricInterpretation 0 (WhiteIsZero); expected "
                        + "1 (BlackIsZero)");
            }
            if (photometric == PALETTE || (bitsPerSample != 32 && bitsPerSample != 16)) {
                throw unsupported(bitsPerSample + "-bit floating point " + what + " samples; expected 32-bit "
                        + "(or 16-bit) grayscale or RGB");
            }
            return SampleType.FLOAT32;
        }
        if (photometric == PALETTE || (photometric != RGB && bitsPerSample == 1)) {
            if (bitsPerSample > 8) {
                throw unsupported(bitsPerSample + "-bit palette indices; expected at most 8 bits");
            }
            return SampleType.UINT8;
        }
        if (bitsPerSample == 8) {
            return SampleType.UINT8;
        }
        if (bitsPerSample == 16) {
            return SampleType.UINT16;
        }
        throw unsupported(bitsPerSample + " bits per " + what + " sample; expected 1 (bilevel), 8 or 16 bits, "
                + "or 32-bit float");
    }

    /** For messages: {@code 512×480 8-bit} (size and voxel type), or the reason the page cannot be read. */
    String shape() {
        try {
            return width + "×" + height + " " + type();
        } catch (IOException e) {
            return width + "×" + height + " unsupported";
        }
    }

    private IOException unsupported(String what) {
        return new IOException(label() + ": " + what);
    }

    private String photometricName() {
        return switch (photometric) {
            case 4 -> "transparency mask";
            case 5 -> "CMYK";
            case 6 -> "YCbCr";
            case 8, 9, 10 -> "CIE Lab";
            default -> "not supported";
        };
    }
}
