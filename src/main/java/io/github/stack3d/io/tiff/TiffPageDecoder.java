package io.github.stack3d.io.tiff;

import com.twelvemonkeys.imageio.plugins.tiff.TIFFImageReaderSpi;
import io.github.stack3d.SampleType;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferFloat;
import java.awt.image.DataBufferUShort;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import javax.imageio.ImageReader;

/**
 * Decodes one TIFF page into one slice array ({@code byte[]}, {@code short[]} or {@code float[]}, row-major) with
 * TwelveMonkeys' TIFF reader, asked for by class name: a JVM whose ImageIO registry was filled before
 * TwelveMonkeys was on the class path (an IJava notebook adding the jar with {@code %jars}) still gets it.
 *
 * <p>Grayscale samples are kept; color, palette and bilevel pages become what OpenCV's
 * {@code cv2.imread(f, cv2.IMREAD_GRAYSCALE)} computes ({@code IMREAD_ANYDEPTH} for 16-bit color):
 * <ul>
 *   <li>grayscale: 8/16-bit and float kept as stored; WhiteIsZero integers inverted ({@code 255 - v},
 *       {@code 65535 - v}, which is what cv2's 8-bit grayscale read shows);</li>
 *   <li>bilevel: 0 and 255, white where the photometric interpretation says white;</li>
 *   <li>palette: the luminance of each index's color (16-bit color maps scaled by {@code >> 8}, or taken as
 *       8-bit when no value exceeds 255, as libtiff does);</li>
 *   <li>float RGB(A): float luminance {@code 0.114 B + 0.587 G + 0.299 R} (cv2's float conversion), alpha
 *       ignored;</li>
 *   <li>RGB(A): luminance {@code (4899 R + 9617 G + 1868 B + 8192) >> 14}, the fixed-point 0.299 R + 0.587 G +
 *       0.114 B of OpenCV's {@code icvCvt_BGRA2Gray}; 8-bit color with unassociated alpha is premultiplied first
 *       ({@code (c·a + 127) / 255}, libtiff's RGBA reading), 16-bit color ignores alpha (cv2 with
 *       {@code IMREAD_ANYDEPTH}).</li>
 * </ul>
 * The reader's image holds the samples as stored (WhiteIsZero aside), with palette and bilevel pages as indices;
 * its array is kept, not copied, when its layout is already a slice's.
 */
final class TiffPageDecoder {

    private static final TIFFImageReaderSpi TIFF_READERS = new TIFFImageReaderSpi();
    private static final int LUMA_R = 4899;
    private static final int LUMA_G = 9617;
    private static final int LUMA_B = 1868;
    private static final int LUMA_SHIFT = 14;

    private TiffPageDecoder() {
    }

    /**
     * The slice stored in {@code page}, of {@code page.type()}: in {@code reuse} where it is a slice array of that
     * type and size and the page's strips are plain ({@link RawStrips}), else in a new array.
     *
     * @throws IOException naming the file and page and what the decoder reported
     */
    static Object decode(TiffPage page, Object reuse) throws IOException {
        Object slice = page.plainStrips() ? RawStrips.read(page, reuse) : decodeWithImageIO(page);
        int length = java.lang.reflect.Array.getLength(slice);
        if (length != page.width() * page.height()) {
            throw new IOException(page.label() + ": decoded " + length + " samples; the header says "
                    + page.width() + "×" + page.height() + " pixels of one sample each (is a sample count wrong?)");
        }
        return slice;
    }

    /** The slice stored in {@code page}, always decoded by TwelveMonkeys. */
    static Object decodeWithImageIO(TiffPage page) throws IOException {
        SampleType type = page.type();
        Raster raster = readRaster(page, type);
        if (raster.getWidth() != page.width() || raster.getHeight() != page.height()) {
            throw new IOException(page.label() + ": decoded " + raster.getWidth() + "×" + raster.getHeight()
                    + " pixels; the header says " + page.width() + "×" + page.height());
        }
        int stored = switch (type) {
            case UINT8 -> DataBuffer.TYPE_BYTE;
            case UINT16 -> DataBuffer.TYPE_USHORT;
            case FLOAT32 -> DataBuffer.TYPE_FLOAT;
            case BIT, INT32 -> throw new IllegalStateException("TIFF pages are read as 8-bit, 16-bit or float");
        };
        if (page.kind() == TiffPage.Kind.GRAY && raster.getTransferType() != stored) {
            throw new IOException(page.label() + ": decoded samples of DataBuffer type " + raster.getTransferType()
                    + "; the header says " + type + " (was the file replaced after it was opened?)");
        }
        return switch (page.kind()) {
            case GRAY -> gray(raster);
            case INDEXED -> indexed(raster, lookupTable(page));
            case RGB -> type == SampleType.UINT8 ? rgb8(raster, page.extraSample() == 2)
                    : type == SampleType.FLOAT32 ? rgbFloat(raster) : rgb16(raster);
        };
    }

    /** The 8-bit voxel value of each index of a bilevel or palette page. */
    static byte[] lookupTable(TiffPage page) {
        int n = 1 << page.bitsPerSample();
        byte[] table = new byte[n];
        if (page.photometric() != TiffPage.PALETTE) {
            boolean whiteIsZero = page.photometric() == TiffPage.WHITE_IS_ZERO;
            for (int i = 0; i < n; i++) {
                int v = i * 255 / (n - 1);
                table[i] = (byte) (whiteIsZero ? 255 - v : v);
            }
            return table;
        }
        int[] map = page.colorMap();
        boolean sixteenBit = false;
        for (int v : map) {
            sixteenBit |= v > 255;
        }
        int shift = sixteenBit ? 8 : 0;
        for (int i = 0; i < n; i++) {
            table[i] = (byte) luminance(map[i] >> shift, map[i + n] >> shift, map[i + 2 * n] >> shift);
        }
        return table;
    }

    /** OpenCV's fixed-point luminance of one color (any bit depth up to 16). */
    static int luminance(int r, int g, int b) {
        return (r * LUMA_R + g * LUMA_G + b * LUMA_B + (1 << (LUMA_SHIFT - 1))) >> LUMA_SHIFT;
    }

    /**
     * Float pages are read with {@code readRaster}, which returns the stored samples (a copy of the decoded
     * image); {@code read} would clamp them to 0..1 as color values. Other pages use {@code read}, whose image
     * is kept as it is, with WhiteIsZero already inverted.
     */
    private static Raster readRaster(TiffPage page, SampleType type) throws IOException {
        ImageReader reader = TIFF_READERS.createReaderInstance(null);
        try (PageInputStream in = PageInputStream.open(page)) {
            reader.setInput(in, true, true);
            return type == SampleType.FLOAT32 ? reader.readRaster(0, null) : reader.read(0, null).getRaster();
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(page.label(), null,
                    "no such file (was it moved after the stack was opened?)");
        } catch (FileSystemException e) {
            throw new IOException(page.label() + ": cannot open the file (" + e.getClass().getSimpleName() + ")", e);
        } catch (IOException | RuntimeException e) {
            String said = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new IOException(page.label() + ": cannot decode the image (" + said + "); the file is damaged, "
                    + "truncated, or uses an encoding TwelveMonkeys ImageIO does not read", e);
        } finally {
            reader.dispose();
        }
    }

    private static Object gray(Raster raster) {
        Object slice = ownArray(raster, raster.getWidth() * raster.getHeight());
        return slice != null ? slice : raster.getDataElements(0, 0, raster.getWidth(), raster.getHeight(), null);
    }

    /**
     * The raster's own sample array when it is exactly a slice: one band, one bank, pixels packed row after row
     * from index 0 and nothing after them; null otherwise.
     */
    private static Object ownArray(Raster raster, int n) {
        DataBuffer buffer = raster.getDataBuffer();
        if (!(raster.getSampleModel() instanceof ComponentSampleModel sm) || sm.getNumBands() != 1
                || buffer.getNumBanks() != 1 || buffer.getOffset() != 0 || sm.getPixelStride() != 1
                || sm.getScanlineStride() != raster.getWidth() || sm.getBandOffsets()[0] != 0
                || raster.getSampleModelTranslateX() != 0 || raster.getSampleModelTranslateY() != 0
                || buffer.getSize() != n) {
            return null;
        }
        if (buffer instanceof DataBufferByte b) {
            return b.getData();
        }
        if (buffer instanceof DataBufferUShort s) {
            return s.getData();
        }
        return buffer instanceof DataBufferFloat f ? f.getData() : null;
    }

    private static byte[] indexed(Raster raster, byte[] table) {
        int w = raster.getWidth();
        int h = raster.getHeight();
        byte[] slice = new byte[w * h];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            raster.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) {
                slice[y * w + x] = table[row[x]];
            }
        }
        return slice;
    }

    private static byte[] rgb8(Raster raster, boolean unassociatedAlpha) {
        int w = raster.getWidth();
        int h = raster.getHeight();
        int bands = raster.getNumBands();
        boolean premultiply = unassociatedAlpha && bands >= 4;
        byte[] slice = new byte[w * h];
        int[] row = new int[w * bands];
        for (int y = 0; y < h; y++) {
            raster.getPixels(0, y, w, 1, row);
            for (int x = 0, i = 0; x < w; x++, i += bands) {
                int r = row[i];
                int g = row[i + 1];
                int b = row[i + 2];
                if (premultiply) {
                    int a = row[i + 3];
                    r = (r * a + 127) / 255;
                    g = (g * a + 127) / 255;
                    b = (b * a + 127) / 255;
                }
                slice[y * w + x] = (byte) luminance(r, g, b);
            }
        }
        return slice;
    }

    /**
     * Float RGB(A) to float luminance with OpenCV's float coefficients ({@code cv2.cvtColor} of a float image:
     * {@code 0.114 B + 0.587 G + 0.299 R} in float arithmetic, in that order); alpha is ignored.
     */
    private static float[] rgbFloat(Raster raster) {
        int w = raster.getWidth();
        int h = raster.getHeight();
        int bands = raster.getNumBands();
        float[] slice = new float[w * h];
        float[] row = new float[w * bands];
        for (int y = 0; y < h; y++) {
            raster.getPixels(0, y, w, 1, row);
            for (int x = 0, i = 0; x < w; x++, i += bands) {
                slice[y * w + x] = row[i + 2] * 0.114f + row[i + 1] * 0.587f + row[i] * 0.299f;
            }
        }
        return slice;
    }

    private static short[] rgb16(Raster raster) {
        int w = raster.getWidth();
        int h = raster.getHeight();
        int bands = raster.getNumBands();
        short[] slice = new short[w * h];
        int[] row = new int[w * bands];
        for (int y = 0; y < h; y++) {
            raster.getPixels(0, y, w, 1, row);
            for (int x = 0, i = 0; x < w; x++, i += bands) {
                slice[y * w + x] = (short) luminance(row[i], row[i + 1], row[i + 2]);
            }
        }
        return slice;
    }
}
