package io.github.stack3d.io.tiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.stack3d.SampleType;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TiffPageTest {

    private static TiffPage page(int bits, int samples, int format, int photometric) {
        return new TiffPage(Path.of("scan", "img_0003.tif"), 2, 5, ByteOrder.LITTLE_ENDIAN, false, 8, 200, 512, 480,
                bits, samples, format, photometric, -1, new int[0], 1, false, new long[] {8}, new long[] {512 * 480});
    }

    @Test
    void sampleTypesOfTheSupportedLayouts() throws IOException {
        assertEquals(SampleType.UINT8, page(1, 1, 1, TiffPage.WHITE_IS_ZERO).type());
        assertEquals(SampleType.UINT8, page(8, 1, 1, TiffPage.BLACK_IS_ZERO).type());
        assertEquals(SampleType.UINT16, page(16, 1, 1, TiffPage.BLACK_IS_ZERO).type());
        assertEquals(SampleType.FLOAT32, page(32, 1, 3, TiffPage.BLACK_IS_ZERO).type());
        assertEquals(SampleType.FLOAT32, page(16, 1, 3, TiffPage.BLACK_IS_ZERO).type());
        assertEquals(SampleType.UINT8, page(8, 3, 1, TiffPage.RGB).type());
        assertEquals(SampleType.UINT16, page(16, 4, 1, TiffPage.RGB).type());
        assertEquals(SampleType.UINT8, page(4, 1, 1, TiffPage.PALETTE).type());
        assertEquals(TiffPage.Kind.INDEXED, page(1, 1, 1, TiffPage.BLACK_IS_ZERO).kind());
        assertEquals(TiffPage.Kind.INDEXED, page(8, 1, 1, TiffPage.PALETTE).kind());
        assertEquals(TiffPage.Kind.GRAY, page(16, 1, 1, TiffPage.WHITE_IS_ZERO).kind());
        assertEquals(TiffPage.Kind.RGB, page(8, 3, 1, TiffPage.RGB).kind());
    }

    @Test
    void unsupportedLayoutsAreNamedWithFileAndPage() {
        String at = Path.of("scan", "img_0003.tif") + " page 3/5: ";
        assertEquals(at + "4 bits per grayscale sample; expected 1 (bilevel), 8 or 16 bits, or 32-bit float",
                assertThrows(IOException.class, () -> page(4, 1, 1, TiffPage.BLACK_IS_ZERO).type()).getMessage());
        assertEquals(at + "PhotometricInterpretation 5 (CMYK); expected grayscale, RGB or palette",
                assertThrows(IOException.class, () -> page(8, 4, 1, 5).type()).getMessage());
        assertEquals(at + "2 samples per pixel in a grayscale image; expected 1",
                assertThrows(IOException.class, () -> page(8, 2, 1, TiffPage.BLACK_IS_ZERO).type()).getMessage());
        assertEquals(at + "32 bits per grayscale sample; expected 1 (bilevel), 8 or 16 bits, or 32-bit float",
                assertThrows(IOException.class, () -> page(32, 1, 1, TiffPage.BLACK_IS_ZERO).type()).getMessage());
        assertEquals(at + "64-bit floating point RGB samples; expected 32-bit (or 16-bit) grayscale or RGB",
                assertThrows(IOException.class, () -> page(64, 3, 3, TiffPage.RGB).type()).getMessage());
        assertEquals(at + "32-bit floating point palette samples; expected 32-bit (or 16-bit) grayscale or RGB",
                assertThrows(IOException.class, () -> page(32, 1, 3, TiffPage.PALETTE).type()).getMessage());
        assertEquals(at + "16-bit palette indices; expected at most 8 bits",
                assertThrows(IOException.class, () -> page(16, 1, 1, TiffPage.PALETTE).type()).getMessage());
    }

    @Test
    void floatRgbIsReadAsFloatLuminance() throws IOException {
        assertEquals(SampleType.FLOAT32, page(32, 3, 3, TiffPage.RGB).type());
        assertEquals(TiffPage.Kind.RGB, page(32, 4, 3, TiffPage.RGB).kind());
    }

    @Test
    void labelAndShapeForMessages() {
        assertEquals(Path.of("scan", "img_0003.tif") + " page 3/5", page(8, 1, 1, 1).label());
        assertEquals("512×480 16-bit", page(16, 1, 1, 1).shape());
        assertEquals("512×480 unsupported", page(12, 1, 1, 1).shape());
    }
}
