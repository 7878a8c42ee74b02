package io.github.stack3d.io.tiff;

import static io.github.stack3d.io.tiff.TiffFixtures.path;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.SampleType;
import io.github.stack3d.Grid;
import io.github.stack3d.TestData;
import io.github.stack3d.Volume;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stacks opened on disk ({@link TiffStackReader#open}): volumes that read each slice when asked for. */
class OpenStackTest {

    @TempDir
    Path tmp;

    /** A 40-page 8-bit stack whose page z holds (x + 3y + 7z) & 255. */
    private Volume forty() {
        int w = 31;
        int h = 17;
        byte[][] slices = new byte[40][w * h];
        for (int z = 0; z < 40; z++) {
            for (int i = 0; i < w * h; i++) {
                slices[z][i] = (byte) (i % w + 3 * (i / w) + 7 * z);
            }
        }
        return Volume.ofBytes(w, h, slices, Grid.of(0.5, 0.5, 1.5, "mm"));
    }

    @Test
    void readsHeadersOnlyAndSlicesOnDemand() throws IOException {
        Volume stack = TiffStackReader.open(List.of(path("gray16_le.tif"), path("gray16_lzw.tif")));
        assertEquals(6, stack.depth());
        assertEquals(false, stack.inMemory());
        assertEquals(SampleType.UINT16, stack.type());
        assertEquals(Grid.PIXELS, stack.grid());
        for (int z = 0; z < 6; z++) {
            assertArrayEquals(TiffFixtures.shorts(z % 3, TiffFixtures::gray16), stack.shorts(z), "z=" + z);
        }
        assertNotSame(stack.shorts(1), stack.shorts(1), "each call reads the slice anew");
    }

    @Test
    void toStringNamesSizeTypeSpacingAndSource() throws IOException {
        List<Path> files = TiffStackWriter.writeSlices(forty(), tmp);
        assertEquals("Volume[31×17×40, 8-bit, 0.5×0.5×1.5 mm, on disk: 40 files in " + tmp.toAbsolutePath() + "]",
                TiffStackReader.open(files).toString());
        Path multipage = TiffStackWriter.writeMultipage(forty(), tmp.resolve("all.tif"));
        assertEquals("Volume[31×17×40, 8-bit, 0.5×0.5×1.5 mm, on disk: " + multipage + "]",
                TiffStackReader.open(List.of(multipage)).toString());
    }

    @Test
    void mriStackOpensWithItsSpacing() throws IOException {
        Volume mri = TiffStackReader.open(List.of(TestData.require("real/mri-stack.tif")));
        assertEquals("Volume[186×226×27, 8-bit, 1.0×1.0×7.0 px]", mri.load().toString());
        assertArrayEquals(mri.load().bytes(13), mri.bytes(13));
    }

    @Test
    void loadEqualsReadingEverySlice() throws IOException {
        Path file = TiffStackWriter.writeMultipage(forty(), tmp.resolve("s.tif"), TiffCompression.DEFLATE);
        Volume stack = TiffStackReader.open(List.of(file));
        Volume loaded = stack.load();
        assertEquals(forty().toString(), loaded.toString());
        for (int z = 0; z < 40; z++) {
            assertArrayEquals(forty().bytes(z), loaded.bytes(z));
            assertArrayEquals(forty().bytes(z), stack.bytes(z));
        }
        assertEquals(List.of(file), loaded.files());
    }

    @Test
    void manyThreadsReadTheSamePagesConsistently() throws Exception {
        Volume expected = forty();
        for (TiffCompression c : List.of(TiffCompression.NONE, TiffCompression.LZW)) {
            Path file = TiffStackWriter.writeMultipage(expected, tmp.resolve(c + ".tif"), c);
            Volume stack = TiffStackReader.open(List.of(file));
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<Integer>> done = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    int start = t;
                    done.add(pool.submit(() -> {
                        int checked = 0;
                        for (int k = 0; k < 100; k++) {
                            int z = (start * 13 + k * 7) % 40;
                            assertArrayEquals(expected.bytes(z), stack.bytes(z), c + " z=" + z);
                            checked++;
                        }
                        return checked;
                    }));
                }
                for (Future<Integer> f : done) {
                    assertEquals(100, f.get());
                }
            } finally {
                pool.shutdown();
            }
        }
    }

    @Test
    void aDamagedPageFailsAloneNamingFileAndPage() throws IOException {
        Path file = TiffStackWriter.writeMultipage(forty(), tmp.resolve("s.tif"), TiffCompression.DEFLATE);
        Volume stack = TiffStackReader.open(List.of(file));
        // after opening, empty page 31's directory: its entry count becomes 0
        TiffPage page31 = TiffFileHeader.read(file).pages().get(30);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(new byte[] {0, 0}), page31.ifdOffset());
        }
        assertArrayEquals(forty().bytes(0), stack.bytes(0));
        assertArrayEquals(forty().bytes(39), stack.bytes(39));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> stack.bytes(30));
        assertEquals("slice 30: " + file + " page 31/40: cannot decode the image (Missing TIFF tag: ImageWidth); "
                + "the file is damaged, truncated, or uses an encoding TwelveMonkeys ImageIO does not read",
                e.getMessage());
    }

    @Test
    void aFileThatVanishedIsNamed() throws IOException {
        Path copy = Files.copy(path("gray8_le.tif"), tmp.resolve("gone.tif"));
        Volume stack = TiffStackReader.open(List.of(copy));
        Files.delete(copy);
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> stack.bytes(2));
        assertTrue(e.getMessage().contains(copy + " page 3/3"), e.getMessage());
    }

    @Test
    void wrongAccessorOrSliceIsRefused() throws IOException {
        Volume stack = TiffStackReader.open(List.of(path("gray8_be.tif")));
        IllegalStateException type = assertThrows(IllegalStateException.class, () -> stack.shorts(0));
        assertEquals("the stack is 8-bit; shorts(z) reads 16-bit stacks only (slice(z) returns any type, "
                + "floatSlice(z, buffer) converts it)",
                type.getMessage());
        assertThrows(IllegalArgumentException.class, () -> stack.bytes(3));
        assertThrows(IllegalArgumentException.class, () -> stack.bytes(-1));
        float[] buffer = stack.floatSlice(1, new float[stack.sliceSize()]);
        assertEquals(TiffFixtures.gray8(5, 2, 1), buffer[2 * TiffFixtures.W + 5]);
    }

    @Test
    void openFailsLikeLoadingForBadFiles() {
        IOException e = assertThrows(IOException.class,
                () -> TiffStackReader.open(List.of(path("gray8_le.tif"), path("gray8_other_size.tif"))));
        assertTrue(e.getMessage().startsWith(path("gray8_other_size.tif") + ": 37×22 8-bit, but "), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TiffStackReader.open(List.of()));
    }
}
