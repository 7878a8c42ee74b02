package io.github.stack3d.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Border;
import io.github.stack3d.Grid;
import io.github.stack3d.Mesh;
import io.github.stack3d.SliceSource;
import io.github.stack3d.Volume;
import io.github.stack3d.io.mesh.PlyWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeshStitchTest {

    /** The parts of every slab of {@code plan}, made in a shuffled order. */
    private static List<MeshPart> parts(SliceSource v, double level, SlabPlan plan, long seed, boolean below) {
        List<Integer> order = new ArrayList<>();
        for (int s = 0; s < plan.slabs(); s++) {
            order.add(s);
        }
        Collections.shuffle(order, new java.util.Random(seed));
        List<MeshPart> parts = new ArrayList<>();
        for (int s : order) {
            parts.add(below ? MeshPart.below(v, level, plan, s) : MeshPart.of(v, level, plan, s));
        }
        return parts;
    }

    private static void assertSameMesh(Mesh expected, Mesh actual, String what) {
        assertArrayEquals(expected.vertices(), actual.vertices(), what + ": vertices");
        assertArrayEquals(expected.normals(), actual.normals(), what + ": normals");
        assertArrayEquals(expected.triangles(), actual.triangles(), what + ": triangles");
        assertEquals(expected.unit(), actual.unit(), what + ": unit");
    }

    @Test
    void joinedPartsAreTheLocalMeshForAnySlabCountThicknessAndOrder() {
        Volume v = MarchingCubesTest.randomSmooth(new SplittableRandom(3), 37, 29, 41)
                .withGrid(Grid.of(0.5, 0.7, 2, "µm"));
        for (Border border : Border.values()) {
            Mesh local = MarchingCubes.extract(v, 120.5, border, 1);
            for (int slabs : new int[] {1, 2, 3, 7, 40, 100}) {
                SlabPlan plan = SlabPlan.of(v.depth(), border, slabs);
                assertSameMesh(local, MeshStitch.join(parts(v, 120.5, plan, slabs, false)), border + ", " + slabs
                        + " slabs");
            }
            for (int layers : new int[] {1, 2, 5, 16, 41, 500}) {
                SlabPlan plan = SlabPlan.ofThickness(v.depth(), border, layers);
                assertSameMesh(local, MeshStitch.join(parts(v, 120.5, plan, layers, false)), border + ", "
                        + layers + " layers per slab");
            }
        }
    }

    @Test
    void joinedPartsBelowALevelAreTheLocalMeshBelow() {
        Volume v = MarchingCubesTest.randomSmooth(new SplittableRandom(8), 31, 33, 27);
        Mesh local = MarchingCubes.extractBelow(v, 140.5, Border.CLOSED);
        assertSameMesh(local, MeshStitch.join(parts(v, 140.5, SlabPlan.of(v.depth(), Border.CLOSED, 5), 1, true)),
                "below");
    }

    @Test
    void partsSurviveSerialisationAndTheJoinedPlyIsByteIdentical(@TempDir Path dir) throws Exception {
        Volume v = MarchingCubesTest.randomSmooth(new SplittableRandom(13), 45, 38, 61);
        List<MeshPart> sent = new ArrayList<>();
        for (MeshPart p : parts(v, 110.5, SlabPlan.ofThickness(v.depth(), Border.CLOSED, 6), 4, false)) {
            sent.add(roundTrip(p));
        }
        Path local = PlyWriter.writeBinary(MarchingCubes.extract(v, 110.5, Border.CLOSED), dir.resolve("a.ply"));
        Path joined = PlyWriter.writeBinary(MeshStitch.join(sent), dir.resolve("b.ply"));
        assertArrayEquals(Files.readAllBytes(local), Files.readAllBytes(joined));
    }

    @Test
    void aSingleSliceIsPlannedAsMarchingCubesDoublesIt() {
        Volume v = MarchingCubesTest.randomSmooth(new SplittableRandom(21), 30, 30, 1);
        Mesh local = MarchingCubes.extract(v, 100.5, Border.CLOSED, 1);
        SlabPlan plan = SlabPlan.of(1, Border.CLOSED, 3);
        assertEquals(3, plan.slabs());
        assertSameMesh(local, MeshStitch.join(parts(v, 100.5, plan, 2, false)), "one slice");
    }

    @Test
    void aSlabReadsOnlyItsSlicesAndOneNeighbourEachSide() {
        Volume v = MarchingCubesTest.randomSmooth(new SplittableRandom(4), 33, 35, 30);
        SlabPlan plan = SlabPlan.ofThickness(v.depth(), Border.CLOSED, 7);
        for (int s = 0; s < plan.slabs(); s++) {
            AtomicIntegerArray reads = new AtomicIntegerArray(v.depth());
            MeshPart.of(new ForwardingSource(v) {
                @Override
                public Object slice(int z) {
                    reads.incrementAndGet(z);
                    return super.slice(z);
                }
            }, 120.5, plan, s);
            for (int z = 0; z < v.depth(); z++) {
                boolean inside = z >= plan.firstSlice(s) && z <= plan.lastSlice(s);
                assertTrue(inside || reads.get(z) == 0, "slab " + s + " read slice " + z);
            }
            assertTrue(plan.lastSlice(s) - plan.firstSlice(s) <= plan.to(s) - plan.from(s) + 2, plan.toString());
        }
    }

    @Test
    void joinRefusesMissingRepeatedAndForeignParts() {
        Volume v = MarchingCubesTest.randomSmooth(new SplittableRandom(9), 20, 20, 20);
        SlabPlan plan = SlabPlan.of(v.depth(), Border.CLOSED, 3);
        List<MeshPart> parts = parts(v, 120.5, plan, 0, false);
        List<MeshPart> missing = new ArrayList<>(parts.subList(0, 2));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MeshStitch.join(missing)).getMessage()
                .contains("missing"));
        List<MeshPart> twice = new ArrayList<>(parts);
        twice.add(parts.get(0));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MeshStitch.join(twice)).getMessage()
                .contains("twice"));
        List<MeshPart> foreign = new ArrayList<>(parts);
        foreign.set(0, MeshPart.of(v, 120.5, SlabPlan.of(v.depth(), Border.CLOSED, 4), parts.get(0).slab()));
        assertThrows(IllegalArgumentException.class, () -> MeshStitch.join(foreign));
    }

    @Test
    void planCoversEveryLayerOnce() {
        for (Border border : Border.values()) {
            for (int depth : new int[] {1, 2, 3, 10, 257}) {
                for (int n : new int[] {1, 2, 5, 300}) {
                    for (SlabPlan plan : List.of(SlabPlan.of(depth, border, n), SlabPlan.ofThickness(depth, border, n))) {
                        int first = border == Border.CLOSED ? 0 : 1;
                        int end = border == Border.CLOSED ? Math.max(depth, 2) + 1 : Math.max(depth, 1);
                        assertEquals(first, plan.from(0), plan.toString());
                        assertEquals(end, plan.to(plan.slabs() - 1), plan.toString());
                        for (int s = 1; s < plan.slabs(); s++) {
                            assertEquals(plan.to(s - 1), plan.from(s), plan.toString());
                            assertTrue(plan.from(s) > plan.from(s - 1), plan.toString());
                        }
                    }
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> SlabPlan.of(0, Border.CLOSED, 1));
        assertThrows(IllegalArgumentException.class, () -> SlabPlan.ofThickness(5, Border.OPEN, 0));
    }

    private static MeshPart roundTrip(MeshPart p) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(p);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (MeshPart) in.readObject();
        }
    }
}
