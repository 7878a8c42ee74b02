package io.github.stack3d.io.mesh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VertexIndexTest {

    @Test
    void numbersDistinctPointsInOrderOfFirstAppearance() {
        VertexIndex index = new VertexIndex(1);
        assertEquals(0, index.indexOf(1, 2, 3));
        assertEquals(1, index.indexOf(3, 2, 1));
        assertEquals(0, index.indexOf(1, 2, 3));
        assertEquals(2, index.indexOf(-0f, 0, 0));
        assertEquals(3, index.indexOf(0, 0, 0), "0.0 and -0.0 have different bits");
        assertEquals(4, index.indexOf(Float.NaN, 0, 0));
        assertEquals(4, index.indexOf(Float.NaN, 0, 0), "the same NaN bits are the same point");
        assertArrayEquals(new float[] {1, 2, 3, 3, 2, 1, -0f, 0, 0, 0, 0, 0, Float.NaN, 0, 0}, index.vertices());
    }

    @Test
    void keepsEveryPointThroughManyGrowths() {
        // A 60 × 60 × 60 grid visited twice: 216,000 distinct points, each found again with its first number.
        VertexIndex index = new VertexIndex(16);
        int n = 60;
        for (int pass = 0; pass < 2; pass++) {
            int expected = 0;
            for (int z = 0; z < n; z++) {
                for (int y = 0; y < n; y++) {
                    for (int x = 0; x < n; x++) {
                        assertEquals(expected++, index.indexOf(x * 0.1f, y * 0.1f, z * 0.1f));
                    }
                }
            }
        }
        float[] v = index.vertices();
        assertEquals(3 * n * n * n, v.length);
        assertEquals(59 * 0.1f, v[v.length - 1]);
    }
}
