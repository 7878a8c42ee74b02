package io.github.stack3d.io.tiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Grid;
import io.github.stack3d.TestData;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
