package io.github.stack3d.io.tiff;

import static io.github.stack3d.io.tiff.TiffFixtures.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.SampleType;
import io.github.stack3d.Stack3D;
import io.github.stack3d.Volume;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Color pages in a stack: 32-bit float RGB(A) becomes float luminance as integer RGB becomes integer luminance,
 * and a stack that holds color slices says so in its notes (shown by {@code describe}), with the first color and
 * the first grayscale slice named when it mixes both.
 */
class ColorStacksTest {

    private static final int W = 5;
    private static final int H = 3;

    @TempDir
    Path tmp;

    @Test
    void floatRgbBecomesFloatLuminance() throws IOException {
        float[] rgb = randomSamples(3, 1);
        Path file = Files.write(tmp.resolve("rgb32f.tif"), floatTiff(rgb, 3, ByteOrder.LITTLE_ENDIAN));
        Volume v = TiffStackReader.read(List.of(file));
        assertEquals(SampleType.FLOAT32, v.type());
        assertLuminance(rgb, 3, (float[]) v.slice(0));
        assertEquals(List.of("the slice is color (RGB or palette), converted to luminance 0.299 R + 0.587 G "
                + "+ 0.114 B"), v.notes());
    }

    @Test
    void floatRgbaBigEndianIgnoresAlphaAndStreamsTheSame() throws IOException {
        float[] rgba = randomSamples(4, 2);
        Path file = Files.write(tmp.resolve("rgba32f.tif"), floatTiff(rgba, 4, ByteOrder.BIG_ENDIAN));
        assertLuminance(rgba, 4, (float[]) TiffStackReader.read(List.of(file)).slice(0));
        assertLuminance(rgba, 4, (float[]) TiffStackReader.open(List.of(file)).slice(0));
    }

    @Test
    void aStackMixingColorAndGraySlicesSaysSoAndNamesTheFirstOfEach() throws IOException {
        Volume mixed = Stack3D.loadStack(List.of(path("gray8_le.tif"), path("rgb8.tif")));
        String note = "mixed color and grayscale slices: 1 of 4 slices are color (RGB or palette), converted to "
                + "luminance 0.299 R + 0.587 G + 0.114 B, the other 3 grayscale; first color slice 4: "
                + path("rgb8.tif") + ", first grayscale slice 1: " + path("gray8_le.tif") + " page 1/3";
        assertEquals(List.of(note), mixed.notes());
        assertTrue(Stack3D.describe(mixed).endsWith("  note: " + note + "\n"), Stack3D.describe(mixed));
        Volume streamed = TiffStackReader.open(List.of(path("palette8.tif"), path("gray8_le.tif")));
        assertTrue(streamed.notes().get(0).startsWith("mixed color and grayscale slices: 1 of 4 slices are color"),
                streamed.notes().toString());
        assertEquals(streamed.notes(), streamed.load().notes(), "loading keeps the notes");
    }

    @Test
    void aGrayStackHasNoNotes() throws IOException {
        Volume gray = TiffStackReader.read(List.of(path("gray8_le.tif"), path("gray8_be.tif")));
        assertEquals(List.of(), gray.notes());
        assertTrue(!gray.describe().contains("note:"), gray.describe());
    }

    private static void assertLuminance(float[] samples, int bands, float[] slice) {
        assertEquals(W * H, slice.length);
        for (int i = 0; i < W * H; i++) {
            double expected = 0.299 * samples[bands * i] + 0.587 * samples[bands * i + 1]
                    + 0.114 * samples[bands * i + 2];
            assertEquals(expected, slice[i], 1e-5 * Math.abs(expected), "pixel " + i);
        }
    }

    private static float[] randomSamples(int bands, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] samples = new float[W * H * bands];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (float) (random.nextDouble(-2, 1000));
        }
        return samples;
    }

    /**
     * A classic TIFF of one uncompressed page of {@code bands} 32-bit float samples per pixel (RGB, and
     * unassociated alpha for 4), written by hand: the IFD at byte 8 (tags in ascending order), then the
     * per-sample BitsPerSample and SampleFormat arrays, then the one strip.
     */
    private static byte[] floatTiff(float[] samples, int bands, ByteOrder order) {
        int tags = bands == 4 ? 11 : 10;
        int arrays = 8 + 2 + 12 * tags + 4;
        int strip = arrays + 4 * bands;
        ByteBuffer b = ByteBuffer.allocate(strip + 4 * samples.length).order(order);
        byte mark = order == ByteOrder.BIG_ENDIAN ? (byte) 'M' : (byte) 'I';
        b.put(mark).put(mark).putShort((short) 42).putInt(8).putShort((short) tags);
        TiffReaderFuzzTest.entry(b, 256, 3, 1, W);
        TiffReaderFuzzTest.entry(b, 257, 3, 1, H);
        TiffReaderFuzzTest.entry(b, 258, 3, bands, arrays);
        TiffReaderFuzzTest.entry(b, 259, 3, 1, 1);
        TiffReaderFuzzTest.entry(b, 262, 3, 1, 2);
        TiffReaderFuzzTest.entry(b, 273, 4, 1, strip);
        TiffReaderFuzzTest.entry(b, 277, 3, 1, bands);
        TiffReaderFuzzTest.entry(b, 278, 3, 1, H);
        TiffReaderFuzzTest.entry(b, 279, 4, 1, 4 * samples.length);
        if (bands == 4) {
            TiffReaderFuzzTest.entry(b, 338, 3, 1, 2);
        }
        TiffReaderFuzzTest.entry(b, 339, 3, bands, arrays + 2 * bands);
        b.putInt(0);
        for (int i = 0; i < bands; i++) {
            b.putShort((short) 32);
        }
        for (int i = 0; i < bands; i++) {
            b.putShort((short) 3);
        }
        for (float s : samples) {
            b.putFloat(s);
        }
        return b.array();
    }
}
