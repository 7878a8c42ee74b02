package io.github.stack3d.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GridTest {

    /** round(k · (depth − 1) / (n − 1)); for 128 slices: k · 127 / 15 = 0, 8.47, 16.93, 25.4, ... 127. */
    @Test
    void evenlySpacedSlicesFirstAndLastIncluded() {
        assertArrayEquals(new int[] {0, 8, 17, 25, 34, 42, 51, 59, 68, 76, 85, 93, 102, 110, 119, 127},
                TileGrid.slices(128, 16));
        assertArrayEquals(new int[] {0, 3, 6, 9}, TileGrid.slices(10, 4));
        assertArrayEquals(new int[] {0, 1, 2}, TileGrid.slices(3, 16), "fewer slices than tiles: all of them");
        assertArrayEquals(new int[] {5}, TileGrid.slices(10, 1), "one tile: the middle slice");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TileGrid.slices(10, 0));
        assertTrue(e.getMessage().contains("tiles is 0"), e.getMessage());
    }

    /** Columns that make the montage closest to square: 16 square tiles 4×4, 16 tiles of 3:1 in 2 columns. */
    @Test
    void aboutSquareGrid() {
        assertEquals(new TileGrid(4, 4, 256, 256), TileGrid.of(16, 256, 256, 2048));
        assertEquals(new TileGrid(2, 8, 300, 100), TileGrid.of(16, 300, 100, 2048), "2·300 / 8·100 = 0.75 beats 1.5");
        assertEquals(new TileGrid(3, 2, 200, 200), TileGrid.of(5, 200, 200, 2048), "tie 2×3 / 3×2: more columns");
    }

    /** 4 tiles of 509 px: montage 4·509 + 5·2 = 2046 px; tile k = 5 (row 1, column 1) starts at 2 + 511. */
    @Test
    void tilePositions() {
        TileGrid grid = TileGrid.of(16, 1000, 1000, 2048);
        assertEquals(new TileGrid(4, 4, 509, 509), grid, "(2048 − 10) / 4000 = 0.5095 → 509 px");
        assertEquals(2046, grid.width());
        assertEquals(2046, grid.height());
        assertEquals(513, grid.tileX(5));
        assertEquals(513, grid.tileY(5));
        assertEquals(2 + 3 * 511, grid.tileX(15));
    }

    /** 100 tiles of 30×30 in 10 columns grow 4× (to 120 px, under the 128 px aim); a 700 px limit allows 2×. */
    @Test
    void enlargingStaysWithinTheLimit() {
        assertEquals(new TileGrid(10, 10, 120, 120), TileGrid.of(100, 30, 30, 2048), "128 / 30 → 4×");
        assertEquals(new TileGrid(10, 10, 60, 60), TileGrid.of(100, 30, 30, 700), "(700 − 22) / 300 = 2.26 → 2×");
        assertEquals(new TileGrid(1, 1, 128, 128), TileGrid.of(1, 1, 1, 2048), "one voxel → 128 px");
    }
}
