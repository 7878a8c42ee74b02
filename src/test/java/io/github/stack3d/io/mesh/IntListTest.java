package io.github.stack3d.io.mesh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IntListTest {

    @Test
    void growsAndReturnsExactlyWhatWasAdded() {
        IntList list = new IntList(0);
        int[] expected = new int[3001];
        for (int i = 0; i < 1000; i++) {
            list.add(i, -i, 2 * i);
            expected[3 * i] = i;
            expected[3 * i + 1] = -i;
            expected[3 * i + 2] = 2 * i;
        }
        list.add(7);
        expected[3000] = 7;
        list.set(1, 42);
        expected[1] = 42;
        assertEquals(3001, list.size());
        assertEquals(42, list.get(1));
        assertArrayEquals(expected, list.toArray());
    }
}
