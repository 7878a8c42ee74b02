package io.github.stack3d.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.stack3d.Border;
import io.github.stack3d.Grid;
import io.github.stack3d.Stack3D;
import io.github.stack3d.Volume;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spark-submit command line on local mode: the same files as the core's calls with the same options. */
class SparkMainTest {

    private static JavaSparkContext sc;

    @BeforeAll
    static void start() {
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("stack3d-spark-main-test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"));
    }

    @AfterAll
    static void stop() {
        sc.stop();
    }

    @Test
    void commandsWriteWhatTheCoreWrites(@TempDir Path dir) throws IOException {
        Volume v = SparkMeshesTest.blobs(23, 33, 29, 26);
        Path slices = dir.resolve("slices");
        Stack3D.writeStack(v, slices);
        Volume spaced = Stack3D.openStack(slices.toString()).withGrid(Grid.of(0.25, 0.25, 2, "µm").withOrigin(2, 3, 4));
        String in = slices.toString();
        assertEquals(0, SparkMain.run(sc, new String[] {"mesh", in, dir.resolve("a.ply").toString(), "--level", "120.5",
                "--slab", "7", "--spacing", "0.25,0.25,2"}));
        assertArrayEquals(bytes(Stack3D.savePly(Stack3D.marchingCubes(spaced, 120.5, Border.CLOSED),
                dir.resolve("a-core.ply"))), bytes(dir.resolve("a.ply")));
        assertEquals(0, SparkMain.run(sc, new String[] {"mesh", in, dir.resolve("b.stl").toString(), "--level", "120.5",
                "--slab", "3", "--below"}));
        assertArrayEquals(bytes(Stack3D.saveStl(Stack3D.marchingCubesBelow(Stack3D.openStack(in), 120.5),
                dir.resolve("b-core.stl"))), bytes(dir.resolve("b.stl")));
        assertEquals(0, SparkMain.run(sc, new String[] {"shell", in, dir.resolve("c.ply").toString(), "--lo", "100",
                "--hi", "200", "--slab", "4", "--ascii"}));
        assertArrayEquals(bytes(Stack3D.savePlyAscii(Stack3D.shellPoints(Stack3D.inRange(Stack3D.openStack(in), 100,
                200)), dir.resolve("c-core.ply"))), bytes(dir.resolve("c.ply")));
        assertEquals(0, SparkMain.run(sc, new String[] {"parts", in, dir.resolve("parts").toString(), "--level",
                "120.5", "--slab", "5", "--open"}));
        assertEquals(0, SparkMain.run(null, new String[] {"merge", dir.resolve("parts").toString(),
                dir.resolve("d.ply").toString()}));
        assertArrayEquals(bytes(Stack3D.savePly(Stack3D.marchingCubes(Stack3D.openStack(in), 120.5, Border.OPEN),
                dir.resolve("d-core.ply"))), bytes(dir.resolve("d.ply")));
    }

    @Test
    void withoutALevelTheMeshIsAtTheOtsuThresholdAsInTheCore(@TempDir Path dir) throws IOException {
        Path slices = dir.resolve("slices");
        Stack3D.writeStack(SparkMeshesTest.blobs(31, 27, 25, 23), slices);
        String in = slices.toString();
        Volume stack = Stack3D.openStack(in);
        assertEquals(Stack3D.otsu(stack), SparkMeshes.otsu(sc, SparkStack.open(in), 4));
        assertEquals(0, SparkMain.run(sc, new String[] {"mesh", in, dir.resolve("a.ply").toString(), "--slab", "6"}));
        assertArrayEquals(bytes(Stack3D.savePly(Stack3D.marchingCubes(stack, Stack3D.otsu(stack), Border.CLOSED),
                dir.resolve("core.ply"))), bytes(dir.resolve("a.ply")));
    }

    @Test
    void badCommandLinesAndDamagedPartsFailWithoutOutput(@TempDir Path dir) throws IOException {
        Path slices = dir.resolve("slices");
        Stack3D.writeStack(SparkMeshesTest.blobs(29, 20, 20, 20), slices);
        String in = slices.toString();
        Path floats = dir.resolve("floats.tif");
        Stack3D.writeTiff(Volume.ofFloats(4, 4, new float[][] {new float[16], new float[16]}, Grid.PIXELS), floats);
        assertEquals(1, SparkMain.run(sc, new String[] {"mesh", floats.toString(), dir.resolve("a.ply").toString()}),
                "Otsu of float data");
        assertEquals(2, SparkMain.run(sc, new String[] {"mesh", in, dir.resolve("a.ply").toString(), "--level", "120",
                "--slab", "0"}));
        // the core command line's --spacing rules: coordinates must fit a float, values must be numbers > 0
        assertEquals(2, SparkMain.run(sc, new String[] {"mesh", in, dir.resolve("a.ply").toString(), "--level", "120",
                "--spacing", "1e308,1,1"}), "spacing beyond float coordinates");
        assertEquals(2, SparkMain.run(sc, new String[] {"shell", in, dir.resolve("a.ply").toString(),
                "--spacing", "0,1,1"}), "zero spacing");
        assertEquals(2, SparkMain.run(sc, new String[] {"shell", in, dir.resolve("a.ply").toString(),
                "--spacing", "1,x,1"}), "spacing not a number");
        assertEquals(2, SparkMain.run(sc, new String[] {"shell", in, dir.resolve("a.ply").toString(), "--lo", "NaN"}),
                "the core command line's --lo rule");
        assertEquals(2, SparkMain.run(sc, new String[] {"parts", in, dir.resolve("p").toString(), "--level", "NaN"}),
                "the core command line's --level rule");
        assertFalse(Files.exists(dir.resolve("p")));
        // outputs are checked as the core command line checks them, before any Spark job
        assertEquals(2, SparkMain.run(sc, new String[] {"mesh", in, dir.resolve("a.xyz").toString(), "--level", "120"}),
                "a format mesh does not write");
        assertFalse(Files.exists(dir.resolve("a.xyz")));
        assertEquals(2, SparkMain.run(sc, new String[] {"shell", in, dir.resolve("missing/s.ply").toString()}),
                "an output in a missing folder");
        assertEquals(2, SparkMain.run(null, new String[] {"merge", slices.toString(), dir.resolve("m.stl").toString()}),
                "merge writes PLY only");
        assertEquals(1, SparkMain.run(sc, new String[] {"mesh", dir.resolve("none").toString(),
                dir.resolve("a.ply").toString(), "--level", "120"}));
        assertFalse(Files.exists(dir.resolve("a.ply")));
        assertEquals(1, SparkMain.run(null, new String[] {"merge", slices.toString(), dir.resolve("m.ply").toString()}),
                "not a parts folder");
        Path parts = SparkMeshes.marchingCubesToParts(sc, SparkStack.open(in), 120.5, Border.CLOSED, 6,
                dir.resolve("parts").toString());
        try (FileChannel c = FileChannel.open(parts.resolve("part-00001.bin"), StandardOpenOption.WRITE)) {
            c.truncate(c.size() - 4);
        }
        assertEquals(1, SparkMain.run(null, new String[] {"merge", parts.toString(), dir.resolve("m.ply").toString()}),
                "a truncated part");
        assertFalse(Files.exists(dir.resolve("m.ply")));
    }

    private static byte[] bytes(Path p) throws IOException {
        return Files.readAllBytes(p);
    }
}
