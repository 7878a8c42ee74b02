package io.github.stack3d.io.tiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.stack3d.Grid;
import io.github.stack3d.TestData;
import io.github.stack3d.Volume;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackFilesTest {

    @TempDir
    Path tmp;

    private static List<String> names(List<Path> files) {
        return files.stream().map(p -> p.getFileName().toString()).collect(Collectors.toList());
    }

    private void touch(String... names) throws IOException {
        for (String n : names) {
            Files.write(tmp.resolve(n), new byte[0]);
        }
    }

    @Test
    void unpaddedNumbersSortByValue() throws IOException {
        List<String> expected = IntStream.rangeClosed(1, 114).mapToObj(i -> "slice_" + i + ".tif")
                .collect(Collectors.toList());
        List<String> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new Random(7));
        touch(shuffled.toArray(String[]::new));
        List<Path> files = StackFiles.resolve(tmp.toString());
        assertEquals(expected, names(files));
        assertEquals(tmp.resolve("slice_1.tif"), files.get(0));
    }

    @Test
    void paddedAndMixedNamesSortNaturallyWithTiesBrokenLexically() throws IOException {
        touch("img_0010.tif", "img_0002.tif", "img_0100.tif", "img_0001.tif");
        assertEquals(List.of("img_0001.tif", "img_0002.tif", "img_0010.tif", "img_0100.tif"),
                names(StackFiles.resolve(tmp.toString())));
        for (Path p : StackFiles.resolve(tmp.toString())) {
            Files.delete(p);
        }
        touch("b2.tif", "a10.TIF", "a9.tiff", "a9.tif", "a09.tif", "A9.tif", "scan 2 part 10.tif",
                "scan 2 part 9.tif", "scan 10 part 1.tif", "z.tif");
        assertEquals(List.of("A9.tif", "a09.tif", "a9.tif", "a9.tiff", "a10.TIF", "b2.tif", "scan 2 part 9.tif",
                "scan 2 part 10.tif", "scan 10 part 1.tif", "z.tif"), names(StackFiles.resolve(tmp.toString())));
    }

    @Test
    void naturalOrderComparesNumbersOfAnyLength() {
        List<Path> paths = new ArrayList<>(List.of(Path.of("x_123456789012345678901234567890.tif"),
                Path.of("x_99999999999999999999.tif"), Path.of("x_2.tif"), Path.of("x_0.tif")));
        paths.sort(StackFiles.naturalOrder());
        assertEquals(List.of(Path.of("x_0.tif"), Path.of("x_2.tif"), Path.of("x_99999999999999999999.tif"),
                Path.of("x_123456789012345678901234567890.tif")), paths);
        assertTrue(StackFiles.compareNatural("slice_2.tif", "slice_10.tif") < 0);
        assertTrue(StackFiles.compareNatural("slice_10.tif", "slice_2.tif") > 0);
        assertTrue(StackFiles.compareNatural("slice_2", "slice_2.tif") < 0);
        assertEquals(0, StackFiles.compareNatural("slice_002.tif", "slice_002.tif"));
        assertTrue(StackFiles.compareNatural("slice_002.tif", "slice_2.tif") < 0, "tie broken lexically");
    }

    @Test
    void folderIgnoresHiddenFilesOtherExtensionsAndSubfolders() throws IOException {
        touch("s1.tif", "s2.TIFF", ".s0.tif", "notes.txt", "s3.png");
        Files.createDirectory(tmp.resolve("s4.tif"));
        assertEquals(List.of("s1.tif", "s2.TIFF"), names(StackFiles.resolve(tmp.toString())));
    }

    @Test
    void globInTheFileNameMatchesInNaturalOrder() throws IOException {
        touch("img_10.tif", "img_2.tif", "img_1.tif", "mask_1.tif", "img_3.png");
        String folder = tmp.toString();
        assertEquals(List.of("img_1.tif", "img_2.tif", "img_10.tif"), names(StackFiles.resolve(folder + "/img_*.tif")));
        assertEquals(List.of("img_1.tif", "img_2.tif"), names(StackFiles.resolve(folder + "/img_?.tif")));
        assertEquals(List.of("img_1.tif", "mask_1.tif"), names(StackFiles.resolve(folder + "/[im]*_1.tif")));
        assertEquals(List.of("img_3.png", "img_10.tif"), names(StackFiles.resolve(folder + "/img_{3,10}.*")));
        assertEquals(tmp.resolve("img_1.tif"), StackFiles.resolve(folder + "/img_*.tif").get(0));
    }

    @Test
    void anExistingFileIsTheStackItself() throws IOException {
        touch("stack.tif");
        assertEquals(List.of(tmp.resolve("stack.tif")), StackFiles.resolve(tmp.resolve("stack.tif").toString()));
    }

    /** A real 37×23×depth 8-bit stack of the fixtures' gray8 formula, its first slice offset by {@code tag}. */
    private Path writeStack(Path file, int depth, int tag) throws IOException {
        byte[][] slices = new byte[depth][];
        for (int z = 0; z < depth; z++) {
            slices[z] = TiffFixtures.bytes(z, TiffFixtures::gray8);
        }
        slices[0][0] = (byte) tag;
        return TiffStackWriter.writeMultipage(Volume.ofBytes(TiffFixtures.W, TiffFixtures.H, slices, Grid.PIXELS),
                file);
    }

    @Test
    void aFileNamedLikeAGlobIsThatFileThroughBothOverloads() throws IOException {
        // The glob scan[1].tif matches scan1.tif; the file literally named scan[1].tif must win.
        Path bracketed = writeStack(tmp.resolve("scan[1].tif"), 3, 201);
        writeStack(tmp.resolve("scan1.tif"), 2, 202);
        assertEquals(List.of(bracketed), StackFiles.resolve(bracketed));
        assertEquals(List.of(bracketed), StackFiles.resolve(bracketed.toString()));
        Volume v = TiffStackReader.read(StackFiles.resolve(bracketed.toString()));
        assertEquals(3, v.depth(), v.toString());
        assertEquals(201, v.bytes(0)[0] & 0xFF);
        assertArrayEquals(TiffFixtures.bytes(2, TiffFixtures::gray8), v.bytes(2));
    }

    @Test
    void aFolderNamedLikeAGlobListsItsSlicesThroughBothOverloads() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("run[2]"));
        Files.createDirectory(tmp.resolve("run2"));
        List<Path> slices = new ArrayList<>();
        for (int i : new int[] {10, 2, 1}) {
            slices.add(0, writeStack(folder.resolve("slice_" + i + ".tif"), 1, i));
        }
        assertEquals(slices, StackFiles.resolve(folder));
        assertEquals(slices, StackFiles.resolve(folder.toString()));
        assertEquals(slices.subList(0, 2), StackFiles.resolve(folder + "/slice_?.tif"), "glob inside it");
        Volume v = TiffStackReader.read(StackFiles.resolve(folder));
        assertEquals(3, v.depth(), v.toString());
        assertEquals(List.of(1, 2, 10), List.of(v.bytes(0)[0] & 0xFF, v.bytes(1)[0] & 0xFF, v.bytes(2)[0] & 0xFF));
        Path plain = Files.createDirectory(tmp.resolve("plain"));
        Path only = writeStack(plain.resolve("stack.tif"), 2, 7);
        assertEquals(List.of(only), StackFiles.resolve(plain));
        assertEquals(List.of(only), StackFiles.resolve(plain.toString()));
    }

    @Test
    void aStringThatNamesNoFileIsStillAGlob() throws IOException {
        Path plain = writeStack(tmp.resolve("scan1.tif"), 1, 0);
        assertEquals(List.of(plain), StackFiles.resolve(tmp + "/scan[1].tif"));
        assertEquals(List.of(plain), StackFiles.resolve(tmp + "/scan*.tif"));
    }

    @Test
    void thePathOverloadNeverGlobs() throws IOException {
        touch("scan1.tif", "img_1.tif");
        Path bracketed = tmp.resolve("scan[1].tif");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> StackFiles.resolve(bracketed));
        assertTrue(e.getMessage().startsWith(bracketed + ": no such file or folder"), e.getMessage());
        assertTrue(e.getMessage().endsWith("; a Path is taken literally, pass a String for a glob"), e.getMessage());
        Path plainMissing = tmp.resolve("img_2.tif");
        e = assertThrows(NoSuchFileException.class, () -> StackFiles.resolve(plainMissing));
        assertTrue(e.getMessage().startsWith(plainMissing + ": no such file or folder (working folder: "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith(")"), e.getMessage());
        assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "skipped: * and ? cannot be in file names here");
        Path star = tmp.resolve("img_*.tif");
        e = assertThrows(NoSuchFileException.class, () -> StackFiles.resolve(star));
        assertTrue(e.getMessage().startsWith(star + ": no such file or folder"), e.getMessage());
        assertThrows(NoSuchFileException.class, () -> StackFiles.resolve(tmp.resolve("img_?.tif")));
        Path literalStar = Files.write(star, new byte[0]);
        assertEquals(List.of(literalStar), StackFiles.resolve(star));
        assertEquals(List.of(literalStar), StackFiles.resolve(star.toString()), "literal first for a String too");
    }

    @Test
    void sharedCochleaSlicesComeInNaturalOrder() throws IOException {
        List<Path> files = StackFiles.resolve(TestData.require("cochlea-slices").toString());
        assertEquals(114, files.size());
        assertEquals(List.of("slice_1.tif", "slice_2.tif", "slice_3.tif"), names(files.subList(0, 3)));
        assertEquals("slice_10.tif", names(files).get(9));
        assertEquals("slice_114.tif", names(files).get(113));
    }

    @Test
    void missingPathIsNamed() {
        String missing = tmp.resolve("nothing-here").toString();
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> StackFiles.resolve(missing));
        assertTrue(e.getMessage().startsWith(missing + ": no such file or folder (working folder: "), e.getMessage());
    }

    @Test
    void folderWithoutTiffsSaysWhatIsThere() throws IOException {
        touch("a.png", "b.png", "c.png", "d.png", "e.png", "notes.txt");
        IOException e = assertThrows(IOException.class, () -> StackFiles.resolve(tmp.toString()));
        assertEquals(tmp + ": no .tif or .tiff files in this folder; it holds 6 entries: a.png, b.png, c.png, "
                + "d.png, e.png, …", e.getMessage());
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        e = assertThrows(IOException.class, () -> StackFiles.resolve(empty.toString()));
        assertEquals(empty + ": no .tif or .tiff files in this folder; it holds nothing", e.getMessage());
    }

    @Test
    void globMatchingNothingIsNamed() throws IOException {
        touch("img_1.png");
        String glob = tmp + "/img_*.tif";
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> StackFiles.resolve(glob));
        assertEquals(glob + ": the glob matches no file in " + tmp.toAbsolutePath()
                + "; the folder holds 1 entry: img_1.png", e.getMessage());
        String inMissingFolder = tmp + "/nowhere/*.tif";
        e = assertThrows(NoSuchFileException.class, () -> StackFiles.resolve(inMissingFolder));
        assertTrue(e.getMessage().startsWith(inMissingFolder + ": folder "), e.getMessage());
    }

    @Test
    void blankOrNullPathIsAnArgumentError() {
        assertThrows(IllegalArgumentException.class, () -> StackFiles.resolve(" "));
        assertThrows(IllegalArgumentException.class, () -> StackFiles.resolve((String) null));
        assertThrows(IllegalArgumentException.class, () -> StackFiles.resolve((Path) null));
    }

    @Test
    void aDanglingLinkAmongTheSlicesIsAnErrorNamingItNotAGapInZ() throws IOException {
        touch("slice_1.tif", "slice_3.tif");
        Path link = Files.createSymbolicLink(tmp.resolve("slice_2.tif"), tmp.resolve("gone.tif"));
        for (ThrowingResolve r : List.<ThrowingResolve>of(() -> StackFiles.resolve(tmp),
                () -> StackFiles.resolve(tmp.toString()), () -> StackFiles.resolve(tmp + "/slice_*.tif"))) {
            IOException e = assertThrows(IOException.class, r::run);
            assertTrue(e.getMessage().startsWith(link + ": a symbolic link to " + tmp.resolve("gone.tif")
                    + ", which does not exist; a stack cannot skip a slice"), e.getMessage());
        }
    }

    @Test
    void loopingLinksAreNamedAsLoopsNotAsAFolderWithoutTiffs() throws IOException {
        Path a = tmp.resolve("a.tif");
        Path b = tmp.resolve("b.tif");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        IOException e = assertThrows(IOException.class, () -> StackFiles.resolve(tmp));
        assertTrue(e.getMessage().startsWith(a + ": a symbolic link to " + b + ", which leads in a loop of links"),
                e.getMessage());
    }

    @Test
    void anUnreadableSliceIsAnErrorNamingIt() throws IOException {
        assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"), "skipped: no POSIX rights");
        touch("slice_1.tif", "slice_2.tif");
        Path locked = tmp.resolve("slice_2.tif");
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        assumeTrue(!Files.isReadable(locked), "skipped: this user (root) reads any file");
        IOException e = assertThrows(IOException.class, () -> StackFiles.resolve(tmp));
        assertTrue(e.getMessage().startsWith(locked + ": cannot be read"), e.getMessage());
    }

    /** A resolve call, for running one check over the overloads. */
    private interface ThrowingResolve {
        void run() throws IOException;
    }
}
