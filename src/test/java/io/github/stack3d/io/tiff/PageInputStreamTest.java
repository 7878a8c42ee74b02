package io.github.stack3d.io.tiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.twelvemonkeys.imageio.plugins.tiff.TIFFImageReaderSpi;
import io.github.stack3d.Grid;
import io.github.stack3d.Volume;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageInputStreamTest {

    @TempDir
    Path tmp;

    /** Everything the stream shows, read {@code chunk} bytes at a time (one byte at a time with read()). */
    private static byte[] readAll(PageInputStream in, int chunk) throws IOException {
        byte[] all = new byte[(int) in.length()];
        int at = 0;
        while (at < all.length) {
            if (chunk == 1) {
                all[at++] = (byte) in.read();
            } else {
                at += in.read(all, at, Math.min(chunk, all.length - at));
            }
        }
        assertEquals(-1, in.read());
        return all;
    }

    @Test
    void showsOnePageAndEverythingElseAsStored() throws IOException {
        for (String name : List.of("gray8_le.tif", "gray16_be_tiled.tif", "bigtiff.tif")) {
            Path file = TiffFixtures.path(name);
            byte[] stored = Files.readAllBytes(file);
            List<TiffPage> pages = TiffFileHeader.read(file).pages();
            TiffPage page = pages.get(1);
            int width = page.bigTiff() ? 8 : 4;
            byte[] expected = stored.clone();
            ByteBuffer view = ByteBuffer.wrap(expected).order(page.order());
            if (page.bigTiff()) {
                view.putLong(8, page.ifdOffset()).putLong((int) page.nextPointer(), 0);
            } else {
                view.putInt(4, (int) page.ifdOffset()).putInt((int) page.nextPointer(), 0);
            }
            for (int chunk : new int[] {1, 7, 1 << 20}) {
                try (PageInputStream in = PageInputStream.open(page)) {
                    assertArrayEquals(expected, readAll(in, chunk), name + " read in chunks of " + chunk);
                }
            }
            try (PageInputStream in = PageInputStream.open(page)) {
                in.seek(page.nextPointer());
                byte[] pointer = new byte[width];
                in.readFully(pointer);
                assertArrayEquals(new byte[width], pointer, name + ": next-IFD pointer shown as 0");
            }
        }
    }

    @Test
    void twelveMonkeysSeesExactlyOnePage() throws IOException {
        byte[][] slices = new byte[30][6];
        for (int z = 0; z < 30; z++) {
            slices[z] = new byte[] {(byte) z, 1, 2, 3, 4, (byte) (100 + z)};
        }
        Path file = TiffStackWriter.writeMultipage(Volume.ofBytes(3, 2, slices, Grid.PIXELS), tmp.resolve("s.tif"),
                TiffCompression.LZW);
        List<TiffPage> pages = TiffFileHeader.read(file).pages();
        assertEquals(30, pages.size());
        ImageReader reader = new TIFFImageReaderSpi().createReaderInstance(null);
        for (int z : new int[] {0, 17, 29}) {
            try (PageInputStream in = PageInputStream.open(pages.get(z))) {
                reader.setInput(in, true, true);
                assertEquals(1, reader.getNumImages(true), "page " + z + " alone");
                byte[] pixels = ((DataBufferByte) reader.read(0).getRaster().getDataBuffer()).getData();
                assertArrayEquals(slices[z], pixels, "page " + z);
            }
        }
        reader.dispose();
    }

    @Test
    void bigEndianPointersArePatchedInTheFilesByteOrder() throws IOException {
        TiffPage page = TiffFileHeader.read(TiffFixtures.path("gray8_be.tif")).pages().get(2);
        try (PageInputStream in = PageInputStream.open(page)) {
            in.setByteOrder(ByteOrder.BIG_ENDIAN);
            in.seek(4);
            assertEquals(page.ifdOffset(), in.readUnsignedInt());
        }
    }
}
