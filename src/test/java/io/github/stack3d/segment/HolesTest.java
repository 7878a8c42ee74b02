package io.github.stack3d.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Grid;
import io.github.stack3d.Mask;
import io.github.stack3d.Stack3D;
import io.github.stack3d.Volume;
import org.junit.jupiter.api.Test;

class HolesTest {

    /**
     * A 10³ cube with a 4³ cavity in a 14³ stack: 936 voxels, 1000 once filled (both as scipy's
     * binary_fill_holes counts them); one component, and the cavity is the one enclosed background region.
     */
    @Test
    void cubeWithACavityIsFilled() {
        Mask cube = ComponentsTest.shape(14, 14, 14, Grid.of(1, 1, 2, "mm"), (x, y, z) -> in(x, 2, 11)
                && in(y, 2, 11) && in(z, 2, 11) && !(in(x, 5, 8) && in(y, 5, 8) && in(z, 5, 8)));
        assertEquals(936, cube.count());
        assertEquals(1, Stack3D.labels(cube).count());
        Mask filled = Stack3D.fillHoles(cube);
        assertEquals(1000, filled.count());
        assertTrue(filled.get(6, 6, 6));
        assertFalse(filled.get(1, 6, 6));
        assertEquals(cube.grid(), filled.grid());
        assertEquals(1000, Stack3D.fillHoles2D(cube).count(), "each slice through the cavity is a closed square");
    }

    /**
     * A cavity whose only way out is through an edge of the shell: enclosed for 6-connected background (the
     * shell, 26-connected, is closed), as scipy's binary_fill_holes with its default structure decides too.
     */
    @Test
    void backgroundLeaksThroughFacesOnly() {
        Mask cube = ComponentsTest.shape(9, 9, 9, Grid.PIXELS, (x, y, z) -> in(x, 1, 7) && in(y, 1, 7)
                && in(z, 1, 7) && !(in(x, 3, 5) && in(y, 3, 5) && in(z, 3, 5))
                && !(x == 6 && y == 6 && in(z, 3, 5)) && !(x == 7 && y == 7));
        long before = cube.count();
        Mask filled = Stack3D.fillHoles(cube);
        assertTrue(filled.get(4, 4, 4));
        assertEquals(before + 27 + 3, filled.count(), "the 3³ cavity and its 3-voxel dead end are filled");
    }

    /**
     * A torus (centre line radius 7, tube radius 2) lying in the slices: its hole is open above and below, so 3D
     * filling leaves its 496 voxels alone, while filling slice by slice closes the 3 middle annuli and the two
     * thin rings: 743 voxels (scipy: binary_fill_holes on each slice; per slice 0, 0, 4, 241, 253, 241, 4, 0, 0).
     */
    @Test
    void ringsHoleIsNoCavity() {
        Mask ring = ComponentsTest.shape(25, 25, 9, Grid.PIXELS, (x, y, z) -> {
            double d = Math.sqrt((x - 12) * (x - 12) + (y - 12) * (y - 12)) - 7;
            return d * d + (z - 4) * (z - 4) <= 4;
        });
        assertEquals(496, ring.count());
        assertEquals(496, Stack3D.fillHoles(ring).count());
        Mask slices = Stack3D.fillHoles2D(ring);
        assertEquals(743, slices.count());
        int[] perSlice = {0, 0, 4, 241, 253, 241, 4, 0, 0};
        for (int z = 0; z < 9; z++) {
            assertEquals(perSlice[z], slices.count(z), "slice " + z);
        }
        Mask lazy = Mask.onDemand(25, 25, 9, Grid.PIXELS, ring::bits);
        Mask lazyFilled = Stack3D.fillHoles2D(lazy);
        assertFalse(lazyFilled.inMemory(), "a mask computed slice by slice is filled slice by slice");
        assertEquals(253, lazyFilled.count(4));
        assertEquals(496, Stack3D.fillHoles(lazy).count());
    }

    /** The sample specimen: its body is 1,248,846 voxels around a closed cavity of 16,171 (SampleStacks). */
    @Test
    void sampleSpecimensCavityIsFilled() {
        Volume sample = Stack3D.sampleStack();
        Mask body = Stack3D.inRange(sample, 0, 100);
        assertEquals(1_248_846, body.count());
        Mask filled = Stack3D.fillHoles(body);
        assertEquals(1_248_846 + 16_171, filled.count());
        assertEquals(1, Stack3D.labels(body).count());
        assertEquals(1_248_846 + 16_171, Stack3D.fillHoles2D(filled).count(), "nothing left to fill in a slice");
    }

    private static boolean in(int v, int lo, int hi) {
        return v >= lo && v <= hi;
    }
}
