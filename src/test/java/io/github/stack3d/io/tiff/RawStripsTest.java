package io.github.stack3d.io.tiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Grid;
import io.github.stack3d.TestData;
import io.github.stack3d.Volume;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RawStripsTest {

    /** Every page of every fixture, and of the real stacks when present, that the direct path reads. */
    static List<TiffPage> plainPages() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(TiffFixtures.path("gray8_le.tif").getParent())) {
            s.filter(p -> p.toString().endsWith(".tif")).sorted().forEach(files::add);
        }
        Path real = TestData.root().resolve("real/mri-stack.tif");
        if (Files.exists(real)) {
            files.add(real);
        }
        List<TiffPage> pages = new ArrayList<>();
        for (Path f : files) {
            try {
                for (TiffPage p : TiffFileHeader.read(f).pages()) {
                    if (p.plainStrips()) {
                        pages.add(p);
                    }
                }
            } catch (IOException e) {
                // fixtures that are broken on purpose have no plain pages to compare
            }
        }
        return pages;
    }

    @Test
    void readsExactlyWhatTwelveMonkeysDecodes() throws IOException {
        List<TiffPage> pages = plainPages();
        assertTrue(pages.size() >= 8, "plain pages among the fixtures: " + pages.size());
        for (TiffPage p : pages) {
            Object direct = RawStrips.read(p, null);
            Object decoded = TiffPageDecoder.decodeWithImageIO(p);
            assertEquals(decoded.getClass(), direct.getClass(), p.label());
            if (direct instanceof byte[] b) {
                assertArrayEquals((byte[]) decoded, b, p.label());
            } else if (direct instanceof short[] s) {
                assertArrayEquals((short[]) decoded, s, p.label());
            } else {
                assertArrayEquals((float[]) decoded, (float[]) direct, p.label());
            }
        }
    }

    @Test
    void compressedTiledColorAndInvertedPagesGoToTwelveMonkeys() throws IOException {
        for (String name : List.of("gray8_lzw.tif", "gray8_packbits.tif", "gray16_be_tiled.tif", "rgb8.tif",
                "palette8.tif", "white8.tif", "bilevel_black.tif", "float16.tif", "float32_be_deflate.tif")) {
            for (TiffPage p : TiffFileHeader.read(TiffFixtures.path(name)).pages()) {
                assertFalse(p.plainStrips(), p.label());
            }
        }
    }

    @Test
    void aTruncatedFileIsNamedWithTheStrip(@TempDir Path dir) throws IOException {
        Volume v = Volume.ofBytes(64, 64, new byte[][] {new byte[64 * 64]}, Grid.PIXELS);
        Path file = TiffStackWriter.writeMultipage(v, dir.resolve("cut.tif"));
        byte[] all = Files.readAllBytes(file);
        TiffPage page = TiffFileHeader.read(file).pages().get(0);
        assertTrue(page.plainStrips());
        long end = page.stripOffsets()[0] + 100;
        TiffPage cut = page;
        Files.write(file, java.util.Arrays.copyOf(all, (int) end));
        IOException e = assertThrows(IOException.class, () -> RawStrips.read(cut, null));
        assertTrue(e.getMessage().contains("cut.tif") && e.getMessage().contains("strip 0"), e.getMessage());
    }
}
