package io.github.stack3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GridTest {

    private static final Grid G = Grid.of(0.5, 0.25, 2, "µm").withOrigin(10, -4, 1);

    @Test
    void voxelPositionsAreOriginPlusIndexTimesSpacing() {
        assertEquals(10, G.x(0));
        assertEquals(11.5, G.x(3));
        assertEquals(-4 + 0.25 * 7, G.y(7));
        assertEquals(1 + 2 * 2.5, G.z(2.5));
        assertEquals(0.25, G.voxelVolume());
        assertTrue(Grid.PIXELS.atZero() && Grid.PIXELS.isotropic());
    }

    @Test
    void shiftingAndResamplingKeepPhysicalPositions() {
        Grid shifted = G.shiftedBy(4, 2, 1);
        assertEquals(G.x(4), shifted.x(0));
        assertEquals(G.y(2 + 5), shifted.y(5));
        assertEquals(G.z(1), shifted.z(0));
        Grid half = G.resampled(2, 2, 2);
        // new voxel 0 averages old voxels 0 and 1: centred at old index 0.5
        assertEquals(G.x(0.5), half.x(0));
        assertEquals(G.x(2.5), half.x(1));
        assertEquals(1.0, half.sx());
        Grid third = G.resampled(1, 1, 3);
        assertEquals(G.z(1), third.z(0));
        assertEquals(G.x(5), third.x(5), "an axis of factor 1 stays");
    }

    @Test
    void showsTheOriginOnlyWhenItIsNotZero() {
        assertEquals("0.5×0.25×2.0 µm at (10.0, -4.0, 1.0)", G.toString());
        assertEquals("1.0×1.0×1.0 px", Grid.PIXELS.toString());
    }

    @Test
    void badValuesAreNamed() {
        assertEquals("spacing y is 0.0; expected a finite number > 0",
                assertThrows(IllegalArgumentException.class, () -> Grid.of(1, 0, 1, "mm")).getMessage());
        assertEquals("origin z is NaN; expected a finite number",
                assertThrows(IllegalArgumentException.class, () -> G.withOrigin(0, 0, Double.NaN)).getMessage());
        assertEquals("unit is empty; use \"px\" for none",
                assertThrows(IllegalArgumentException.class, () -> Grid.of(1, 1, 1, " ")).getMessage());
    }
}
