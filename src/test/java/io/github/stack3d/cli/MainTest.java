package io.github.stack3d.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Mask;
import io.github.stack3d.Mesh;
import io.github.stack3d.Stack3D;
import io.github.stack3d.Volume;
import io.github.stack3d.extract.MarchingCubes;
import io.github.stack3d.Border;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    static Path dir;
    static Path slices;
    static Volume stack;

    @BeforeAll
    static void writeSample() throws IOException {
        stack = Stack3D.crop(Stack3D.sampleStack(), 20, 30, 10, 200, 180, 110);
        slices = Files.createDirectory(dir.resolve("slices"));
        Stack3D.writeStack(stack, slices.toString());
    }

    /** Exit status, standard output and standard error of one command. */
    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void infoDescribesTheStackInOrder() {
        Run r = run("info", slices.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("Volume[200×180×110, 8-bit, 0.5×0.5×1.0 µm at (10.0, 15.0, 10.0), on disk: 110 "
                + "files in"), r.out());
        assertTrue(r.out().contains("values [" + (int) stack.range().min() + ", " + (int) stack.range().max() + "]"),
                r.out());
        assertTrue(r.out().contains("slice_001.tif, slice_002.tif, slice_003.tif, … slice_108.tif"), r.out());
    }

    @Test
    void shellWritesTheSeedsPointSet() throws IOException {
        Path ply = dir.resolve("shell.ply");
        Run r = run("shell", slices.toString(), ply.toString(), "--lo", "0", "--hi", "100");
        assertEquals(0, r.status(), r.err());
        Mask mask = Stack3D.inRange(stack, 0, 100);
        float[] expected = Stack3D.shellPoints(mask).xyz();
        assertArrayEquals(expected, Stack3D.readPly(ply.toString()).vertices());
        assertTrue(r.out().contains("shell points") && r.out().contains("total"), r.out());
        assertTrue(r.out().contains("opened"), "the shell command streams: " + r.out());
    }

    @Test
    void meshStreamsTheSlicesAndWritesEachFormat() throws IOException {
        Mesh expected = MarchingCubes.extract(stack, 100.5, Border.CLOSED);
        for (String name : new String[] {"m.ply", "m.stl", "m.obj"}) {
            Path file = dir.resolve(name);
            Run r = run("mesh", slices.toString(), file.toString(), "--level", "100.5", "--report");
            assertEquals(0, r.status(), r.err());
            assertTrue(r.out().contains("opened") && r.out().contains("watertight"), r.out());
            Mesh back = name.endsWith(".ply") ? Stack3D.readPly(file.toString())
                    : name.endsWith(".stl") ? Stack3D.readStl(file.toString()) : Stack3D.readObj(file.toString());
            assertEquals(expected.triangleCount(), back.triangleCount(), name);
        }
        assertArrayEquals(expected.vertices(), Stack3D.readPly(dir.resolve("m.ply").toString()).vertices());
    }

    @Test
    void meshPlyIsByteForByteTheLibrarysFileAtAnyThreadCount() throws IOException {
        Path expected = Stack3D.savePly(MarchingCubes.extract(stack, 100.5, Border.CLOSED, 1),
                dir.resolve("expected.ply"));
        Path expectedBelow = Stack3D.savePly(MarchingCubes.extractBelow(stack, 100.5, Border.CLOSED),
                dir.resolve("expected-below.ply"));
        int before = io.github.stack3d.Parallel.threads();
        try {
            for (int threads : new int[] {1, 2, 5}) {
                io.github.stack3d.Parallel.threads(threads);
                Path file = dir.resolve("streamed-" + threads + ".ply");
                Run r = run("mesh", slices.toString(), file.toString(), "--level", "100.5");
                assertEquals(0, r.status(), r.err());
                assertTrue(r.out().contains("marching cubes at 100.5") && r.out().contains("wrote"), r.out());
                assertArrayEquals(Files.readAllBytes(expected), Files.readAllBytes(file), threads + " threads");
                Run below = run("mesh", slices.toString(), file.toString(), "--level", "100.5", "--below");
                assertEquals(0, below.status(), below.err());
                assertArrayEquals(Files.readAllBytes(expectedBelow), Files.readAllBytes(file), threads + " below");
            }
        } finally {
            io.github.stack3d.Parallel.threads(before);
        }
    }

    @Test
    void meshWritesBinaryGltf() throws IOException {
        Mesh expected = MarchingCubes.extract(stack, 100.5, Border.CLOSED);
        for (String name : new String[] {"m.glb", "M2.GLB"}) {
            Path file = dir.resolve(name);
            Run r = run("mesh", slices.toString(), file.toString(), "--level", "100.5");
            assertEquals(0, r.status(), r.err());
            assertTrue(r.out().contains("wrote") && r.out().contains(name), r.out());
            de.javagl.jgltf.model.AccessorModel positions = new de.javagl.jgltf.model.io.GltfModelReader()
                    .read(file).getMeshModels().get(0).getMeshPrimitiveModels().get(0).getAttributes().get("POSITION");
            assertEquals(expected.vertexCount(), positions.getCount(), name);
            de.javagl.jgltf.model.AccessorFloatData data =
                    (de.javagl.jgltf.model.AccessorFloatData) positions.getAccessorData();
            for (int i = 0; i < expected.vertexCount(); i += 997) {
                for (int k = 0; k < 3; k++) {
                    assertEquals(expected.vertices()[3 * i + k], data.get(i, k), name + " vertex " + i);
                }
            }
        }
        Run help = run("mesh", "--help");
        assertTrue(help.out().contains("OUT.ply|OUT.stl|OUT.obj|OUT.glb") && help.out().contains(".glb: binary glTF"),
                help.out());
        Run wrong = run("mesh", slices.toString(), dir.resolve("m.gltf").toString(), "--level", "100");
        assertEquals(2, wrong.status());
        assertTrue(wrong.err().contains("is .gltf; this command writes .ply, .stl, .obj, .glb"), wrong.err());
    }

    @Test
    void meshWithoutALevelUsesOtsu() {
        Run r = run("mesh", slices.toString(), dir.resolve("otsu.ply").toString(), "--spacing", "1,1,2,mm");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("Otsu threshold") && r.out().contains("marching cubes at "
                + Stack3D.otsu(stack)), r.out());
        assertTrue(r.out().contains("1.0×1.0×2.0 mm"), r.out());
    }

    @Test
    void badInputGivesAOneLineMessageAndStatus() {
        Run missing = run("shell", dir.resolve("nothing").toString(), dir.resolve("x.ply").toString());
        assertEquals(1, missing.status());
        assertTrue(missing.err().contains("nothing") && missing.err().lines().count() == 1, missing.err());
        Run usage = run("shell", slices.toString());
        assertEquals(2, usage.status());
        assertTrue(usage.err().contains("Missing required parameter") && usage.err().contains("Usage:"),
                usage.err());
        Run number = run("shell", slices.toString(), dir.resolve("x.ply").toString(), "--lo", "ten");
        assertEquals(2, number.status());
        assertTrue(number.err().contains("'ten'") && number.err().contains("--lo"), number.err());
        Run unknown = run("render2", "x");
        assertEquals(2, unknown.status(), unknown.err());
        Run misspelt = run("mesh", slices.toString(), dir.resolve("y.ply").toString(), "--levle", "100");
        assertEquals(2, misspelt.status());
        assertTrue(misspelt.err().contains("Unknown options: '--levle'"), misspelt.err());
        Run nan = run("mesh", slices.toString(), dir.resolve("y.ply").toString(), "--level", "NaN");
        assertEquals(2, nan.status());
        assertTrue(nan.err().contains("--level is NaN; expected a finite number"), nan.err());
        Run verbose = run("info", dir.resolve("nothing").toString(), "--verbose");
        assertEquals(1, verbose.status());
        assertTrue(verbose.err().contains("\tat io.github.stack3d"), "a stack trace with --verbose: " + verbose.err());
        assertTrue(Files.notExists(dir.resolve("y.ply")) && Files.notExists(dir.resolve("x.ply")));
    }

    @Test
    void anOutputThatIsAnInputOrOfAnotherFormatIsRefusedBeforeAnyWork() throws IOException {
        Path slice = slices.resolve("slice_005.tif");
        byte[] before = Files.readAllBytes(slice);
        Run over = run("mesh", slices.toString(), slice.toString(), "--level", "100");
        assertEquals(2, over.status());
        assertTrue(over.err().contains("this command writes .ply, .stl, .obj"), over.err());
        Path copy = Files.copy(slice, dir.resolve("copy.ply"));
        Run overInput = run("shell", copy.toString(), copy.toString());
        assertEquals(2, overInput.status());
        assertTrue(overInput.err().contains("is one of the files this command reads"), overInput.err());
        Run stl = run("shell", slices.toString(), dir.resolve("shell.stl").toString());
        assertEquals(2, stl.status());
        assertTrue(stl.err().contains("output " + dir.resolve("shell.stl") + " is .stl; this command writes .ply"),
                stl.err());
        Run none = run("mesh", slices.toString(), dir.resolve("mesh").toString(), "--level", "100");
        assertEquals(2, none.status());
        assertTrue(none.err().contains("has no extension"), none.err());
        Run folder = run("mesh", slices.toString(), dir.resolve("no-folder/m.ply").toString(), "--level", "100");
        assertEquals(2, folder.status());
        assertTrue(folder.err().contains("does not exist"), folder.err());
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(slice));
        assertTrue(Files.notExists(dir.resolve("shell.stl")) && Files.notExists(dir.resolve("mesh")));
    }

    @Test
    void helpAndVersion() {
        Run help = run("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("Commands:") && help.out().contains("mesh"), help.out());
        Run meshHelp = run("mesh", "--help");
        assertEquals(0, meshHelp.status());
        assertTrue(meshHelp.out().contains("--below"), meshHelp.out());
        Run version = run("--version");
        assertEquals(0, version.status());
        assertTrue(version.out().startsWith("stack3d 0.1.0"), version.out());
    }

    @Test
    void belowMeshesTheDarkObject() throws IOException {
        Path file = dir.resolve("below.ply");
        Run r = run("mesh", slices.toString(), file.toString(), "--level", "100.5", "--below");
        assertEquals(0, r.status(), r.err());
        Mesh expected = Stack3D.marchingCubesBelow(stack, 100.5);
        assertArrayEquals(expected.vertices(), Stack3D.readPly(file).vertices());
    }

    @Test
    void renderWritesAPictureOrATurntable() throws IOException {
        Path png = dir.resolve("volume.png");
        Run r = run("render", slices.toString(), png.toString(), "--mode", "mip", "--size", "120x90");
        assertEquals(0, r.status(), r.err());
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertEquals(120, image.getWidth());
        assertEquals(90, image.getHeight());
        Path gif = dir.resolve("spin.gif");
        Run t = run("render", slices.toString(), gif.toString(), "--size", "40x40", "--frames", "3");
        assertEquals(0, t.status(), t.err());
        try (var in = javax.imageio.ImageIO.createImageInputStream(gif.toFile())) {
            javax.imageio.ImageReader reader = javax.imageio.ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(3, reader.getNumImages(true));
        }
        Run bad = run("render", slices.toString(), dir.resolve("bad.png").toString(), "--elevation", "100");
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("elevation is 100.0; expected -90..90 degrees"), bad.err());
        assertTrue(Files.notExists(dir.resolve("bad.png")));
    }

    @Test
    void demoWritesEverythingItPromises() {
        Path out = dir.resolve("demo");
        Run r = run("demo", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        for (String f : new String[] {"shell.ply", "mesh.ply", "mesh.stl", "montage.png", "overlay.png", "mesh.png",
            "slices/slice_001.tif", "slices/slice_128.tif"}) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertTrue(r.out().contains("watertight: closed, manifold, consistently oriented"), r.out());
    }
}
