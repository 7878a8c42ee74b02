package io.github.stack3d.cli;

import static io.github.stack3d.cli.Fixtures.MESH;
import static io.github.stack3d.cli.Fixtures.VOLUME;
import static io.github.stack3d.cli.Fixtures.blockDevice;
import static io.github.stack3d.cli.Fixtures.copy;
import static io.github.stack3d.cli.Fixtures.declaredSlices;
import static io.github.stack3d.cli.Fixtures.declaredTiff;
import static io.github.stack3d.cli.Fixtures.fifo;
import static io.github.stack3d.cli.Fixtures.file;
import static io.github.stack3d.cli.Fixtures.folder;
import static io.github.stack3d.cli.Fixtures.hardLink;
import static io.github.stack3d.cli.Fixtures.link;
import static io.github.stack3d.cli.Fixtures.mode;
import static io.github.stack3d.cli.Fixtures.none;
import static io.github.stack3d.cli.Fixtures.socket;
import static io.github.stack3d.cli.Fixtures.text;
import static io.github.stack3d.cli.Fixtures.truncated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.ChildJvm;
import io.github.stack3d.FolderSnapshot;
import io.github.stack3d.Mesh;
import io.github.stack3d.Stack3D;
import io.github.stack3d.cli.Fixtures.Fixture;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad and odd input, through the command line ({@link Main#run}, in process) and the facade: one row per case,
 * each in a fresh working folder (the {@link Fixtures#baseline} plus the case's own entries). Every case asserts
 * the exit status or the exception type, that the message names the file or parameter, and that the working
 * folder is exactly as before (listing, inodes, modes and SHA-256 of every entry, hidden ones included): nothing
 * created, changed, replaced or left behind. {@code {w}} in arguments and expected names is the working folder.
 * The numbers in the names are those of issue 10's items.
 */
class BadInputCorpusTest {

    @TempDir
    static Path root;

    /** The test JVM's own working folder (the checkout): no case may create anything there either. */
    private static final Path CWD = Path.of("").toAbsolutePath();

    /** What a case does in its working folder and asserts about the outcome. */
    @FunctionalInterface
    interface Check {
        void verify(Path work) throws Exception;
    }

    /** A facade call that is expected to throw. */
    @FunctionalInterface
    interface Call {
        Object call(Path work) throws Exception;
    }

    /** One row of the corpus: what it checks, the entries it adds, and the check. */
    record Case(String name, Fixture fixture, Check check) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void quiet() {
        Stack3D.threads(2);
    }

    // ---- the command line -----------------------------------------------------------------------------------

    static Stream<Case> commandLine() {
        return Stream.of(
            // 1. output over input, unquoted globs, wrong extensions
            cli("1 mesh: the output is the input TIFF itself", none(), 2,
                    "mesh {w}/vol.tif {w}/vol.tif --level 100", "{w}/vol.tif", ".ply, .stl, .obj"),
            cli("1 mesh: the output is the input, a TIFF under a .ply name", none(), 2,
                    "mesh {w}/tiff.ply {w}/tiff.ply --level 100", "{w}/tiff.ply", "one of the files this command reads"),
            cli("1 mesh: the output is a symlink to the input", link("out.ply", "tiff.ply"), 2,
                    "mesh {w}/tiff.ply {w}/out.ply --level 100", "{w}/out.ply", "one of the files this command reads"),
            cli("1 mesh: the output is a hard link of the input", hardLink("same.ply", "tiff.ply"), 2,
                    "mesh {w}/tiff.ply {w}/same.ply --level 100", "{w}/same.ply", "one of the files this command reads"),
            cli("1 shell: an unquoted glob of three slices (one argument too many)", none(), 2,
                    "shell {w}/scan/slice_001.tif {w}/scan/slice_002.tif {w}/scan/slice_003.tif", "slice_003.tif"),
            cli("1 shell: an unquoted glob of two slices makes a slice the output", none(), 2,
                    "shell {w}/scan/slice_001.tif {w}/scan/slice_002.tif", "{w}/scan/slice_002.tif", "writes .ply"),
            cli("1 mesh: the output is a slice of the input folder", none(), 2,
                    "mesh {w}/scan {w}/scan/slice_003.tif --level 100", "slice_003.tif", "writes .ply"),
            cli("1 render: the output is the input, a TIFF under a .png name", copy("vol.tif", "vol.png"), 2,
                    "render {w}/vol.png {w}/vol.png", "{w}/vol.png", "one of the files this command reads"),
            cli("1 shell: .stl output, the command writes PLY only", none(), 2,
                    "shell {w}/scan {w}/out.stl", "{w}/out.stl", "is .stl; this command writes .ply"),
            cli("1 mesh: .xyz output", none(), 2,
                    "mesh {w}/scan {w}/out.xyz --level 100", "{w}/out.xyz", "is .xyz", ".ply, .stl, .obj"),
            cli("1 mesh: an output name without extension", none(), 2,
                    "mesh {w}/scan {w}/out --level 100", "{w}/out", "has no extension"),
            cli("1 mesh: an output name ending in a dot", none(), 2,
                    "mesh {w}/scan {w}/out. --level 100", "{w}/out.", "has no extension"),
            cli("1 render: .jpg output", none(), 2,
                    "render {w}/scan {w}/out.jpg", "{w}/out.jpg", ".png, .gif"),
            cli("1 shell: the output is the stack's folder", none(), 2,
                    "shell {w}/scan {w}/scan", "{w}/scan", "has no extension"),
            cli("1 mesh: the output is a folder named out.ply", folder("out.ply"), 2,
                    "mesh {w}/scan {w}/out.ply --level 100", "{w}/out.ply", "folder"),
            // 2. special files as outputs
            cli("2 mesh: the output is a block device", blockDevice("disk.ply"), 2,
                    "mesh {w}/scan {w}/disk.ply --level 100", "{w}/disk.ply", "block device"),
            cli("2 shell: the output is a socket", socket("sock.ply"), 2,
                    "shell {w}/scan {w}/sock.ply", "{w}/sock.ply", "socket"),
            cli("2 mesh: the output is a loop of symlinks", link("a.ply", "b.ply").and(link("b.ply", "a.ply")), 2,
                    "mesh {w}/scan {w}/a.ply --level 100", "{w}/a.ply", "symbolic links"),
            cli("2 mesh: the output is a symlink into a missing folder", link("out.ply", "gone/out.ply"), 2,
                    "mesh {w}/scan {w}/out.ply --level 100", "{w}/out.ply", "does not exist"),
            // 5. slices that cannot be read are errors naming them
            cli("5 info: a dangling symlink among the slices", link("scan/slice_005.tif", "gone.tif"), 1,
                    "info {w}/scan", "slice_005.tif"),
            cli("5 info: a folder of looping links only",
                    folder("loops").and(link("loops/a.tif", "b.tif")).and(link("loops/b.tif", "a.tif")), 1,
                    "info {w}/loops", "a.tif"),
            cli("5 mesh: a dangling symlink among the slices, streamed", link("scan/slice_005.tif", "gone.tif"), 1,
                    "mesh {w}/scan {w}/out.ply --level 100", "slice_005.tif"),
            cli("5 info: a slice of garbage bytes", text("scan/slice_005.tif", "this is not a TIFF at all"), 1,
                    "info {w}/scan", "slice_005.tif"),
            cli("5 info: an empty slice file", file("scan/slice_005.tif", new byte[0]), 1,
                    "info {w}/scan", "slice_005.tif"),
            cli("5 info: a truncated slice", truncated("scan/slice_002.tif", "scan/slice_005.tif", 100), 1,
                    "info {w}/scan", "slice_005.tif"),
            cli("5 mesh: a truncated multipage TIFF, streamed", truncated("vol.tif", "cut.tif", 500), 1,
                    "mesh {w}/cut.tif {w}/out.ply --level 100", "cut.tif"),
            cli("5 info: a slice that cannot be opened (mode 000; skipped as root, who reads anything)",
                    requireNotRoot().and(copy("scan/slice_001.tif", "scan/slice_005.tif"))
                            .and(mode("scan/slice_005.tif", "---------")), 1,
                    "info {w}/scan", "slice_005.tif"),
            cli("5 info: a FIFO among the slices", fifo("scan/slice_005.tif"), 1,
                    "info {w}/scan", "slice_005.tif"),
            cli("5 info: a slice of another size", declaredSlices("odd", 1, 20, 12, 8)
                    .and(w -> Files.move(w.resolve("odd/s_01.tif"), w.resolve("scan/slice_005.tif"))), 1,
                    "info {w}/scan", "slice_005.tif"),
            cli("5 info: an empty folder", folder("empty"), 1, "info {w}/empty", "{w}/empty"),
            cli("5 info: a missing stack", none(), 1, "info {w}/nothing", "{w}/nothing"),
            cli("5 info: a glob that matches nothing", none(), 1, "info {w}/scan/*.tiff", "{w}/scan"),
            cli("5 mesh: a missing stack", none(), 1, "mesh {w}/nothing {w}/out.ply --level 100", "{w}/nothing"),
            // 6, 7. slices too large: checked in bytes before allocating
            cli("6 info: a slice declaring 36000×32000 16-bit (over 2 GiB)",
                    file("huge.tif", declaredTiff(36000, 32000, 16)), 1, "info {w}/huge.tif", "huge.tif"),
            cli("6 mesh: a slice over 2 GiB, streamed", file("huge.tif", declaredTiff(36000, 32000, 16)), 1,
                    "mesh {w}/huge.tif {w}/out.ply --level 100", "huge.tif"),
            cli("6 shell: a slice over 2 GiB, streamed", file("huge.tif", declaredTiff(36000, 32000, 16)), 1,
                    "shell {w}/huge.tif {w}/out.ply", "huge.tif"),
            cli("6 render: a slice over 2 GiB", file("huge.tif", declaredTiff(36000, 32000, 16)), 1,
                    "render {w}/huge.tif {w}/out.png", "huge.tif"),
            childJvm("7 mesh in a 64 MB heap: a slice window larger than the heap is one line, no OutOfMemoryError",
                    declaredSlices("wide", 3, 6000, 6000, 16), 1, List.of("-Xmx64m"),
                    "mesh wide out.ply --level 30000", "reading slice", "heap", "-Xmx"),
            childJvm("7 shell in a 64 MB heap: streamed slices too large are one line", declaredSlices("wide", 3, 6000,
                    6000, 16), 1, List.of("-Xmx64m"), "shell wide out.ply", "reading slice", "-Xmx"),
            childJvm("7 info in a 64 MB heap: the value range streams, checked per slice", declaredSlices("wide", 3,
                    6000, 6000, 16), 1, List.of("-Xmx64m"), "info wide", "reading slice", "-Xmx"),
            // 9. the output is checked before any work
            cli("9 mesh: the output's folder does not exist", none(), 2,
                    "mesh {w}/scan {w}/gone/out.ply --level 100", "{w}/gone/out.ply", "does not exist"),
            cli("9 render: the output's folder does not exist", none(), 2,
                    "render {w}/scan {w}/gone/out.png", "{w}/gone/out.png", "does not exist"),
            cli("9 shell: the output's 'folder' is a file", none(), 2,
                    "shell {w}/scan {w}/vol.tif/out.ply", "{w}/vol.tif/out.ply"),
            cli("9 demo: --out is a file", none(), 2, "demo --out {w}/vol.tif", "{w}/vol.tif", "--out"),
            cli("10 --out DIR without a command is the demo's, checked the same", none(), 2, "--out {w}/vol.tif",
                    "{w}/vol.tif", "--out"),
            cli("9 demo: --out holds other things than slices in slices/", text("d/slices/notes.txt", "x"), 2,
                    "demo --out {w}/d", "notes.txt"),
            // 10. numbers and options: never a silent fallback
            cli("10 mesh: --level NaN", none(), 2, "mesh {w}/scan {w}/out.ply --level NaN", "--level", "NaN"),
            cli("10 mesh: --level Infinity", none(), 2, "mesh {w}/scan {w}/out.ply --level Infinity", "--level"),
            cli("10 mesh: --level 1e400 (overflows to infinity)", none(), 2,
                    "mesh {w}/scan {w}/out.ply --level 1e400", "--level"),
            cli("10 mesh: --level is not a number", none(), 2, "mesh {w}/scan {w}/out.ply --level high", "--level",
                    "'high'"),
            cli("10 mesh: a misspelt option --levle", none(), 2, "mesh {w}/scan {w}/out.ply --levle 100", "--levle"),
            cli("10 mesh: --ascii does not apply", none(), 2, "mesh {w}/scan {w}/out.ply --level 100 --ascii",
                    "--ascii"),
            cli("10 mesh: --lo does not apply", none(), 2, "mesh {w}/scan {w}/out.ply --lo 0", "--lo"),
            cli("10 shell: --level does not apply", none(), 2, "shell {w}/scan {w}/out.ply --level 5", "--level"),
            cli("10 shell: --lo NaN", none(), 2, "shell {w}/scan {w}/out.ply --lo NaN", "--lo"),
            cli("10 shell: --hi is not a number", none(), 2, "shell {w}/scan {w}/out.ply --hi ten", "--hi", "'ten'"),
            cli("10 info: --level does not apply", none(), 2, "info {w}/scan --level 5", "--level"),
            cli("10 render: --size 0x0", none(), 2, "render {w}/scan {w}/out.png --size 0x0", "0"),
            cli("10 render: --size is not WxH", none(), 2, "render {w}/scan {w}/out.png --size big", "--size"),
            cli("10 render: --frames 0", none(), 2, "render {w}/scan {w}/out.gif --frames 0", "--frames"),
            cli("10 render: an unknown --mode", none(), 2, "render {w}/scan {w}/out.png --mode FOO", "--mode", "FOO"),
            cli("10 render: --azimuth NaN", none(), 2, "render {w}/scan {w}/out.png --azimuth NaN", "--azimuth"),
            cli("10 render: --elevation 100", none(), 2, "render {w}/scan {w}/out.png --elevation 100",
                    "elevation"),
            cli("10 an unknown command", none(), 2, "meshh {w}/scan {w}/out.ply", "meshh"),
            cli("10 mesh: the output is missing", none(), 2, "mesh {w}/scan --level 100", "OUT"),
            cli("10 run: a missing script", none(), 1, "run {w}/none.jsh", "{w}/none.jsh"),
            // 11. spacing
            cli("11 mesh: --spacing 1e308,1,1 overflows float coordinates", none(), 2,
                    "mesh {w}/scan {w}/out.ply --level 100 --spacing 1e308,1,1", "--spacing", "1e308"),
            cli("11 shell: --spacing 0,1,1", none(), 2, "shell {w}/scan {w}/out.ply --spacing 0,1,1", "--spacing"),
            cli("11 shell: --spacing -1,1,1", none(), 2, "shell {w}/scan {w}/out.ply --spacing -1,1,1", "--spacing"),
            cli("11 mesh: --spacing with two numbers", none(), 2,
                    "mesh {w}/scan {w}/out.ply --level 100 --spacing 1,1", "--spacing", "X,Y,Z"),
            cli("11 mesh: --spacing with a word", none(), 2,
                    "mesh {w}/scan {w}/out.ply --level 100 --spacing a,1,1", "--spacing", "'a'"),
            cli("11 info: --spacing NaN,1,1", none(), 2, "info {w}/scan --spacing NaN,1,1", "--spacing"),
            cli("11 render: --spacing with five parts", none(), 2,
                    "render {w}/scan {w}/out.png --spacing 1,1,1,mm,x", "--spacing"));
    }

    // ---- the facade -----------------------------------------------------------------------------------------

    static Stream<Case> facade() {
        return Stream.of(
            // 4. stale slices: a folder is written as a whole or not at all
            api("4 writeStack into a folder that holds slices", none(), FileAlreadyExistsException.class,
                    w -> Stack3D.writeStack(VOLUME, w.resolve("scan")), "scan", "4 entries", "replaceStack"),
            api("4 writeStack into a folder holding a hidden file only", text("hid/.DS_Store", ""),
                    FileAlreadyExistsException.class, w -> Stack3D.writeStack(VOLUME, w.resolve("hid")), ".DS_Store"),
            api("4 writeStack into a folder holding notes", text("notes/readme.txt", "x"),
                    FileAlreadyExistsException.class, w -> Stack3D.writeStack(VOLUME, w.resolve("notes")),
                    "readme.txt"),
            api("4 writeStack where a file is", none(), FileAlreadyExistsException.class,
                    w -> Stack3D.writeStack(VOLUME, w.resolve("vol.tif")), "vol.tif", "not a folder"),
            api("4 replaceStack of a folder holding a text file", text("scan/notes.txt", "x"), IOException.class,
                    w -> Stack3D.replaceStack(VOLUME, w.resolve("scan")), "scan", "notes.txt"),
            api("4 replaceStack of a folder holding a subfolder", folder("scan/old"), IOException.class,
                    w -> Stack3D.replaceStack(VOLUME, w.resolve("scan")), "old"),
            api("4 replaceStack where a file is", none(), FileAlreadyExistsException.class,
                    w -> Stack3D.replaceStack(VOLUME, w.resolve("mesh.ply")), "mesh.ply"),
            api("4 writeStack of null", none(), IllegalArgumentException.class,
                    w -> Stack3D.writeStack(null, w.resolve("new")), "stack"),
            api("4 writeStack into a null folder", none(), IllegalArgumentException.class,
                    w -> Stack3D.writeStack(VOLUME, (String) null), "folder"),
            api("4 writeTiff into a missing folder", none(), NoSuchFileException.class,
                    w -> Stack3D.writeTiff(VOLUME, w.resolve("gone/v.tif")), "gone"),
            api("4 writeTiff over a folder", none(), IOException.class,
                    w -> Stack3D.writeTiff(VOLUME, w.resolve("scan")), "scan", "folder"),
            // 5. reading stacks
            api("5 loadStack with a dangling symlink among the slices", link("scan/slice_005.tif", "gone.tif"),
                    IOException.class, w -> Stack3D.loadStack(w.resolve("scan")), "slice_005.tif"),
            api("5 openStack of looping links only",
                    folder("loops").and(link("loops/a.tif", "b.tif")).and(link("loops/b.tif", "a.tif")),
                    IOException.class, w -> Stack3D.openStack(w.resolve("loops")), "a.tif"),
            api("5 loadStack with a truncated slice", truncated("scan/slice_002.tif", "scan/slice_005.tif", 100),
                    IOException.class, w -> Stack3D.loadStack(w.resolve("scan").toString()), "slice_005.tif"),
            api("5 loadStack of no files", none(), IllegalArgumentException.class,
                    w -> Stack3D.loadStack(List.of()), "files"),
            api("5 loadStack of a null path", none(), IllegalArgumentException.class,
                    w -> Stack3D.loadStack((String) null), "path"),
            api("5 loadStack of a mesh file", none(), IOException.class,
                    w -> Stack3D.loadStack(w.resolve("mesh.ply")), "mesh.ply"),
            // 6. huge declared slices
            api("6 loadStack of a slice over 2 GiB", file("huge.tif", declaredTiff(36000, 32000, 16)),
                    IOException.class, w -> Stack3D.loadStack(w.resolve("huge.tif")), "huge.tif"),
            api("6 openStack of a slice over 2 GiB, its values read", file("huge.tif", declaredTiff(36000, 32000, 16)),
                    IOException.class, w -> Stack3D.openStack(w.resolve("huge.tif")).range(), "huge.tif"),
            // 8. nulls and folders name the parameter or the file
            api("8 describe(null)", none(), IllegalArgumentException.class, w -> Stack3D.describe(null), "volume"),
            api("8 savePly(mesh, (String) null)", none(), IllegalArgumentException.class,
                    w -> Stack3D.savePly(MESH, (String) null), "file"),
            api("8 savePly(null mesh)", none(), IllegalArgumentException.class,
                    w -> Stack3D.savePly((Mesh) null, w.resolve("m.ply")), "mesh"),
            api("8 savePly over a folder", none(), IOException.class,
                    w -> Stack3D.savePly(MESH, w.resolve("scan")), "scan", "folder"),
            api("8 saveStl into a missing folder", none(), NoSuchFileException.class,
                    w -> Stack3D.saveStl(MESH, w.resolve("gone/m.stl").toString()), "gone"),
            api("8 saveObj to a block device", blockDevice("disk.obj"), IOException.class,
                    w -> Stack3D.saveObj(MESH, w.resolve("disk.obj")), "disk.obj", "block device"),
            api("8 readPly of a folder names it and says a file was expected", folder("meshes"), IOException.class,
                    w -> Stack3D.readPly(w.resolve("meshes")), "meshes", "folder"),
            api("8 readStl of a folder", folder("meshes"), IOException.class,
                    w -> Stack3D.readStl(w.resolve("meshes")), "meshes", "folder"),
            api("8 readObj of a folder", folder("meshes"), IOException.class,
                    w -> Stack3D.readObj(w.resolve("meshes").toString()), "meshes", "folder"),
            api("8 readPly of a missing file", none(), NoSuchFileException.class,
                    w -> Stack3D.readPly(w.resolve("none.ply")), "none.ply"),
            // 15. advice in the right direction
            api("15 marchingCubes above the data range says lower the level", none(), IllegalArgumentException.class,
                    w -> Stack3D.marchingCubes(VOLUME, 1000), "level", "lower"),
            api("15 marchingCubesBelow under the data range says raise the level", none(),
                    IllegalArgumentException.class, w -> Stack3D.marchingCubesBelow(VOLUME, -1), "raise"),
            api("15 marchingCubes at NaN", none(), IllegalArgumentException.class,
                    w -> Stack3D.marchingCubes(VOLUME, Double.NaN), "level"),
            // 16. broken mesh files name the file
            api("16 readPly of garbage", text("junk.ply", "not a ply\n"), IOException.class,
                    w -> Stack3D.readPly(w.resolve("junk.ply")), "junk.ply"),
            api("16 readPly of a truncated binary PLY", truncated("mesh.ply", "cut.ply", 400), IOException.class,
                    w -> Stack3D.readPly(w.resolve("cut.ply")), "cut.ply"),
            api("16 readPly of a header without end_header",
                    text("open.ply", "ply\nformat ascii 1.0\nelement vertex 1\nproperty float x\n"),
                    IOException.class, w -> Stack3D.readPly(w.resolve("open.ply")), "open.ply"),
            api("16 readStl of a binary STL claiming more triangles than it holds", file("few.stl", stlClaiming(5)),
                    IOException.class, w -> Stack3D.readStl(w.resolve("few.stl")), "few.stl"),
            api("16 readObj of a face naming a missing vertex", text("bad.obj", "v 0 0 0\nv 1 0 0\nf 1 2 7\n"),
                    IOException.class, w -> Stack3D.readObj(w.resolve("bad.obj")), "bad.obj"),
            // parameters elsewhere name themselves
            api("threshold of null", none(), IllegalArgumentException.class, w -> Stack3D.threshold(null, 1),
                    "stack"),
            api("inRange with lo NaN", none(), IllegalArgumentException.class,
                    w -> Stack3D.inRange(VOLUME, Double.NaN, 5), "lo"),
            api("crop beyond the stack", none(), IllegalArgumentException.class,
                    w -> Stack3D.crop(VOLUME, 10, 0, 0, 10, 5, 2), "16"),
            api("downsample by 0", none(), IllegalArgumentException.class, w -> Stack3D.downsample(VOLUME, 0),
                    "factor"),
            api("resize to width 0", none(), IllegalArgumentException.class, w -> Stack3D.resize(VOLUME, 0, 5),
                    "width"),
            api("percentile 101", none(), IllegalArgumentException.class, w -> Stack3D.percentile(VOLUME, 101),
                    "101"),
            api("labels with connectivity 5", none(), IllegalArgumentException.class,
                    w -> Stack3D.labels(Stack3D.threshold(VOLUME, 100), 5), "connectivity"),
            api("smooth -1 iterations", none(), IllegalArgumentException.class, w -> Stack3D.smooth(MESH, -1),
                    "iterations"),
            api("spacing 0 in x", none(), IllegalArgumentException.class, w -> Stack3D.spacing(0, 1, 1, "mm"), "0"),
            api("threads(0)", none(), IllegalArgumentException.class, w -> {
                Stack3D.threads(0);
                return null;
            }, "threads"),
            api("saveGif at 0 frames per second", none(), IllegalArgumentException.class,
                    w -> Stack3D.saveGif(List.of(Stack3D.preview(VOLUME, 0)), w.resolve("a.gif"), 0), "fps"),
            api("saveGif of no frames", none(), IllegalArgumentException.class,
                    w -> Stack3D.saveGif(List.of(), w.resolve("a.gif"), 10), "frames"),
            api("savePng of null", none(), IllegalArgumentException.class,
                    w -> Stack3D.savePng(null, w.resolve("a.png")), "image"));
    }

    // ---- cases that the readers branch fixes (issue 10 item 16) ---------------------------------------------

    static Stream<Case> readersBranch() {
        return Stream.of(
            reads("16 readObj joins lines continued with a backslash",
                    text("cont.obj", "v 0 0 \\\n0\nv 1 0 0\nv 0 1 0\nf 1 2 \\\n 3\n"), "cont.obj", 3, 1),
            reads("16 readObj reads the corner form 1// (no texture, no normal)",
                    text("slashes.obj", "v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1// 2// 3//\n"), "slashes.obj", 3, 1),
            reads("16 readObj reads the corner form 2/2/ (texture, empty normal)",
                    text("tex.obj", "v 0 0 0\nv 1 0 0\nv 0 1 0\nvt 0 0\nvt 1 0\nf 1/1/ 2/2/ 3/1/\n"), "tex.obj",
                    3, 1),
            reads("16 readObj reads faces naming normals the file lacks, as Open3D and VTK do",
                    text("nonormals.obj", "v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1//1 2//1 3//1\n"), "nonormals.obj", 3, 1),
            // the binary STL is its 84-byte header claiming 0 facets: trailing bytes would make it a damaged file
            new Case("16 empty PLY, OBJ and STL files load alike (all empty meshes, or all errors naming the file)",
                    text("empty.ply", "ply\nformat ascii 1.0\nelement vertex 0\nproperty float x\nproperty float y\n"
                            + "property float z\nelement face 0\nproperty list uchar int vertex_indices\nend_header\n")
                            .and(text("empty.obj", "# nothing\n")).and(file("empty.stl", java.util.Arrays.copyOf(stlClaiming(0), 84)))
                            .and(text("empty-ascii.stl", "solid empty\nendsolid empty\n")),
                    w -> assertEquals(List.of(outcome(unused -> Stack3D.readPly(w.resolve("empty.ply")))),
                            Stream.of(outcome(unused -> Stack3D.readObj(w.resolve("empty.obj"))),
                                    outcome(unused -> Stack3D.readStl(w.resolve("empty.stl"))),
                                    outcome(unused -> Stack3D.readStl(w.resolve("empty-ascii.stl"))))
                                    .distinct().toList())));
    }

    /** A case that must load: {@code file} read by the reader its extension names, with these counts. */
    static Case reads(String name, Fixture fixture, String file, int vertices, int triangles) {
        return new Case(name, fixture, w -> {
            Path p = w.resolve(file);
            Mesh m = file.endsWith(".obj") ? Stack3D.readObj(p) : file.endsWith(".stl") ? Stack3D.readStl(p)
                    : Stack3D.readPly(p);
            assertEquals(vertices, m.vertexCount(), file + " vertices");
            assertEquals(triangles, m.triangleCount(), file + " triangles");
        });
    }

    /** What reading gives, for comparing readers: {@code "empty mesh"}, or the exception's type. */
    private static String outcome(Call read) {
        try {
            Mesh m = (Mesh) read.call(null);
            return m.triangleCount() == 0 ? "empty mesh" : m.toString();
        } catch (Exception e) {
            return e.getClass().getSimpleName();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void commandLine(Case c) throws Exception {
        check(c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void facade(Case c) throws Exception {
        check(c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void readersBranch(Case c) throws Exception {
        check(c);
    }

    @Test
    void item14ThePlyHeadersTheCommandLineWritesAreAsciiWithTheUnitEscaped() throws Exception {
        Path work = Files.createTempDirectory(root, "ascii-");
        Fixtures.baseline(work);
        for (String[] args : new String[][] {{"mesh", work + "/scan", work + "/m.ply", "--level", "100"},
            {"shell", work + "/scan", work + "/s.ply", "--ascii"}, {"shell", work + "/scan", work + "/b.ply"}}) {
            MainTest.Run r = MainTest.run(args);
            assertEquals(0, r.status(), r.err());
            byte[] bytes = Files.readAllBytes(Path.of(args[2]));
            String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
            int end = text.indexOf("end_header\n");
            assertTrue(end > 0, args[2]);
            for (int i = 0; i < end; i++) {
                assertTrue(bytes[i] >= 0x09 && bytes[i] < 0x7F, args[2] + ": byte " + i + " of the header is 0x"
                        + Integer.toHexString(bytes[i] & 0xFF) + ", not ASCII: " + text.substring(0, end));
            }
            assertTrue(text.substring(0, end).contains("\\u00b5m"), "the unit µm, escaped: " + text.substring(0, end));
            assertEquals("µm", Stack3D.readPly(Path.of(args[2])).unit(), "read back as µm");
        }
    }

    /** Runs a case in a fresh working folder and asserts that the folder (and the JVM's own) is as before. */
    private static void check(Case c) throws Exception {
        Path work = Files.createTempDirectory(root, "case-");
        Fixtures.baseline(work);
        c.fixture().make(work);
        FolderSnapshot before = FolderSnapshot.of(work);
        List<String> cwdBefore = listing(CWD);
        c.check().verify(work);
        FolderSnapshot after = FolderSnapshot.of(work);
        assertEquals(before, after, "the working folder changed: " + before.diff(after));
        assertEquals(cwdBefore, listing(CWD), "the JVM's working folder changed");
    }

    /** A command line case: {@code args} split at spaces, its status, and what stderr must name. */
    static Case cli(String name, Fixture fixture, int status, String args, String... named) {
        return new Case(name, fixture, w -> {
            MainTest.Run r = MainTest.run(args.replace("{w}", w.toString()).split(" "));
            assertStatus(status, r.status(), r.out(), r.err(), w, named);
        });
    }

    /** A command line case in a child JVM whose working folder is the case's, for heap options and the like. */
    static Case childJvm(String name, Fixture fixture, int status, List<String> jvm, String args, String... named) {
        return new Case(name, fixture, w -> {
            ChildJvm child = ChildJvm.start(w, root.resolve("logs"), jvm, Main.class, args.split(" "));
            int got = child.waitFor(60);
            assertStatus(status, got, child.out(), child.err(), w, named);
            assertFalse(child.err().contains("OutOfMemoryError"), child.err());
        });
    }

    private static void assertStatus(int status, int got, String out, String err, Path w, String... named) {
        assertEquals(status, got, "exit status; stderr: " + err + "\nstdout: " + out);
        assertTrue(err.startsWith("stack3d: "), "one line first, naming the problem: " + err);
        for (String n : named) {
            String expected = n.replace("{w}", w.toString());
            assertTrue(err.lines().findFirst().orElse("").contains(expected), "the message names '" + expected
                    + "': " + err);
        }
        if (status == 1) {
            assertEquals(1, err.lines().count(), "one line, no stack trace: " + err);
        } else {
            assertTrue(err.contains("Usage:"), "a usage error shows the usage: " + err);
            assertEquals("", out, "a usage error is found before any work: " + out);
        }
    }

    /** A facade case: the call throws {@code type} (or a subtype) whose message names each of {@code named}. */
    static Case api(String name, Fixture fixture, Class<? extends Throwable> type, Call call, String... named) {
        return new Case(name, fixture, w -> {
            Throwable t = assertThrows(Throwable.class, () -> call.call(w));
            assertInstanceOf(type, t, () -> "exception type; got " + t);
            for (String n : named) {
                String expected = n.replace("{w}", w.toString());
                assertTrue(String.valueOf(t.getMessage()).contains(expected), "the message names '" + expected
                        + "': " + t);
            }
        });
    }

    private static Fixture requireNotRoot() {
        return w -> org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "root reads a file of mode 000");
    }

    /** A binary STL whose header claims {@code count} triangles but holds one. */
    private static byte[] stlClaiming(int count) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(84 + 50).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.position(80);
        b.putInt(count);
        return b.array();
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
