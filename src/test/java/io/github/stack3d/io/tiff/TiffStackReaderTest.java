package io.github.stack3d.io.tiff;

import static io.github.stack3d.io.tiff.TiffFixtures.H;
import static io.github.stack3d.io.tiff.TiffFixtures.W;
import static io.github.stack3d.io.tiff.TiffFixtures.path;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.twelvemonkeys.imageio.plugins.tiff.TIFFImageWriterSpi;
import io.github.stack3d.SampleType;
import io.github.stack3d.Grid;
import io.github.stack3d.TestData;
import io.github.stack3d.Volume;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageOutputStream;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TiffStackReaderTest {

    @TempDir
    Path tmp;

    /** Fixture, its voxel type and page count; pixels follow TiffFixtures' formulas (see the fixtures README). */
    static Stream<Arguments> grayFixtures() {
        return Stream.of(
                arguments("gray8_le.tif", SampleType.UINT8, 3),            // 5 strips per page
                arguments("gray8_be.tif", SampleType.UINT8, 3),            // big-endian
                arguments("gray8_tiled_deflate.tif", SampleType.UINT8, 3), // 16×16 tiles, Deflate
                arguments("gray8_lzw.tif", SampleType.UINT8, 3),           // LZW + predictor (cv2)
                arguments("gray8_packbits.tif", SampleType.UINT8, 3),      // PackBits (cv2)
                arguments("bigtiff.tif", SampleType.UINT8, 2),             // BigTIFF
                arguments("gray16_le.tif", SampleType.UINT16, 3),
                arguments("gray16_be_tiled.tif", SampleType.UINT16, 3),    // big-endian, tiles
                arguments("gray16_lzw.tif", SampleType.UINT16, 3),
                arguments("float32_le.tif", SampleType.FLOAT32, 3),
                arguments("float32_be_deflate.tif", SampleType.FLOAT32, 3),
                arguments("float16.tif", SampleType.FLOAT32, 2));          // half floats widened
    }

    @ParameterizedTest
    @MethodSource("grayFixtures")
    void readsEveryVoxelAsStored(String name, SampleType type, int depth) throws IOException {
        Volume v = TiffStackReader.read(List.of(path(name)));
        assertEquals("Volume[37×23×" + depth + ", " + type + ", 1.0×1.0×1.0 px]", v.toString(), name);
        for (int z = 0; z < depth; z++) {
            switch (type) {
                case UINT8 -> assertArrayEquals(TiffFixtures.bytes(z, TiffFixtures::gray8), v.bytes(z),
                        name + " z=" + z);
                case UINT16 -> assertArrayEquals(TiffFixtures.shorts(z, TiffFixtures::gray16), v.shorts(z),
                        name + " z=" + z);
                case FLOAT32 -> assertArrayEquals(TiffFixtures.floats(z), v.floats(z), name + " z=" + z);
            }
        }
        assertEquals(List.of(path(name)), v.files());
    }

    @Test
    void readsEveryPageOfEveryFileInTheOrderGiven() throws IOException {
        Volume v = TiffStackReader.read(List.of(path("gray8_lzw.tif"), path("gray8_le.tif")));
        assertEquals(6, v.depth());
        for (int z = 0; z < 6; z++) {
            assertArrayEquals(TiffFixtures.bytes(z % 3, TiffFixtures::gray8), v.bytes(z), "z=" + z);
        }
        assertEquals(List.of(path("gray8_lzw.tif"), path("gray8_le.tif")), v.files());
    }

    @Test
    void bilevelBecomesZeroAnd255WhereThePhotometricInterpretationSaysWhite() throws IOException {
        Volume black = TiffStackReader.read(List.of(path("bilevel_black.tif")));
        Volume white = TiffStackReader.read(List.of(path("bilevel_white.tif")));
        assertEquals(SampleType.UINT8, black.type());
        for (int z = 0; z < 2; z++) {
            assertArrayEquals(TiffFixtures.bytes(z, (x, y, k) -> TiffFixtures.bit(x, y, k) ? 255 : 0), black.bytes(z));
            assertArrayEquals(TiffFixtures.bytes(z, (x, y, k) -> TiffFixtures.bit(x, y, k) ? 0 : 255), white.bytes(z));
        }
    }

    @Test
    void bilevelInEveryCompressionTwelveMonkeysWrites() throws IOException {
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                image.setRGB(x, y, TiffFixtures.bit(x, y, 0) ? 0xFFFFFFFF : 0xFF000000);
            }
        }
        byte[] expected = TiffFixtures.bytes(0, (x, y, z) -> TiffFixtures.bit(x, y, z) ? 255 : 0);
        for (String compression : List.of("None", "LZW", "ZLib", "PackBits", "CCITT T.6")) {
            Path file = tmp.resolve(compression.replace(' ', '_') + ".tif");
            ImageWriter writer = new TIFFImageWriterSpi().createWriterInstance(null);
            try (ImageOutputStream out = new FileImageOutputStream(file.toFile())) {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType(compression);
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
            assertEquals(1, TiffFileHeader.read(file).pages().get(0).bitsPerSample(), compression);
            assertArrayEquals(expected, TiffStackReader.read(List.of(file)).bytes(0), compression);
        }
    }

    @Test
    void whiteIsZeroIntegersAreInverted() throws IOException {
        assertArrayEquals(TiffFixtures.bytes(0, (x, y, z) -> 255 - TiffFixtures.gray8(x, y, z)),
                TiffStackReader.read(List.of(path("white8.tif"))).bytes(0));
        assertArrayEquals(TiffFixtures.shorts(0, (x, y, z) -> 65535 - TiffFixtures.gray16(x, y, z)),
                TiffStackReader.read(List.of(path("white16.tif"))).shorts(0));
    }

    @Test
    void rgbBecomesOpenCvLuminance() throws IOException {
        byte[] expected = TiffFixtures.bytes(0, (x, y, z) -> {
            int[] c = TiffFixtures.rgba8(x, y);
            return TiffFixtures.luminance(c[0], c[1], c[2]);
        });
        assertArrayEquals(expected, TiffStackReader.read(List.of(path("rgb8.tif"))).bytes(0));
        assertArrayEquals(expected, TiffStackReader.read(List.of(path("rgb8_planar_be.tif"))).bytes(0));
        assertArrayEquals(expected, TiffStackReader.read(List.of(path("rgba8_associated.tif"))).bytes(0));
        // unassociated alpha: libtiff premultiplies, (c * a + 127) / 255, before cv2 converts
        assertArrayEquals(TiffFixtures.bytes(0, (x, y, z) -> {
            int[] c = TiffFixtures.rgba8(x, y);
            return TiffFixtures.luminance((c[0] * c[3] + 127) / 255, (c[1] * c[3] + 127) / 255,
                    (c[2] * c[3] + 127) / 255);
        }), TiffStackReader.read(List.of(path("rgba8_unassociated.tif"))).bytes(0));
        Volume rgb16 = TiffStackReader.read(List.of(path("rgb16.tif")));
        assertEquals(SampleType.UINT16, rgb16.type());
        assertArrayEquals(TiffFixtures.shorts(0, (x, y, z) -> {
            int[] c = TiffFixtures.rgb16(x, y);
            return TiffFixtures.luminance(c[0], c[1], c[2]);
        }), rgb16.shorts(0));
    }

    @Test
    void paletteBecomesLuminanceOfTheColorMapScaledTo8Bit() throws IOException {
        byte[] expected = TiffFixtures.bytes(0, (x, y, z) -> {
            int[] c = TiffFixtures.colorMap(TiffFixtures.paletteIndex(x, y));
            return TiffFixtures.luminance(c[0] >> 8, c[1] >> 8, c[2] >> 8);
        });
        assertArrayEquals(expected, TiffStackReader.read(List.of(path("palette8.tif"))).bytes(0));
    }

    /** Fixture and the cv2.imread flags whose result our 8-bit slice must equal exactly. */
    static Stream<Arguments> openCvCases() {
        return Stream.of(
                arguments("rgb8.tif", "cv2.IMREAD_GRAYSCALE"),
                arguments("rgb8_planar_be.tif", "cv2.IMREAD_GRAYSCALE"),
                arguments("rgba8_unassociated.tif", "cv2.IMREAD_GRAYSCALE"),
                arguments("rgba8_associated.tif", "cv2.IMREAD_GRAYSCALE"),
                arguments("palette8.tif", "cv2.IMREAD_GRAYSCALE"),
                arguments("bilevel_black.tif", "cv2.IMREAD_GRAYSCALE"),
                arguments("bilevel_white.tif", "cv2.IMREAD_GRAYSCALE"),
                arguments("white8.tif", "cv2.IMREAD_GRAYSCALE"),
                arguments("gray8_lzw.tif", "cv2.IMREAD_GRAYSCALE"));
    }

    @ParameterizedTest
    @MethodSource("openCvCases")
    void equalsOpenCvGrayscaleRead(String name, String flags) throws IOException {
        int[] cv = TiffFixtures.openCv(path(name), flags);
        byte[] ours = TiffStackReader.read(List.of(path(name))).bytes(0);
        assertEquals(cv.length, ours.length, name);
        for (int i = 0; i < cv.length; i++) {
            assertEquals(cv[i], ours[i] & 0xFF, name + " at x=" + i % W + " y=" + i / W);
        }
    }

    @Test
    void sixteenBitColorAndWhiteIsZeroAgreeWithOpenCv() throws IOException {
        // 16-bit RGB: cv2 with IMREAD_ANYDEPTH keeps 16 bits and converts with the same coefficients
        int[] cv = TiffFixtures.openCv(path("rgb16.tif"), "cv2.IMREAD_ANYDEPTH");
        short[] ours = TiffStackReader.read(List.of(path("rgb16.tif"))).shorts(0);
        for (int i = 0; i < cv.length; i++) {
            assertEquals(cv[i], ours[i] & 0xFFFF, "rgb16.tif at " + i);
        }
        // 16-bit WhiteIsZero: cv2's grayscale (8-bit) read shows it inverted; ours is 65535 - v, whose top byte
        // equals it (cv2 IMREAD_ANYDEPTH alone returns the stored values, uninverted)
        cv = TiffFixtures.openCv(path("white16.tif"), "cv2.IMREAD_GRAYSCALE");
        ours = TiffStackReader.read(List.of(path("white16.tif"))).shorts(0);
        for (int i = 0; i < cv.length; i++) {
            assertEquals(cv[i], (ours[i] & 0xFFFF) >> 8, "white16.tif at " + i);
        }
    }

    @Test
    void realPaletteAndWhiteIsZeroImagesEqualOpenCv() throws IOException {
        for (String name : List.of("appleCells.tif", "CA_QK_004_H1_small_seg.tif")) {
            Path file = TestData.require("morpholibj/" + name);
            int[] cv = TiffFixtures.openCv(file, "cv2.IMREAD_GRAYSCALE");
            byte[] ours = TiffStackReader.read(List.of(file)).bytes(0);
            assertEquals(cv.length, ours.length, name);
            for (int i = 0; i < cv.length; i++) {
                assertEquals(cv[i], ours[i] & 0xFF, name + " at " + i);
            }
        }
    }

    @Test
    void spacingComesFromImageJMetadataOnly() throws IOException {
        assertEquals(Grid.of(0.25, 0.5, 2.5, "µm"),
                TiffStackReader.read(List.of(path("imagej_micron.tif"))).grid());
        assertEquals(Grid.of(0.25, 0.25, 3.0, "µm"),
                TiffStackReader.read(List.of(path("imagej_escaped_unit.tif"))).grid());
        assertEquals(Grid.PIXELS, TiffStackReader.read(List.of(path("plain_72dpi.tif"))).grid());
        // ImageJ=1.51k unit=inch, X/YResolution 80 dpi (shared/data/morpholibj/README.md)
        assertEquals(Grid.of(1 / 80.0, 1 / 80.0, 1, "inch"),
                TiffStackReader.read(List.of(TestData.require("morpholibj/CA_QK_004_H1_small_seg.tif"))).grid());
    }

    @Test
    void mriStackIsBigEndianWithSpacingOneOneSevenAndEqualsItsSlices() throws IOException {
        Volume stack = TiffStackReader.read(List.of(TestData.require("real/mri-stack.tif")));
        assertEquals("Volume[186×226×27, 8-bit, 1.0×1.0×7.0 px]", stack.toString());
        Volume slices = TiffStackReader.read(StackFiles.resolve(TestData.require("real/mri-stack-slices").toString()));
        assertEquals("Volume[186×226×27, 8-bit, 1.0×1.0×7.0 px]", slices.toString());
        for (int z = 0; z < 27; z++) {
            assertArrayEquals(stack.bytes(z), slices.bytes(z), "slice " + z);
        }
        assertEquals(27, slices.files().size());
    }

    @Test
    void cochleaSlicesInNaturalOrderEqualTheMultipageVolume() throws IOException {
        Volume slices = TiffStackReader.read(StackFiles.resolve(TestData.require("cochlea-slices").toString()));
        Volume volume = TiffStackReader.read(List.of(TestData.require("morpholibj/bat-cochlea-volume.tif")));
        assertEquals("Volume[121×154×114, 8-bit, 1.0×1.0×1.0 px]", slices.toString());
        assertEquals("Volume[121×154×114, 8-bit, 1.0×1.0×1.0 px]", volume.toString());
        long on = 0;
        for (int z = 0; z < 114; z++) {
            assertArrayEquals(volume.bytes(z), slices.bytes(z), "slice " + z);
            for (byte b : slices.bytes(z)) {
                on += b == (byte) 255 ? 1 : 0;
            }
        }
        assertEquals(96_650, on, "voxels = 255, as shared/data/morpholibj/README.md states");
        assertEquals("slice_114.tif", slices.files().get(113).getFileName().toString());
    }

    @Test
    void aSliceOfAnotherSizeOrTypeIsNamedWithTheFirst() {
        IOException size = assertThrows(IOException.class,
                () -> TiffStackReader.read(List.of(path("gray8_le.tif"), path("gray8_other_size.tif"))));
        assertEquals(path("gray8_other_size.tif") + ": 37×22 8-bit, but " + path("gray8_le.tif")
                + " page 1/3 is 37×23 8-bit; all slices of a stack must have the same size and type",
                size.getMessage());
        IOException type = assertThrows(IOException.class,
                () -> TiffStackReader.read(List.of(path("gray8_be.tif"), path("gray16_le.tif"))));
        assertTrue(type.getMessage().startsWith(path("gray16_le.tif") + " page 1/3: 37×23 16-bit, but "
                + path("gray8_be.tif") + " page 1/3 is 37×23 8-bit"), type.getMessage());
    }

    @Test
    void unsupportedSampleFormatsAreNamed() {
        IOException signed = assertThrows(IOException.class, () -> TiffStackReader.read(List.of(path("signed16.tif"))));
        assertEquals(path("signed16.tif") + ": signed 16-bit samples; expected unsigned 8 or 16-bit, or 32-bit float",
                signed.getMessage());
        IOException white = assertThrows(IOException.class,
                () -> TiffStackReader.read(List.of(path("float32_white.tif"))));
        assertTrue(white.getMessage().startsWith(path("float32_white.tif") + ": floating point samples with "
                + "PhotometricInterpretation 0 (WhiteIsZero)"), white.getMessage());
    }

    @Test
    void missingAndNonTiffFilesAreNamed() throws IOException {
        Path missing = tmp.resolve("slice_3.tif");
        IOException e = assertThrows(NoSuchFileException.class, () -> TiffStackReader.read(List.of(missing)));
        assertTrue(e.getMessage().contains("slice_3.tif"), e.getMessage());

        Path text = Files.writeString(tmp.resolve("notes.tif"), "hello, not an image");
        e = assertThrows(IOException.class, () -> TiffStackReader.read(List.of(path("gray8_le.tif"), text)));
        assertEquals(text + ": not a TIFF file (19 bytes, starting with 68 65 6C 6C; a TIFF starts with "
                + "49 49 2A 00 or 4D 4D 00 2A)", e.getMessage());

        Path empty = Files.write(tmp.resolve("empty.tif"), new byte[0]);
        e = assertThrows(IOException.class, () -> TiffStackReader.read(List.of(empty)));
        assertTrue(e.getMessage().startsWith(empty + ": not a TIFF file (0 bytes"), e.getMessage());

        assertThrows(IllegalArgumentException.class, () -> TiffStackReader.read(List.of()));
    }

    @Test
    void truncatedPixelDataIsReportedWithTheDecodersWords() throws IOException {
        // white8.tif: header and IFD first, pixels last (tifffile's layout); cut the last 300 pixel bytes
        byte[] whole = Files.readAllBytes(path("white8.tif"));
        Path cut = Files.write(tmp.resolve("cut.tif"), Arrays.copyOf(whole, whole.length - 300));
        IOException e = assertThrows(IOException.class, () -> TiffStackReader.read(List.of(cut)));
        assertTrue(e.getMessage().startsWith(cut + ": cannot decode the image ("), e.getMessage());
    }

    @Test
    void damagedDirectoriesAreReportedWithTheFileAndPage() throws IOException {
        Path outside = copy("gray8_le.tif", "outside.tif");
        patchInt(outside, 4, 0x7FFF_FFF0);
        IOException e = assertThrows(IOException.class, () -> TiffStackReader.read(List.of(outside)));
        assertEquals(outside + ": page 1: its image directory offset 2147483632 lies outside the file ("
                + Files.size(outside) + " bytes); the file is truncated or corrupt", e.getMessage());

        Path loop = copy("gray8_le.tif", "loop.tif");
        TiffPage first = TiffFileHeader.read(loop).pages().get(0);
        patchInt(loop, first.nextPointer(), (int) first.ifdOffset());
        e = assertThrows(IOException.class, () -> TiffStackReader.read(List.of(loop)));
        assertEquals(loop + ": page 2: the chain of image directories loops back to offset " + first.ifdOffset(),
                e.getMessage());

        byte[] whole = Files.readAllBytes(path("gray8_le.tif"));
        Path cut = Files.write(tmp.resolve("short.tif"), Arrays.copyOf(whole, 200));
        e = assertThrows(IOException.class, () -> TiffStackReader.read(List.of(cut)));
        assertTrue(e.getMessage().startsWith(cut + ": page "), e.getMessage());
    }

    private Path copy(String fixture, String name) throws IOException {
        return Files.copy(path(fixture), tmp.resolve(name));
    }

    /** Overwrites 4 bytes (little-endian, as the fixtures are) at {@code position}. */
    static void patchInt(Path file, long position, int value) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0, value), position);
        }
    }

    @Test
    void describeShowsTheFilesInStackingOrder() throws IOException {
        Volume v = TiffStackReader.read(List.of(path("gray8_be.tif")));
        assertTrue(v.describe().contains("from 1 file: " + path("gray8_be.tif")), v.describe());
        assertEquals(W * H, v.sliceSize());
    }
}
