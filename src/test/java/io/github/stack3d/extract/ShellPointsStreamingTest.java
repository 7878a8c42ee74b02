package io.github.stack3d.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Grid;
import io.github.stack3d.Mask;
import io.github.stack3d.Parallel;
import io.github.stack3d.PointCloud;
import io.github.stack3d.Stack3D;
import io.github.stack3d.Volume;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's job on a stack that does not fit in the heap: {@code shellPoints(inRange(openStack(dir), lo, hi))}
 * streams in a child JVM whose heap cannot hold the stack ({@code loadStack} fails there with stack3d's memory
 * error), and writes exactly the points the in-memory job gives, in the same order. The mask of a stack on disk
 * is computed slice by slice, each time a slice is asked for, and shell points read each slice once per run.
 */
class ShellPointsStreamingTest {

    /** 192 slices of 384², 8-bit: 28.3 MB (27.0 MiB), more than the child's whole heap. */
    private static final int W = 384;
    private static final int H = 384;
    private static final int D = 192;
    /**
     * The child's heap: well under the stack itself (loadStack asks for the stack plus a quarter, 35.4 MB); the
     * streamed job ran in 8 MB when this test was written. Two processors, so that the window (slices held per
     * worker thread) is the same on any machine.
     */
    private static final List<String> CHILD_JVM = List.of("-Xmx16m", "-XX:+UseSerialGC", "-XX:ActiveProcessorCount=2");
    private static final double LO = 100;
    private static final double HI = 255;

    @TempDir
    static Path tmp;
    private static Path slices;

    @BeforeAll
    static void writeStack() throws IOException {
        slices = Files.createDirectory(tmp.resolve("slices"));
        Stack3D.writeStack(blobs(W, H, D, Grid.of(0.5, 0.5, 2.0, "µm")), slices);
    }

    /**
     * Eight smooth blobs as in {@code ../shared/tools/make_volumes.py}: {@code 200 · Σ wₖ · exp(−½ Σ ((c − cₖ) /
     * σₖ)²)} in normalised coordinates, rounded and clipped to 0..255 (Java's Random, not numpy's, draws the
     * blobs); at 100..255 they make a shell of 93,063 points across z 26..143, so across the boundaries of the
     * runs {@link VoxelPoints#collect} cuts the slices into.
     */
    static Volume blobs(int w, int h, int d, Grid grid) {
        Random rnd = new Random(20261130);
        int k = 8;
        float[][][] g = new float[3][k][];
        float[] weight = new float[k];
        int[] size = {w, h, d};
        for (int b = 0; b < k; b++) {
            weight[b] = 200f * (0.7f + 0.5f * rnd.nextFloat());
            for (int axis = 0; axis < 3; axis++) {
                double centre = 0.25 + 0.5 * rnd.nextDouble();
                double sigma = 0.06 + 0.08 * rnd.nextDouble();
                g[axis][b] = new float[size[axis]];
                for (int i = 0; i < size[axis]; i++) {
                    double u = ((i + 0.5) / size[axis] - centre) / sigma;
                    g[axis][b][i] = (float) Math.exp(-0.5 * u * u);
                }
            }
        }
        byte[][] s = new byte[d][w * h];
        Parallel.forEach(d, z -> {
            float[] plane = new float[w * h];
            for (int b = 0; b < k; b++) {
                float a = weight[b] * g[2][b][z];
                for (int y = 0; y < h; y++) {
                    float ay = a * g[1][b][y];
                    for (int x = 0; x < w; x++) {
                        plane[y * w + x] += ay * g[0][b][x];
                    }
                }
            }
            for (int i = 0; i < plane.length; i++) {
                s[z][i] = (byte) Math.min(255, Math.round(plane[i]));
            }
        });
        return Volume.ofBytes(w, h, s, grid);
    }

    @Test
    void streamedJobRunsWhereLoadingFailsAndWritesTheInMemoryPoints() throws Exception {
        Child load = child("load", slices.toString());
        assertEquals(1, load.exit, load.toString());
        assertTrue(load.err.contains("java.lang.IllegalStateException: loading") && load.err.contains("needs 27.0 MB")
                && load.err.contains("start Java with a larger heap"), load.toString());

        Path ply = tmp.resolve("streamed.ply");
        Child stream = child("stream", slices.toString(), "100", "255", ply.toString());
        assertEquals(0, stream.exit, stream.toString());
        assertTrue(stream.out.contains("on disk"), stream.toString());

        PointCloud inMemory = Stack3D.shellPoints(Stack3D.inRange(Stack3D.loadStack(slices), LO, HI));
        assertTrue(inMemory.size() > 50_000, inMemory.toString());
        assertArrayEquals(inMemory.xyz(), Stack3D.readPly(ply).vertices(),
                "streamed PLY vs in-memory shell points (" + inMemory + ")");
    }

    @Test
    void maskOfStackOnDiskIsComputedEachTimeSliceIsAskedFor() throws IOException {
        Volume onDisk = Stack3D.openStack(slices);
        Mask mask = Stack3D.inRange(onDisk, LO, HI);
        Mask loaded = Stack3D.inRange(Stack3D.loadStack(slices), LO, HI);
        assertFalse(onDisk.inMemory());
        assertFalse(mask.inMemory(), mask.toString());
        assertTrue(loaded.inMemory());
        int z = D / 2;
        long[] first = mask.bits(z);
        long[] second = mask.bits(z);
        assertNotSame(first, second, "slice " + z + " asked for twice: computed anew, not cached");
        assertArrayEquals(loaded.bits(z), first);
        assertArrayEquals(loaded.bits(z), second);
    }

    @Test
    void shellPointsReadEachSliceOncePerRunWithItsNeighbours() throws IOException {
        Volume loaded = Stack3D.loadStack(slices);
        Counting source = new Counting(loaded);
        Mask mask = Stack3D.inRange(source, LO, HI);
        assertFalse(mask.inMemory());
        assertEquals(0, source.total(), "inRange of a stack not in memory reads nothing");
        mask.bits(7);
        mask.bits(7);
        assertEquals(2, source.reads.get(7), "slice 7 asked for twice reads its grey slice twice");

        Counting again = new Counting(loaded);
        PointCloud points = Stack3D.shellPoints(Stack3D.inRange(again, LO, HI));
        // VoxelPoints.collect: min(depth, 4·threads) runs; a run [s, e) reads s−1 .. e, each slice once
        int runs = Math.min(D, 4 * Parallel.threads());
        assertEquals(D + 2 * (runs - 1), again.total(), runs + " runs");
        for (int z = 0; z < D; z++) {
            assertTrue(again.reads.get(z) >= 1 && again.reads.get(z) <= 2, "slice " + z + ": " + again.reads.get(z));
        }
        assertArrayEquals(Stack3D.shellPoints(Stack3D.inRange(loaded, LO, HI)).xyz(), points.xyz());
    }

    /** A stack "on disk" that counts how often each slice is read. */
    private static final class Counting extends ForwardingSource {
        final AtomicIntegerArray reads;

        Counting(Volume volume) {
            super(volume);
            this.reads = new AtomicIntegerArray(volume.depth());
        }

        int total() {
            int n = 0;
            for (int z = 0; z < reads.length(); z++) {
                n += reads.get(z);
            }
            return n;
        }

        @Override
        public Object slice(int z) {
            reads.incrementAndGet(z);
            return source.slice(z);
        }

        @Override
        public boolean inMemory() {
            return false;
        }
    }

    private record Child(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\nstdout: " + out + "\nstderr: " + err;
        }
    }

    /** Runs {@link ShellJob} with {@code args} in a JVM of {@link #CHILD_JVM}, on this test's class path. */
    private static Child child(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(CHILD_JVM);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), ShellJob.class.getName()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(tmp, args[0], ".out");
        Path err = Files.createTempFile(tmp, args[0], ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("ShellJob " + String.join(" ", args) + " still running after 60 s");
        }
        return new Child(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
