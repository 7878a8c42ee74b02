package io.github.stack3d.io.mesh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FloatListTest {

    @Test
    void growsAndReturnsExactlyWhatWasAdded() {
        FloatList list = new FloatList(0);
        float[] expected = new float[3000];
        for (int i = 0; i < 1000; i++) {
            list.add(i, -0.5f * i, Float.MIN_VALUE * i);
            expected[3 * i] = i;
            expected[3 * i + 1] = -0.5f * i;
            expected[3 * i + 2] = Float.MIN_VALUE * i;
        }
        assertEquals(3000, list.size());
        assertEquals(-0.5f * 999, list.get(2998));
        assertArrayEquals(expected, list.toArray());
    }
}
