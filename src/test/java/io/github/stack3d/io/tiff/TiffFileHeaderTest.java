package io.github.stack3d.io.tiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Grid;
import io.github.stack3d.TestData;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TiffFileHeaderTest {

    @Test
    void pagesOfClassicAndBigTiffInBothByteOrders() throws IOException {
        TiffFileHeader le = TiffFileHeader.read(TiffFixtures.path("gray16_le.tif"));
        assertEquals(3, le.pages().size());
        TiffPage p = le.pages().get(2);
        assertEquals(ByteOrder.LITTLE_ENDIAN, p.order());
        assertEquals(37, p.width());
        assertEquals(23, p.height());
        assertEquals(16, p.bitsPerSample());
        assertEquals(2, p.index());
        assertEquals(3, p.pageCount());

        TiffPage be = TiffFileHeader.read(TiffFixtures.path("gray8_be.tif")).pages().get(0);
        assertEquals(ByteOrder.BIG_ENDIAN, be.order());
        assertEquals(8, be.bitsPerSample());

        List<TiffPage> big = TiffFileHeader.read(TiffFixtures.path("bigtiff.tif")).pages();
        assertEquals(2, big.size());
        assertTrue(big.get(1).bigTiff());
        assertEquals(16, big.get(0).ifdOffset(), "tifffile puts BigTIFF's first IFD right after the 16-byte header");
    }

    @Test
    void colorLayoutTags() throws IOException {
        TiffPage rgba = TiffFileHeader.read(TiffFixtures.path("rgba8_unassociated.tif")).pages().get(0);
        assertEquals(TiffPage.RGB, rgba.photometric());
        assertEquals(4, rgba.samplesPerPixel());
        assertEquals(2, rgba.extraSample());
        TiffPage palette = TiffFileHeader.read(TiffFixtures.path("palette8.tif")).pages().get(0);
        assertEquals(768, palette.colorMap().length);
        assertEquals(TiffFixtures.colorMap(5)[0], palette.colorMap()[5]);
        assertEquals(TiffFixtures.colorMap(5)[1], palette.colorMap()[256 + 5]);
        assertEquals(TiffFixtures.colorMap(5)[2], palette.colorMap()[512 + 5]);
        assertEquals(3, TiffFileHeader.read(TiffFixtures.path("float32_le.tif")).pages().get(0).sampleFormat());
    }

    @Test
    void spacingOfRealFiles() throws IOException {
        TiffFileHeader mri = TiffFileHeader.read(TestData.require("real/mri-stack.tif"));
        assertEquals(27, mri.pages().size());
        assertEquals(Grid.of(1, 1, 7, "px"), mri.grid());
        assertEquals(Grid.PIXELS,
                TiffFileHeader.read(TestData.require("morpholibj/bat-cochlea-volume.tif")).grid());
        assertEquals(Grid.PIXELS,
                TiffFileHeader.read(TestData.require("morpholibj/ellipsoid_A30_B20_C10_T00_P00.tif")).grid());
    }

    @Test
    void missingFileIsNamed() {
        Path missing = Path.of("no", "such", "slice_9.tif");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> TiffFileHeader.read(missing));
        assertEquals(missing + ": no such file", e.getMessage());
    }

    /*
     * The causes of the fuzzer's findings (TiffReaderFuzzTestInputs/headers/crash-*), each built by hand: counts
     * and sizes near 2^63 must be refused before they are multiplied, and 16-bit fields must not wrap when
     * stored in a wider type.
     */

    @Test
    void aBigTiffDirectoryCountNear2To63IsRefusedNotWrapped(@TempDir Path dir) throws IOException {
        // 2^60 entries of 20 bytes: the product wraps to a position before the file's end
        Path file = write(dir, bigTiff(1L << 60, new long[0][]));
        IOException e = assertThrows(IOException.class, () -> TiffFileHeader.read(file));
        assertTrue(e.getMessage().startsWith(file + ": page 1: its image directory (1152921504606846976 entries "
                + "at offset 16) runs past the end of the file"), e.getMessage());
    }

    @Test
    void aValueCountWhoseByteSizeWrapsIsRefused(@TempDir Path dir) throws IOException {
        // XResolution (RATIONAL, 8 bytes) with 2^61 + 1 values: 8 · count wraps to 8 bytes, "inline"
        Path file = write(dir, bigTiff(3, new long[][] {{256, 16, 1, 4}, {257, 16, 1, 4},
                {282, 5, (1L << 61) + 1, 0}}));
        IOException e = assertThrows(IOException.class, () -> TiffFileHeader.read(file));
        assertTrue(e.getMessage().startsWith(file + ": page 1: tag 282 declares 2305843009213693953 values, more "
                + "than the file has bytes"), e.getMessage());
    }

    @Test
    void anImageSizeWhoseProductWrapsIsRefused(@TempDir Path dir) throws IOException {
        // 2^62 × 4 pixels wraps to 0 in a long
        Path file = write(dir, bigTiff(2, new long[][] {{256, 16, 1, 1L << 62}, {257, 16, 1, 4}}));
        IOException e = assertThrows(IOException.class, () -> TiffFileHeader.read(file));
        assertEquals(file + ": page 1: image size 4611686018427387904×4 (ImageWidth × ImageLength) is over 2^31 "
                + "pixels per slice", e.getMessage());
    }

    @Test
    void aSixteenBitFieldStoredWiderMustFitSixteenBits(@TempDir Path dir) throws IOException {
        // BitsPerSample 2^32 + 8 as LONG8 would be 8 once cast to an int
        Path file = write(dir, bigTiff(3, new long[][] {{256, 16, 1, 4}, {257, 16, 1, 4},
                {258, 16, 1, (1L << 32) + 8}}));
        IOException e = assertThrows(IOException.class, () -> TiffFileHeader.read(file));
        assertEquals(file + ": page 1: tag 258 has the value 4294967304; expected 0..65535", e.getMessage());
    }

    private static Path write(Path dir, byte[] bytes) throws IOException {
        return Files.write(dir.resolve("bad.tif"), bytes);
    }

    /**
     * A little-endian BigTIFF whose one IFD at byte 16 declares {@code count} entries and holds {@code entries}
     * ({tag, type, count, inline value}), then a next-IFD pointer of 0.
     */
    private static byte[] bigTiff(long count, long[][] entries) {
        ByteBuffer b = ByteBuffer.allocate(16 + 8 + 20 * entries.length + 8 + 64).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 43).putShort((short) 8).putShort((short) 0).putLong(16);
        b.putLong(count);
        for (long[] e : entries) {
            b.putShort((short) e[0]).putShort((short) e[1]).putLong(e[2]).putLong(e[3]);
        }
        b.putLong(0);
        return b.array();
    }
}
