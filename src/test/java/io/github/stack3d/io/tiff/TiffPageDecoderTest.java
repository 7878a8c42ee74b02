package io.github.stack3d.io.tiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteOrder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TiffPageDecoderTest {

    private static TiffPage palette(int bits, int photometric, int[] colorMap) {
        return new TiffPage(Path.of("p.tif"), 0, 1, ByteOrder.BIG_ENDIAN, false, 8, 100, 4, 4, bits, 1, 1,
                photometric, -1, colorMap, 1, false, new long[] {8}, new long[] {16});
    }

    @Test
    void luminanceUsesOpenCvsFixedPointCoefficients() {
        // values from cv2.imread('rgb8.tif', cv2.IMREAD_GRAYSCALE) on pixels (255,228,34), (121,243,189), (6,131,102)
        assertEquals(214, TiffPageDecoder.luminance(255, 228, 34));
        assertEquals(200, TiffPageDecoder.luminance(121, 243, 189));
        assertEquals(90, TiffPageDecoder.luminance(6, 131, 102));
        assertEquals(255, TiffPageDecoder.luminance(255, 255, 255));
        assertEquals(65535, TiffPageDecoder.luminance(65535, 65535, 65535));
        // cv2 IMREAD_ANYDEPTH on 16-bit RGB (64728, 19199, 24168) gives 33379
        assertEquals(33379, TiffPageDecoder.luminance(64728, 19199, 24168));
    }

    @Test
    void bilevelTablesFollowThePhotometricInterpretation() {
        assertArrayEquals(new byte[] {0, (byte) 255},
                TiffPageDecoder.lookupTable(palette(1, TiffPage.BLACK_IS_ZERO, new int[0])));
        assertArrayEquals(new byte[] {(byte) 255, 0},
                TiffPageDecoder.lookupTable(palette(1, TiffPage.WHITE_IS_ZERO, new int[0])));
    }

    @Test
    void paletteTablesScale16BitMapsAndKeep8BitMaps() {
        // 1-bit palette: entry 0 red, entry 1 white; all reds, then greens, then blues (TIFF 6.0 ColorMap)
        int[] sixteen = {65535, 65535, 0, 65535, 0, 65535};
        assertArrayEquals(new byte[] {(byte) TiffPageDecoder.luminance(255, 0, 0), (byte) 255},
                TiffPageDecoder.lookupTable(palette(1, TiffPage.PALETTE, sixteen)));
        // no value above 255: libtiff's checkcmap takes the map as 8-bit, so 200 stays 200
        int[] eight = {200, 10, 200, 10, 200, 10};
        assertArrayEquals(new byte[] {(byte) 200, 10},
                TiffPageDecoder.lookupTable(palette(1, TiffPage.PALETTE, eight)));
    }
}
