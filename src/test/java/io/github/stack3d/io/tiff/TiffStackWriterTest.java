package io.github.stack3d.io.tiff;

import static io.github.stack3d.io.tiff.TiffFixtures.H;
import static io.github.stack3d.io.tiff.TiffFixtures.W;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.stack3d.Python;
import io.github.stack3d.SampleType;
import io.github.stack3d.SliceSource;
import io.github.stack3d.Grid;
import io.github.stack3d.Volume;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TiffStackWriterTest {

    private static final int DEPTH = 4;
    private static final Grid MICRONS = Grid.of(0.5, 0.25, 2.0, "µm");

    @TempDir
    Path tmp;

    /** A 37×23×4 volume of the fixtures' formulas (see TiffFixtures) in the given type. */
    static Volume volume(SampleType type, Grid spacing) {
        return switch (type) {
            case UINT8 -> Volume.ofBytes(W, H, Stream.iterate(0, z -> z + 1).limit(DEPTH)
                    .map(z -> TiffFixtures.bytes(z, TiffFixtures::gray8)).toArray(byte[][]::new), spacing);
            case UINT16 -> Volume.ofShorts(W, H, Stream.iterate(0, z -> z + 1).limit(DEPTH)
                    .map(z -> TiffFixtures.shorts(z, TiffFixtures::gray16)).toArray(short[][]::new), spacing);
            case FLOAT32 -> Volume.ofFloats(W, H, Stream.iterate(0, z -> z + 1).limit(DEPTH)
                    .map(TiffFixtures::floats).toArray(float[][]::new), spacing);
            case BIT, INT32 -> throw new IllegalArgumentException(type + " is not a volume type");
        };
    }

    static void assertSameVoxels(Volume expected, Volume actual, String what) {
        assertEquals(expected.toString(), actual.toString(), what);
        for (int z = 0; z < expected.depth(); z++) {
            switch (expected.type()) {
                case UINT8 -> assertArrayEquals(expected.bytes(z), actual.bytes(z), what + " z=" + z);
                case UINT16 -> assertArrayEquals(expected.shorts(z), actual.shorts(z), what + " z=" + z);
                case FLOAT32 -> assertArrayEquals(expected.floats(z), actual.floats(z), what + " z=" + z);
            }
        }
    }

    static Stream<Arguments> typesAndCompressions() {
        List<Arguments> cases = new ArrayList<>();
        for (SampleType type : List.of(SampleType.UINT8, SampleType.UINT16, SampleType.FLOAT32)) {
            for (TiffCompression c : TiffCompression.values()) {
                if (type != SampleType.FLOAT32 || c == TiffCompression.NONE) {
                    cases.add(arguments(type, c));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("typesAndCompressions")
    void multipageRoundTripKeepsEveryVoxelAndTheSpacing(SampleType type, TiffCompression compression)
            throws IOException {
        Volume v = volume(type, MICRONS);
        Path file = TiffStackWriter.writeMultipage(v, tmp.resolve("stack.tif"), compression);
        Volume back = TiffStackReader.read(List.of(file));
        assertSameVoxels(v, back, type + " " + compression);
        assertEquals(MICRONS, back.grid());
        assertEquals(List.of(file), back.files());
    }

    @ParameterizedTest
    @MethodSource("typesAndCompressions")
    void slicesRoundTripKeepsEveryVoxelAndTheSpacing(SampleType type, TiffCompression compression)
            throws IOException {
        Volume v = volume(type, MICRONS);
        List<Path> files = TiffStackWriter.writeSlices(v, tmp, compression);
        assertEquals(List.of("slice_001.tif", "slice_002.tif", "slice_003.tif", "slice_004.tif"),
                files.stream().map(p -> p.getFileName().toString()).collect(Collectors.toList()));
        assertEquals(files, StackFiles.resolve(tmp.toString()));
        Volume back = TiffStackReader.read(files);
        assertSameVoxels(v, back, type + " " + compression);
        assertEquals(MICRONS, back.grid());
    }

    @Test
    void sliceNamesAreZeroPaddedToTheDepth() throws IOException {
        byte[][] slices = new byte[1000][];
        for (int z = 0; z < slices.length; z++) {
            slices[z] = new byte[] {(byte) z, (byte) (z >> 8)};
        }
        List<Path> files = TiffStackWriter.writeSlices(Volume.ofBytes(2, 1, slices, Grid.PIXELS), tmp);
        assertEquals(1000, files.size());
        assertEquals(tmp.resolve("slice_0001.tif"), files.get(0));
        assertEquals(tmp.resolve("slice_1000.tif"), files.get(999));
        Volume back = TiffStackReader.read(StackFiles.resolve(tmp.toString()));
        assertEquals(999 & 255, back.bytes(999)[0] & 0xFF);
        assertEquals(999 >> 8, back.bytes(999)[1]);
    }

    @Test
    void writesTheDescriptionImageJWrites() throws IOException {
        Path none = TiffStackWriter.writeMultipage(volume(SampleType.UINT8, MICRONS), tmp.resolve("a.tif"));
        Path lzw = TiffStackWriter.writeMultipage(volume(SampleType.UINT8, MICRONS), tmp.resolve("b.tif"),
                TiffCompression.LZW);
        String expected = "ImageJ=1.54f\nimages=4\nslices=4\nunit=micron\nspacing=2.0\nloop=false\n";
        for (Path file : List.of(none, lzw)) {
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertTrue(bytes.contains(expected + "\0"), file + " holds the ImageJ description");
        }
        List<Path> slices = TiffStackWriter.writeSlices(volume(SampleType.UINT8, MICRONS), tmp.resolve("slices"));
        String one = new String(Files.readAllBytes(slices.get(0)), StandardCharsets.ISO_8859_1);
        assertTrue(one.contains("ImageJ=1.54f\nunit=micron\nspacing=2.0\nloop=false\n\0"));
    }

    @Test
    void spacingSurvivesExactlyWhateverItsUnit() throws IOException {
        for (Grid s : List.of(Grid.of(0.3, 0.1234, 7.0, "mm"), Grid.of(1, 1, 7, "px"),
                Grid.of(2.5, 2.5, 0.125, "\u00C5"), Grid.of(1 / 80.0, 1 / 80.0, 1, "inch"),
                Grid.of(1e-4, 3e3, 1e-6, "m"))) {
            for (TiffCompression c : List.of(TiffCompression.NONE, TiffCompression.DEFLATE)) {
                Path file = TiffStackWriter.writeMultipage(volume(SampleType.UINT16, s), tmp.resolve("s.tif"), c);
                assertEquals(s, TiffStackReader.read(List.of(file)).grid(), s + " " + c);
            }
        }
    }

    @Test
    void streamsAStackOnDisk() throws IOException {
        Volume lazy = TiffStackReader.open(List.of(TiffFixtures.path("gray16_be_tiled.tif")));
        Path file = TiffStackWriter.writeMultipage(lazy, tmp.resolve("copy.tif"), TiffCompression.PACKBITS);
        assertSameVoxels(lazy.load(), TiffStackReader.read(List.of(file)), "copy of gray16_be_tiled.tif");
    }

    @Test
    void tifffileReadsOurImageJStacksWithSpacingAndExactPixels() throws IOException {
        Python.requireModules("tifffile", "numpy");
        for (SampleType type : List.of(SampleType.UINT8, SampleType.UINT16, SampleType.FLOAT32)) {
            for (TiffCompression c : List.of(TiffCompression.NONE, TiffCompression.DEFLATE)) {
                if (type == SampleType.FLOAT32 && c != TiffCompression.NONE) {
                    continue;
                }
                Volume v = volume(type, MICRONS);
                Path file = TiffStackWriter.writeMultipage(v, tmp.resolve(type.bytesPerVoxel() + c.name() + ".tif"), c);
                Python.Result r = Python.run(List.of("-c", "import sys, tifffile\n"
                        + "t = tifffile.TiffFile(sys.argv[1]); m = t.imagej_metadata; p = t.pages[0]; a = t.asarray()\n"
                        + "print(m['unit'], m['spacing'], m['images'], p.tags['XResolution'].value, "
                        + "p.tags['YResolution'].value, a.dtype, a.shape)\n"
                        + "print(' '.join(repr(float(x)) for x in a.ravel()))\n", file.toString()), null);
                assertEquals(0, r.exitCode(), r.output());
                String[] lines = r.output().strip().split("\n");
                String dtype = switch (type) {
                    case UINT8 -> "uint8";
                    case UINT16 -> "uint16";
                    case FLOAT32 -> "float32";
                    case BIT, INT32 -> throw new IllegalArgumentException(type + " is not written as is");
                };
                assertEquals("micron 2.0 4 (2, 1) (4, 1) " + dtype + " (4, 23, 37)", lines[lines.length - 2],
                        type + " " + c);
                String[] values = lines[lines.length - 1].trim().split(" ");
                assertEquals(DEPTH * W * H, values.length);
                for (int i = 0; i < values.length; i++) {
                    int z = i / (W * H);
                    int x = i % W;
                    int y = i / W % H;
                    assertEquals(v.value(x, y, z), Double.parseDouble(values[i]), type + " " + c + " at " + i);
                }
            }
        }
    }

    @Test
    void openCvReadsOurLzwAndPackBitsStacks() throws IOException {
        Python.requireModules("cv2");
        for (TiffCompression c : List.of(TiffCompression.LZW, TiffCompression.PACKBITS)) {
            Volume v = volume(SampleType.UINT16, MICRONS);
            Path file = TiffStackWriter.writeMultipage(v, tmp.resolve(c + ".tif"), c);
            Python.Result r = Python.run(List.of("-c", "import sys, cv2\n"
                    + "ok, pages = cv2.imreadmulti(sys.argv[1], flags=cv2.IMREAD_UNCHANGED)\n"
                    + "print(len(pages), pages[0].dtype)\n"
                    + "print(' '.join(str(int(x)) for p in pages for x in p.ravel()))\n", file.toString()), null);
            assertEquals(0, r.exitCode(), r.output());
            String[] lines = r.output().strip().split("\n");
            assertEquals("4 uint16", lines[lines.length - 2], c.name());
            String[] values = lines[lines.length - 1].trim().split(" ");
            for (int i = 0; i < values.length; i++) {
                assertEquals(v.value(i % W, i / W % H, i / (W * H)), Integer.parseInt(values[i]), c + " at " + i);
            }
        }
    }

    @Test
    void aMissingFolderIsMadeButAFileInTheWayIsNamedAndNothingIsWritten() throws IOException {
        Path made = tmp.resolve("new").resolve("slices");
        assertEquals(4, TiffStackWriter.writeSlices(volume(SampleType.UINT8, MICRONS), made).size());
        Path blocker = Files.writeString(tmp.resolve("blocker"), "a file");
        IOException e = assertThrows(IOException.class,
                () -> TiffStackWriter.writeSlices(volume(SampleType.UINT8, MICRONS), blocker));
        assertTrue(e.getMessage().startsWith(blocker + ": cannot write slices: a file, not a folder"), e.getMessage());
        assertEquals("a file", Files.readString(blocker));
        Path folder = tmp.resolve("no-such-folder");
        Path file = folder.resolve("stack.tif");
        e = assertThrows(NoSuchFileException.class,
                () -> TiffStackWriter.writeMultipage(volume(SampleType.UINT8, MICRONS), file));
        assertTrue(e.getMessage().contains("stack.tif"), e.getMessage());
        assertTrue(Files.notExists(file));
    }

    @Test
    void aFailingSourceLeavesNoFileAndAnExistingFileUntouched() throws IOException {
        Volume v = volume(SampleType.UINT8, MICRONS);
        SliceSource failing = failing(v, 2);
        for (TiffCompression c : List.of(TiffCompression.NONE, TiffCompression.LZW)) {
            Path target = tmp.resolve("new-" + c + ".tif");
            assertThrows(UncheckedIOException.class, () -> TiffStackWriter.writeMultipage(failing, target, c));
            assertTrue(Files.notExists(target));
            Path existing = TiffStackWriter.writeMultipage(v, tmp.resolve("old-" + c + ".tif"), c);
            byte[] before = Files.readAllBytes(existing);
            assertThrows(UncheckedIOException.class, () -> TiffStackWriter.writeMultipage(failing, existing, c));
            assertArrayEquals(before, Files.readAllBytes(existing));
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.filter(p -> p.toString().endsWith(".part")).collect(Collectors.toList()));
        }
    }

    @Test
    void compressedFloatIsRefusedBeforeWriting() {
        Path file = tmp.resolve("f.tif");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TiffStackWriter.writeMultipage(volume(SampleType.FLOAT32, MICRONS), file, TiffCompression.LZW));
        assertTrue(e.getMessage().startsWith("compression LZW is not available for 32-bit float stacks"));
        assertTrue(Files.notExists(file));
    }

    @Test
    void stacksBeyondFourGigabytesAreRefusedBeforeAnySliceIsRead() {
        SliceSource huge = Volume.onDemand(SampleType.UINT8, 40_000, 40_000, 3, Grid.PIXELS, List.of(), z -> {
            throw new AssertionError("slice " + z + " was read");
        });
        Path file = tmp.resolve("huge.tif");
        IOException e = assertThrows(IOException.class, () -> TiffStackWriter.writeMultipage(huge, file));
        assertTrue(e.getMessage().contains("more than the 4 GB a classic TIFF can address"), e.getMessage());
        assertTrue(Files.notExists(file));
    }

    /** The voxels of {@code volume}, read on demand, except that slice {@code failAt} cannot be read. */
    private static Volume failing(Volume volume, int failAt) {
        return Volume.onDemand(volume.type(), volume.width(), volume.height(), volume.depth(), volume.grid(),
                List.of(), z -> {
                    if (z == failAt) {
                        throw new UncheckedIOException(new IOException("slice " + z + " is unreadable"));
                    }
                    return volume.slice(z);
                });
    }
}
