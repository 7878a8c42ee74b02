package io.github.stack3d.io.mesh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.stack3d.Mesh;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlyRangesTest {

    @TempDir
    Path dir;

    /** A mesh of {@code v} random vertices with normals and {@code t} random triangles among them. */
    private static Mesh randomMesh(int v, int t, long seed) {
        Random random = new Random(seed);
        float[] xyz = new float[3 * v];
        float[] normals = new float[3 * v];
        for (int i = 0; i < xyz.length; i++) {
            xyz[i] = (float) (random.nextGaussian() * 100);
            normals[i] = random.nextFloat() * 2 - 1;
        }
        int[] triangles = new int[3 * t];
        for (int i = 0; i < triangles.length; i++) {
            triangles[i] = random.nextInt(v);
        }
        return new Mesh(xyz, triangles, normals, null, "mm");
    }

    @Test
    void rangesInAnyOrderFromManyThreadsMakeTheFilePlyWriterWrites() throws IOException {
        // more vertices and faces than one block (1 << 12) or PlyWriter's (1 << 14), cut into uneven ranges written in shuffled order
        Mesh mesh = randomMesh(40_000, 70_001, 7);
        Path expected = PlyWriter.writeBinary(mesh, dir.resolve("whole.ply"));
        int[] vertexCuts = {0, 1, 17, 16_384, 16_385, 33_000, 40_000};
        int[] faceCuts = {0, 5, 20_000, 36_000, 36_001, 70_001};
        Path file = dir.resolve("ranges.ply");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            PlyRanges ranges = new PlyRanges(channel, mesh.vertexCount(), mesh.triangleCount(), mesh.unit());
            List<Runnable> writes = new ArrayList<>();
            float[] records = records(mesh);
            for (int i = 0; i + 1 < vertexCuts.length; i++) {
                int from = vertexCuts[i];
                int to = vertexCuts[i + 1];
                // the first range as records in an array of its own that holds only it, odd ones from the mesh's
                // arrays, the others as records from one array of all
                if (i == 0) {
                    float[] own = java.util.Arrays.copyOfRange(records, 6 * from, 6 * to);
                    writes.add(() -> write(() -> ranges.writer().records(own, 0, to - from, from)));
                } else if (i % 2 == 1) {
                    writes.add(() -> write(() -> ranges.writer().vertices(mesh.vertices(), mesh.normals(), from, to)));
                } else {
                    writes.add(() -> write(() -> ranges.writer().records(records, from, to - from, from)));
                }
            }
            for (int i = 0; i + 1 < faceCuts.length; i++) {
                int from = faceCuts[i];
                int to = faceCuts[i + 1];
                if (i == 1) {
                    int[] own = java.util.Arrays.copyOfRange(mesh.triangles(), 3 * from, 3 * to);
                    writes.add(() -> write(() -> ranges.writer().faces(own, 0, to - from, from)));
                } else {
                    writes.add(() -> write(() -> ranges.writer().faces(mesh.triangles(), from, to - from, from)));
                }
            }
            writes.add(() -> write(() -> ranges.writer().records(records, 5, 0, 5)));
            writes.add(() -> write(() -> ranges.writer().vertices(mesh.vertices(), mesh.normals(), 5, 5)));
            Collections.shuffle(writes, new Random(3));
            IntStream.range(0, writes.size()).parallel().forEach(i -> writes.get(i).run());
            assertEquals(Files.size(expected), ranges.size());
        }
        assertArrayEquals(Files.readAllBytes(expected), Files.readAllBytes(file));
    }

    /** The vertices as the file holds them: {@code x y z nx ny nz} each. */
    private static float[] records(Mesh mesh) {
        float[] r = new float[2 * mesh.vertices().length];
        for (int v = 0; v < mesh.vertexCount(); v++) {
            for (int k = 0; k < 3; k++) {
                r[6 * v + k] = mesh.vertices()[3 * v + k];
                r[6 * v + 3 + k] = mesh.normals()[3 * v + k];
            }
        }
        return r;
    }

    private interface Write {
        void run() throws IOException;
    }

    private static void write(Write w) {
        try {
            w.run();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
