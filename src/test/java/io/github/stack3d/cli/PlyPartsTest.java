package io.github.stack3d.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Border;
import io.github.stack3d.Grid;
import io.github.stack3d.Mesh;
import io.github.stack3d.Parallel;
import io.github.stack3d.SliceSource;
import io.github.stack3d.Stack3D;
import io.github.stack3d.Volume;
import io.github.stack3d.extract.MarchingCubes;
import io.github.stack3d.extract.MeshRuns;
import io.github.stack3d.io.mesh.PlyWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlyPartsTest {

    @TempDir
    Path dir;

    /** A stack, the level, and whether it has loop centres (vertices off the voxel edges; null: not checked). */
    private record Case(String name, SliceSource stack, double level, Boolean centres) {
    }

    /**
     * The one-pass file (each run's buffers written at their places) is the file PlyWriter writes of the mesh
     * MarchingCubes.extract makes on one thread, at 1, 2 and 5 threads, for stacks in memory and streamed, above and
     * below the level, closed and open.
     */
    @Test
    void theOnePassFileIsPlyWritersFileOfTheMeshAtAnyThreadCount() throws IOException {
        int before = Parallel.threads();
        try {
            for (Case c : cases()) {
                for (SliceSource stack : new SliceSource[] {c.stack(), streamed(c.stack())}) {
                    for (int variant = 0; variant < 3; variant++) {
                        check(c, stack, variant);
                    }
                }
            }
        } finally {
            Parallel.threads(before);
        }
    }

    /** Variant 0: closed, 1: open, 2: below the level (closed). */
    private void check(Case c, SliceSource stack, int variant) throws IOException {
        Border border = variant == 1 ? Border.OPEN : Border.CLOSED;
        String what = c.name() + (stack.inMemory() ? " in memory" : " streamed") + ", "
                + (variant == 2 ? "below" : border.toString());
        Parallel.threads(1);
        Mesh mesh;
        try {
            mesh = variant == 2 ? MarchingCubes.extractBelow(stack, c.level(), border)
                    : MarchingCubes.extract(stack, c.level(), border);
        } catch (IllegalArgumentException e) {
            // no surface (an open single slice): the one pass says the same
            assertTrue(variant == 1 && stack.depth() == 1, what + ": " + e.getMessage());
            assertEquals(e.getMessage(), assertThrows(IllegalArgumentException.class,
                    () -> MarchingCubes.extractRuns(stack, c.level(), border)).getMessage(), what);
            return;
        }
        byte[] expected = Files.readAllBytes(PlyWriter.writeBinary(mesh, dir.resolve("mesh.ply")));
        if (variant == 0 && c.centres() != null) {
            assertEquals(c.centres(), centres(mesh) > 0, what + ": loop centres");
        }
        for (int threads : new int[] {1, 2, 5}) {
            Parallel.threads(threads);
            MeshRuns runs = variant == 2 ? MarchingCubes.extractRunsBelow(stack, c.level(), border)
                    : MarchingCubes.extractRuns(stack, c.level(), border);
            Path file = PlyParts.write(runs, dir.resolve("runs.ply"));
            assertArrayEquals(expected, Files.readAllBytes(file), what + ", " + threads + " threads");
            assertEquals(mesh.toString(), runs.toString(), what);
            assertArrayEquals(mesh.bounds(), runs.bounds(), what);
        }
    }

    private static List<Case> cases() {
        SplittableRandom random = new SplittableRandom(5);
        List<Case> cases = new ArrayList<>();
        Volume sample = Stack3D.sampleStack();
        cases.add(new Case("sample crop", Stack3D.crop(sample, 60, 50, 40, 70, 60, 30), 100.5, null));
        // random 0/255 voxels: ambiguous faces and tunnels everywhere, with their loop centres; large enough that a
        // run's buffers take many chunks, and on one thread a plane's vertices more than one chunk holds
        cases.add(new Case("noise", noise(random, 61, 53, 37), 127.5, true));
        cases.add(new Case("wide noise", noise(random, 211, 197, 3), 127.5, true));
        cases.add(new Case("one slice", Stack3D.crop(sample, 60, 50, 40, 70, 60, 1), 100.5, null));
        float[][] floats = new float[9][17 * 19];
        for (float[] slice : floats) {
            for (int i = 0; i < slice.length; i++) {
                int pick = random.nextInt(30);
                // a few NaN (outside) and infinite values, whose gradients are not finite
                slice[i] = pick == 0 ? Float.NaN : pick == 1 ? Float.POSITIVE_INFINITY
                        : pick == 2 ? Float.NEGATIVE_INFINITY : (float) (random.nextDouble() * 10);
            }
        }
        cases.add(new Case("float with NaN", Volume.ofFloats(17, 19, floats, Grid.PIXELS), 5, true));
        cases.add(new Case("anisotropic, off the origin", Volume.ofFloats(17, 19, floats,
                new Grid(0.5, 0.7, 2, 1, -3, 5, "µm")), 5, null));
        return cases;
    }

    /**
     * The streamed heap bound (the slices read and the mesh): every buffer of vertex records a run hands over is full,
     * so the runs hold the mesh's vertices and no room beside them, at any thread count.
     */
    @Test
    void theRunsVertexBuffersHoldNoUnusedRoom() throws IOException {
        int before = Parallel.threads();
        try {
            for (Case c : cases()) {
                for (int threads : new int[] {1, 2, 5}) {
                    Parallel.threads(threads);
                    MeshRuns runs = MarchingCubes.extractRuns(streamed(c.stack()), c.level(), Border.CLOSED);
                    long[] handed = new long[2];
                    for (int r = 0; r < runs.runs(); r++) {
                        runs.write(r, new MeshRuns.Records() {
                            @Override
                            public void vertices(float[] records, int count, long first) {
                                assertEquals(6 * count, records.length, c.name() + ", " + threads + " threads");
                                handed[0] += count;
                            }

                            @Override
                            public void triangles(int[] indices, int count, long first) {
                                handed[1] += count;
                            }
                        });
                    }
                    assertEquals(runs.vertexCount(), handed[0], c.name());
                    assertEquals(runs.triangleCount(), handed[1], c.name());
                }
            }
        } finally {
            Parallel.threads(before);
        }
    }

    @Test
    void noSurfaceIsTheSameErrorAsTheMeshs() {
        SliceSource stack = Stack3D.crop(Stack3D.sampleStack(), 60, 50, 40, 12, 11, 10);
        String mesh = assertThrows(IllegalArgumentException.class,
                () -> MarchingCubes.extract(stack, 300, Border.CLOSED)).getMessage();
        String runs = assertThrows(IllegalArgumentException.class,
                () -> MarchingCubes.extractRuns(stack, 300, Border.CLOSED)).getMessage();
        assertEquals(mesh, runs);
        assertTrue(runs.contains("no voxel is >= 300"), runs);
        String below = assertThrows(IllegalArgumentException.class,
                () -> MarchingCubes.extractRunsBelow(stack, -1, Border.CLOSED)).getMessage();
        assertTrue(below.contains("no voxel is <= -1"), below);
        String full = assertThrows(IllegalArgumentException.class,
                () -> MarchingCubes.extractRuns(stack, -1, Border.OPEN)).getMessage();
        assertEquals(assertThrows(IllegalArgumentException.class,
                () -> MarchingCubes.extract(stack, -1, Border.OPEN)).getMessage(), full);
        assertTrue(full.contains("every voxel is >= -1"), full);
    }

    /** Vertices with fewer than two whole-voxel coordinates: loop centres (on a {@link Grid#PIXELS} grid). */
    private static int centres(Mesh mesh) {
        int n = 0;
        float[] v = mesh.vertices();
        for (int i = 0; i < v.length; i += 3) {
            int whole = 0;
            for (int k = 0; k < 3; k++) {
                whole += v[i + k] == Math.rint(v[i + k]) ? 1 : 0;
            }
            n += whole < 2 ? 1 : 0;
        }
        return n;
    }

    /** The same stack, its slices made when asked for (copies of the stack's), as openStack's are: streamed. */
    private static SliceSource streamed(SliceSource s) {
        return Volume.onDemand(s.type(), s.width(), s.height(), s.depth(), s.grid(), List.of(), z -> {
            Object slice = s.slice(z);
            return slice instanceof byte[] b ? b.clone() : ((float[]) slice).clone();
        });
    }

    private static Volume noise(SplittableRandom random, int w, int h, int d) {
        byte[][] slices = new byte[d][w * h];
        for (byte[] slice : slices) {
            for (int i = 0; i < slice.length; i++) {
                slice[i] = (byte) (random.nextInt(3) == 0 ? 255 : 0);
            }
        }
        return Volume.ofBytes(w, h, slices, Grid.PIXELS);
    }
}
