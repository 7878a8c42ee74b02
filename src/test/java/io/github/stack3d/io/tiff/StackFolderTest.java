package io.github.stack3d.io.tiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Grid;
import io.github.stack3d.SampleType;
import io.github.stack3d.Volume;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Slices are never written beside old ones; a folder is replaced as a whole or left as it was. */
class StackFolderTest {

    private static final Grid MICRONS = Grid.of(0.5, 0.5, 2.0, "micron");

    @TempDir
    Path tmp;

    @Test
    void aFolderHoldingSlicesIsRefusedAndLeftAsItWas() throws IOException {
        Path folder = tmp.resolve("scan");
        TiffStackWriter.writeSlices(volume(4), folder);
        List<String> before = listing(folder);
        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class,
                () -> TiffStackWriter.writeSlices(volume(2), folder));
        assertTrue(e.getMessage().startsWith(folder + ": cannot write slices: the folder already holds 4 entries "
                + "(slice_001.tif, slice_002.tif, slice_003.tif, …)"), e.getMessage());
        assertTrue(e.getMessage().contains("replaceStack"), e.getMessage());
        assertEquals(before, listing(folder));
        assertEquals(List.of("scan"), listing(tmp));
    }

    @Test
    void replacingIsWholeAFourSliceStackBecomesTwoSlices() throws IOException {
        Path folder = tmp.resolve("scan");
        TiffStackWriter.writeSlices(volume(4), folder);
        List<Path> files = TiffStackWriter.replaceSlices(volume(2), folder);
        assertEquals(List.of(folder.resolve("slice_001.tif"), folder.resolve("slice_002.tif")), files);
        assertEquals(List.of("slice_001.tif", "slice_002.tif"), listing(folder));
        assertEquals(2, TiffStackReader.read(StackFiles.resolve(folder)).depth());
        assertEquals(List.of("scan"), listing(tmp), "no sibling folder left");
    }

    @Test
    void replacingRefusesAFolderWithOtherFilesThanTiffs() throws IOException {
        Path folder = tmp.resolve("scan");
        TiffStackWriter.writeSlices(volume(2), folder);
        Files.writeString(folder.resolve("notes.txt"), "mine");
        IOException e = assertThrows(IOException.class, () -> TiffStackWriter.replaceSlices(volume(3), folder));
        assertTrue(e.getMessage().startsWith(folder + ": cannot replace: it holds 1 entries that are not TIFF files "
                + "(notes.txt)"), e.getMessage());
        assertEquals(List.of("notes.txt", "slice_001.tif", "slice_002.tif"), listing(folder));
        assertEquals(List.of("scan"), listing(tmp));
    }

    @Test
    void aFailedReplaceLeavesTheOldStackAndNoSibling() throws IOException {
        Path folder = tmp.resolve("scan");
        TiffStackWriter.writeSlices(volume(4), folder);
        byte[] first = Files.readAllBytes(folder.resolve("slice_001.tif"));
        Volume ok = volume(3);
        Volume failing = Volume.onDemand(SampleType.UINT8, ok.width(), ok.height(), 3, MICRONS, List.of(), z -> {
            if (z == 2) {
                throw new UncheckedIOException(new IOException("slice 2 is unreadable"));
            }
            return ok.slice(z);
        });
        assertThrows(UncheckedIOException.class, () -> TiffStackWriter.replaceSlices(failing, folder));
        assertEquals(List.of("slice_001.tif", "slice_002.tif", "slice_003.tif", "slice_004.tif"), listing(folder));
        assertTrue(java.util.Arrays.equals(first, Files.readAllBytes(folder.resolve("slice_001.tif"))));
        assertEquals(List.of("scan"), listing(tmp));
        Path fresh = tmp.resolve("fresh");
        assertThrows(UncheckedIOException.class, () -> TiffStackWriter.writeSlices(failing, fresh));
        assertEquals(List.of("scan"), listing(tmp), "a new folder appears complete or not at all");
    }

    @Test
    void anEmptyFolderAndALinkToAFolderAreWrittenInPlace() throws IOException {
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        TiffStackWriter.writeSlices(volume(2), empty);
        assertEquals(List.of("slice_001.tif", "slice_002.tif"), listing(empty));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), empty);
        TiffStackWriter.replaceSlices(volume(3), link);
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals(List.of("slice_001.tif", "slice_002.tif", "slice_003.tif"), listing(empty));
    }

    private static Volume volume(int depth) {
        byte[][] slices = new byte[depth][];
        for (int z = 0; z < depth; z++) {
            slices[z] = new byte[] {(byte) z, 1, 2, (byte) (7 * z)};
        }
        return Volume.ofBytes(2, 2, slices, MICRONS);
    }

    static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
