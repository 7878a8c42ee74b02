package io.github.stack3d.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Border;
import io.github.stack3d.Mesh;
import io.github.stack3d.Parallel;
import io.github.stack3d.Stack3D;
import io.github.stack3d.Volume;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarchingCubesPartsTest {

    /** Counts, per vertex and per triangle, how often a part said it was final, and checks it then was. */
    private static final class Recorder implements MarchingCubes.Parts {
        final Mesh expected;
        int[] vertexSeen;
        int[] triangleSeen;
        final AtomicInteger sized = new AtomicInteger();

        Recorder(Mesh expected) {
            this.expected = expected;
        }

        @Override
        public void sized(int vertices, int triangles) {
            sized.incrementAndGet();
            vertexSeen = new int[vertices];
            triangleSeen = new int[triangles];
        }

        @Override
        public synchronized void finished(float[] xyz, float[] normals, int[] triangles, int vertexFrom,
                                          int vertexTo, int extraFrom, int extraTo, int triangleFrom,
                                          int triangleTo) {
            for (int[] range : new int[][] {{vertexFrom, vertexTo}, {extraFrom, extraTo}}) {
                for (int v = range[0]; v < range[1]; v++) {
                    vertexSeen[v]++;
                    for (int k = 0; k < 3; k++) {
                        assertEquals(expected.vertices()[3 * v + k], xyz[3 * v + k], "vertex " + v);
                        assertEquals(expected.normals()[3 * v + k], normals[3 * v + k], "normal " + v);
                    }
                }
            }
            for (int t = triangleFrom; t < triangleTo; t++) {
                triangleSeen[t]++;
                for (int k = 0; k < 3; k++) {
                    assertEquals(expected.triangles()[3 * t + k], triangles[3 * t + k], "triangle " + t);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void everyVertexAndTriangleIsFinalOnceWhenItsPartIsTold(int threads) {
        Volume stack = Stack3D.crop(Stack3D.sampleStack(), 10, 20, 5, 150, 120, 70);
        Mesh expected = MarchingCubes.extract(stack, 100.5, Border.CLOSED, 1);
        int before = Parallel.threads();
        Parallel.threads(threads);
        try {
            Recorder parts = new Recorder(expected);
            Mesh mesh = MarchingCubes.extract(stack, 100.5, Border.CLOSED, parts);
            assertEquals(1, parts.sized.get());
            assertArrayEquals(expected.triangles(), mesh.triangles());
            int[] once = new int[expected.vertexCount()];
            Arrays.fill(once, 1);
            assertArrayEquals(once, parts.vertexSeen);
            assertTrue(Arrays.stream(parts.triangleSeen).allMatch(n -> n == 1), "every triangle told once");
            assertEquals(expected.triangleCount(), parts.triangleSeen.length);

            Recorder below = new Recorder(MarchingCubes.extractBelow(stack, 100.5, Border.CLOSED));
            MarchingCubes.extractBelow(stack, 100.5, Border.CLOSED, below);
            assertTrue(Arrays.stream(below.vertexSeen).allMatch(n -> n == 1), "every vertex below told once");
        } finally {
            Parallel.threads(before);
        }
    }
}
