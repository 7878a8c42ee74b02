package io.github.stack3d.io.tiff;

/**
 * How {@link TiffStackWriter} compresses pixel data. All are lossless and read by ImageJ/Fiji, tifffile, OpenCV
 * and libtiff.
 */
public enum TiffCompression {
    /** Stored as is: the largest files, the fastest to write and read (TIFF compression 1). */
    NONE(1, "None"),
    /** Lempel-Ziv-Welch with horizontal differencing (TIFF compression 5). */
    LZW(5, "LZW"),
    /** Deflate (zlib) with horizontal differencing, usually the smallest (TIFF compression 8, "Adobe Deflate"). */
    DEFLATE(8, "ZLib"),
    /** PackBits run-length encoding, good for masks with long runs (TIFF compression 32773). */
    PACKBITS(32773, "PackBits");

    private final int tag;
    private final String twelveMonkeysName;

    TiffCompression(int tag, String twelveMonkeysName) {
        this.tag = tag;
        this.twelveMonkeysName = twelveMonkeysName;
    }

    /** The value of the TIFF Compression tag. */
    public int tag() {
        return tag;
    }

    /** The compression type name TwelveMonkeys' {@code ImageWriteParam} expects. */
    String twelveMonkeysName() {
        return twelveMonkeysName;
    }
}
