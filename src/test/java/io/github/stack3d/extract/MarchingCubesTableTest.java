package io.github.stack3d.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class MarchingCubesTableTest {

    /** The table the class reads at initialisation is the one the rule derives now (the build wrote it). */
    @Test
    void storedTableIsTheDerivation() throws IOException {
        byte[] stored;
        try (InputStream in = MarchingCubesTable.class.getResourceAsStream(MarchingCubesTable.Derived.RESOURCE)) {
            assertNotNull(in, "the build (process-classes) writes " + MarchingCubesTable.Derived.RESOURCE);
            stored = in.readAllBytes();
        }
        MarchingCubesTable.Derived derived = MarchingCubesTable.derive();
        assertArrayEquals(derived.bytes(), stored);
        MarchingCubesTable.Derived read = MarchingCubesTable.Derived.read(stored);
        assertArrayEquals(derived.start, read.start);
        assertArrayEquals(derived.edges, read.edges);
        assertArrayEquals(derived.regions, read.regions);
        assertArrayEquals(derived.tunnels, read.tunnels);
        assertArrayEquals(derived.ambiguous, read.ambiguous);
        for (int index = 0; index < 256 * 64; index++) {
            assertEquals(derived.start[index + 1], MarchingCubesTable.end(index));
        }
    }
}
