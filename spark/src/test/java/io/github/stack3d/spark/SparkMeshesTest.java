package io.github.stack3d.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Border;
import io.github.stack3d.Grid;
import io.github.stack3d.Mesh;
import io.github.stack3d.PointCloud;
import io.github.stack3d.Stack3D;
import io.github.stack3d.Volume;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkException;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Spark jobs on local mode (two threads, a task may fail once), against the core library, byte for byte. */
class SparkMeshesTest {

    private static JavaSparkContext sc;

    @BeforeAll
    static void start() {
        SparkConf conf = new SparkConf().setMaster("local[2,2]").setAppName("stack3d-spark-test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1");
        sc = new JavaSparkContext(conf);
        sc.setLogLevel("ERROR");
    }

    @AfterAll
    static void stop() {
        sc.stop();
    }

    /** Smooth random blobs, 8-bit, with an anisotropic grid and an origin. */
    static Volume blobs(long seed, int w, int h, int d) {
        Random random = new Random(seed);
        double[][] b = new double[6][5];
        for (double[] c : b) {
            c[0] = random.nextDouble() * w;
            c[1] = random.nextDouble() * h;
            c[2] = random.nextDouble() * d;
            c[3] = 2 + random.nextDouble() * Math.min(w, Math.min(h, d)) / 4;
            c[4] = 100 + random.nextDouble() * 150;
        }
        byte[][] slices = new byte[d][w * h];
        for (int z = 0; z < d; z++) {
            for (int i = 0; i < w * h; i++) {
                double f = 0;
                for (double[] c : b) {
                    double dx = i % w - c[0];
                    double dy = i / w - c[1];
                    double dz = z - c[2];
                    f += c[4] * Math.exp(-(dx * dx + dy * dy + dz * dz) / (2 * c[3] * c[3]));
                }
                slices[z][i] = (byte) Math.min(255, Math.round(f + random.nextInt(8)));
            }
        }
        return Volume.ofBytes(w, h, slices, Grid.of(0.5, 0.5, 1.5, "µm").withOrigin(2, 3, 4));
    }

    private static List<Integer> shuffled(int n, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            order.add(s);
        }
        Collections.shuffle(order, new Random(seed));
        return order;
    }

    private static byte[] ply(Mesh mesh, Path file) throws IOException {
        return Files.readAllBytes(Stack3D.savePly(mesh, file));
    }

    private static byte[] ply(PointCloud points, Path file) throws IOException {
        return Files.readAllBytes(Stack3D.savePly(points, file));
    }

    @ParameterizedTest
    @CsvSource({"1, 40, 33, 29, 120.5, CLOSED", "2, 31, 45, 64, 100.5, OPEN", "3, 70, 9, 17, 150, CLOSED"})
    void meshOfSlicesIsTheLocalMeshForAnySlabSizeAndTaskOrder(long seed, int w, int h, int d, double level,
                                                               Border border, @TempDir Path dir) throws IOException {
        Volume v = blobs(seed, w, h, d);
        Stack3D.writeStack(v, dir.resolve("slices"));
        SparkStack stack = SparkStack.open(dir.resolve("slices").toString());
        byte[] local = ply(Stack3D.marchingCubes(Stack3D.openStack(dir.resolve("slices").toString()), level, border),
                dir.resolve("local.ply"));
        for (int layers : new int[] {1, 4, 7, d + 5}) {
            SparkMeshes.MeshJob job = SparkMeshes.job(stack, level, border, layers, false);
            int slabs = job.plan().slabs();
            for (List<Integer> order : List.of(shuffled(slabs, 0), shuffled(slabs, layers))) {
                Mesh joined = io.github.stack3d.extract.MeshStitch.join(SparkMeshes.parts(sc, job, order));
                assertArrayEquals(local, ply(joined, dir.resolve("spark.ply")), layers + " layers, order " + order);
            }
        }
        assertArrayEquals(local, ply(SparkMeshes.marchingCubes(sc, stack, level, border, 5), dir.resolve("s.ply")));
    }

    @Test
    void meshBelowALevelAndOfAMultipageTiffAreTheLocalOnes(@TempDir Path dir) throws IOException {
        Volume v = blobs(5, 36, 30, 25);
        Path tif = Stack3D.writeTiff(v, dir.resolve("stack.tif"));
        SparkStack stack = SparkStack.open(tif.toString());
        Volume local = Stack3D.openStack(tif.toString());
        assertArrayEquals(ply(Stack3D.marchingCubes(local, 130.5, Border.CLOSED), dir.resolve("a.ply")),
                ply(SparkMeshes.marchingCubes(sc, stack, 130.5, Border.CLOSED, 6), dir.resolve("b.ply")));
        assertArrayEquals(ply(Stack3D.marchingCubesBelow(local, 130.5), dir.resolve("c.ply")),
                ply(SparkMeshes.marchingCubesBelow(sc, stack, 130.5, 4), dir.resolve("d.ply")));
    }

    @Test
    void shellPointsAreTheLocalOnesForAnySlabSizeAndTaskOrder(@TempDir Path dir) throws IOException {
        Volume v = blobs(7, 41, 37, 33);
        Stack3D.writeStack(v, dir.resolve("slices"));
        SparkStack stack = SparkStack.open(dir.resolve("slices").toString());
        byte[] local = ply(Stack3D.shellPoints(Stack3D.inRange(Stack3D.openStack(dir.resolve("slices").toString()),
                90, 180)), dir.resolve("local.ply"));
        for (int slices : new int[] {1, 3, 8, 33, 50}) {
            int slabs = (33 + slices - 1) / slices;
            assertArrayEquals(local, ply(SparkMeshes.shellPoints(sc, stack, 90, 180, slices, shuffled(slabs, slices)),
                    dir.resolve("spark.ply")), slices + " slices per slab");
        }
    }

    @Test
    void theSharedStacksGiveTheLocalMeshAndPoints(@TempDir Path dir) throws IOException {
        Path data = Path.of(System.getProperty("stack3d.data", "../../shared/data"));
        Assumptions.assumeTrue(Files.isDirectory(data.resolve("cochlea-slices")), "skipped: the shared data "
                + data.toAbsolutePath() + " is absent (set -Dstack3d.data=DIR)");
        for (String name : List.of("cochlea-slices", "real/mri-stack-slices", "real/mri-stack.tif",
                "morpholibj/bat-cochlea-volume.tif")) {
            String location = data.resolve(name).toString();
            double level = name.startsWith("real") ? 35.5 : 127.5;
            Volume local = Stack3D.openStack(location);
            SparkStack stack = SparkStack.open(location);
            assertArrayEquals(ply(Stack3D.marchingCubes(local, level, Border.CLOSED), dir.resolve("a.ply")),
                    ply(SparkMeshes.marchingCubes(sc, stack, level, Border.CLOSED, 9), dir.resolve("b.ply")), name);
            assertArrayEquals(ply(Stack3D.shellPoints(Stack3D.inRange(local, level, 255)), dir.resolve("c.ply")),
                    ply(SparkMeshes.shellPoints(sc, stack, level, 255, 10), dir.resolve("d.ply")), name);
            assertEquals(Stack3D.otsu(local), SparkMeshes.otsu(sc, stack, 7), name);
        }
    }

    @Test
    void aTaskThatFailsOnceIsRetriedAndTheResultIsTheSame(@TempDir Path dir) throws Exception {
        Volume v = blobs(11, 30, 30, 40);
        Stack3D.writeStack(v, dir.resolve("slices"));
        SparkStack stack = SparkStack.open(dir.resolve("slices").toString());
        byte[] local = ply(Stack3D.marchingCubes(v, 120.5, Border.CLOSED), dir.resolve("local.ply"));
        sc.setJobGroup("retry", "a slab fails once", false);
        sc.setLocalProperty(SparkMeshes.FAULT_SLAB, "2");
        try {
            assertArrayEquals(local, ply(SparkMeshes.marchingCubes(sc, stack, 120.5, Border.CLOSED, 6),
                    dir.resolve("spark.ply")));
            Path parts = SparkMeshes.marchingCubesToParts(sc, stack, 120.5, Border.CLOSED, 6,
                    dir.resolve("parts").toString());
            assertArrayEquals(local, Files.readAllBytes(MeshPartFiles.merge(parts, dir.resolve("merged.ply"))));
        } finally {
            sc.setLocalProperty(SparkMeshes.FAULT_SLAB, null);
            sc.clearJobGroup();
        }
        assertEquals(2, failedTasks("retry"), "one failed attempt in each of the two jobs");
    }

    @Test
    void partsMergeIntoTheLocalPlyForAnySlabSize(@TempDir Path dir) throws IOException {
        Volume v = blobs(13, 45, 38, 37);
        Stack3D.writeStack(v, dir.resolve("slices"));
        SparkStack stack = SparkStack.open(dir.resolve("slices").toString());
        for (Border border : Border.values()) {
            byte[] local = ply(Stack3D.marchingCubes(v, 110.5, border), dir.resolve("local.ply"));
            for (int layers : new int[] {1, 5, 100}) {
                Path parts = SparkMeshes.marchingCubesToParts(sc, stack, 110.5, border, layers,
                        dir.resolve("parts-" + border + layers).toString());
                assertTrue(Files.isRegularFile(parts.resolve(MeshPartFiles.MANIFEST)));
                assertArrayEquals(local, Files.readAllBytes(MeshPartFiles.merge(parts, dir.resolve("m.ply"))),
                        border + ", " + layers + " layers");
            }
        }
        Path again = dir.resolve("parts-CLOSED1");
        assertThrows(java.nio.file.FileAlreadyExistsException.class, () -> SparkMeshes.marchingCubesToParts(sc,
                stack, 110.5, Border.CLOSED, 1, again.toString()));
    }

    @Test
    void aFailingJobLeavesNoPartialOutput(@TempDir Path dir) throws IOException {
        Volume v = blobs(17, 30, 30, 30);
        Stack3D.writeStack(v, dir.resolve("slices"));
        SparkStack stack = SparkStack.open(dir.resolve("slices").toString());
        Path out = dir.resolve("out");
        Files.createDirectory(out);
        sc.setLocalProperty(SparkMeshes.FAULT_SLAB, "1");
        sc.setLocalProperty(SparkMeshes.FAULT_ATTEMPTS, "2"); // every attempt local[2,2] allows
        try {
            SparkException e = assertThrows(SparkException.class, () -> SparkMeshes.marchingCubesToParts(sc, stack,
                    120.5, Border.CLOSED, 5, out.resolve("parts").toString()));
            assertTrue(e.getMessage().contains("injected fault"), e.getMessage());
            assertEquals(1, SparkMain.run(sc, new String[] {"mesh",
                    dir.resolve("slices").toString(), out.resolve("mesh.ply").toString(), "--level", "120.5",
                    "--slab", "5"}), "exit status");
        } finally {
            sc.setLocalProperty(SparkMeshes.FAULT_SLAB, null);
            sc.setLocalProperty(SparkMeshes.FAULT_ATTEMPTS, null);
        }
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(List.of(), left.toList(), "nothing under the output folder");
        }
    }

    @Test
    void badArgumentsFailBeforeTheJob(@TempDir Path dir) throws IOException {
        Stack3D.writeStack(blobs(1, 10, 10, 10), dir);
        SparkStack stack = SparkStack.open(dir.toString());
        assertThrows(IllegalArgumentException.class, () -> SparkMeshes.marchingCubes(sc, stack, Double.NaN,
                Border.CLOSED, 4));
        assertThrows(IllegalArgumentException.class, () -> SparkMeshes.marchingCubes(sc, stack, 100, Border.CLOSED,
                0));
        assertThrows(IllegalArgumentException.class, () -> SparkMeshes.shellPoints(sc, stack, 300, 400, 4));
        assertThrows(IllegalArgumentException.class, () -> SparkMeshes.marchingCubes(sc, stack, 255.5,
                Border.CLOSED, 4), "no surface above every value");
        assertFalse(stack.toString().isEmpty());
    }

    /** Failed task attempts in the jobs of {@code group}, once the status tracker has seen them end. */
    private static int failedTasks(String group) throws InterruptedException {
        int failed = 0;
        for (int wait = 0; wait < 100; wait++) {
            failed = 0;
            for (int job : sc.statusTracker().getJobIdsForGroup(group)) {
                for (int stage : sc.statusTracker().getJobInfo(job).stageIds()) {
                    SparkStageInfo info = sc.statusTracker().getStageInfo(stage);
                    failed += info == null ? 0 : info.numFailedTasks();
                }
            }
            if (failed >= 2) {
                break;
            }
            Thread.sleep(100);
        }
        return failed;
    }
}
