package io.github.stack3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class VolumeTest {

    @Test
    void nullOrMisshapenSlicesAreNamed() {
        assertEquals("slices[1] is null; expected 6 8-bit voxels", assertThrows(IllegalArgumentException.class,
                () -> Volume.ofBytes(3, 2, new byte[][] {new byte[6], null}, Grid.PIXELS)).getMessage());
        assertEquals("slices is null", assertThrows(IllegalArgumentException.class,
                () -> Volume.ofShorts(3, 2, null, Grid.PIXELS)).getMessage());
        assertEquals("slices[0] has 5 voxels; expected 6 voxels", assertThrows(IllegalArgumentException.class,
                () -> Volume.ofFloats(3, 2, new float[][] {new float[5]}, Grid.PIXELS)).getMessage());
        assertEquals("slices[0] is a short[]; expected a byte[] for 8-bit voxels", assertThrows(
                IllegalArgumentException.class, () -> Volume.of(SampleType.UINT8, 3, 2, new Object[] {new short[6]},
                        Grid.PIXELS)).getMessage());
        assertEquals("grid is null", assertThrows(IllegalArgumentException.class,
                () -> Volume.ofBytes(3, 2, new byte[][] {new byte[6]}, null)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Volume.of(SampleType.BIT, 3, 2,
                new Object[] {new long[1]}, Grid.PIXELS)).getMessage().contains("that is a Mask"));
    }

    @Test
    void aVolumeOnDiskReadsEachSliceWhenAskedAndLoadsOnce() {
        byte[][] data = {{1, 2, 3}, {4, 5, 6}};
        int[] reads = new int[2];
        Volume lazy = Volume.onDemand(SampleType.UINT8, 3, 1, 2, Grid.PIXELS, List.of(), z -> {
            reads[z]++;
            return data[z].clone();
        });
        assertFalse(lazy.inMemory());
        assertEquals(5.0, lazy.value(1, 0, 1));
        assertEquals(1, reads[1]);
        Volume loaded = lazy.load();
        assertTrue(loaded.inMemory());
        assertEquals(new ValueRange(1, 6), loaded.range());
        assertEquals(1, reads[0]);
        assertEquals(2, reads[1]);
        assertEquals("Volume[3×1×2, 8-bit, 1.0×1.0×1.0 px, computed slice by slice]", lazy.toString());
        assertTrue(lazy.describe().contains("on disk, read slice by slice"), lazy.describe());
    }

    @Test
    void thresholdingAVolumeOnDiskGivesAMaskComputedSliceBySliceWithTheSameVoxels() {
        Volume stored = io.github.stack3d.sample.SampleStacks.specimen();
        Volume lazy = Volume.onDemand(stored.type(), stored.width(), stored.height(), stored.depth(), stored.grid(),
                List.of(), stored::slice);
        Mask a = Stack3D.inRange(stored, 0, 100);
        Mask b = Stack3D.inRange(lazy, 0, 100);
        assertTrue(a.inMemory());
        assertFalse(b.inMemory());
        for (int z = 0; z < stored.depth(); z += 7) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(a.bits(z), b.bits(z), "slice " + z);
        }
        assertEquals(1_248_846, b.count());
        assertEquals(Stack3D.otsu(stored), Stack3D.otsu(lazy));
        org.junit.jupiter.api.Assertions.assertArrayEquals(Stack3D.shellPoints(a).xyz(),
                Stack3D.shellPoints(b).xyz());
    }
}
