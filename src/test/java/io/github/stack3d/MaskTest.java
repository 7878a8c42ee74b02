package io.github.stack3d;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MaskTest {

    /** 70 × 3 voxels a slice (210 bits: 4 words, the last one partly used), foreground where (x + y + z) % 7 == 0. */
    private static boolean[][] pattern(int depth) {
        boolean[][] s = new boolean[depth][70 * 3];
        for (int z = 0; z < depth; z++) {
            for (int i = 0; i < 210; i++) {
                s[z][i] = (i % 70 + i / 70 + z) % 7 == 0;
            }
        }
        return s;
    }

    @Test
    void oneBitPerVoxelPackedSixtyFourToAWord() {
        Mask m = Mask.ofBooleans(70, 3, pattern(2), Grid.PIXELS);
        assertEquals(SampleType.BIT, m.type());
        assertEquals(4, m.bits(0).length);
        assertEquals(32, m.sizeInBytes() / 2, "4 words of 8 bytes a slice");
        for (int z = 0; z < 2; z++) {
            for (int y = 0; y < 3; y++) {
                for (int x = 0; x < 70; x++) {
                    int i = y * 70 + x;
                    boolean expected = (x + y + z) % 7 == 0;
                    assertEquals(expected, m.get(x, y, z));
                    assertEquals(expected, (m.bits(z)[i >>> 6] >>> (i & 63) & 1) == 1, "bit " + i);
                }
            }
        }
        assertArrayEquals(pattern(2)[1], TestMasks.booleans(m, 1));
        assertEquals(60, m.count(), "30 a slice");
        assertEquals(60 * 1.0, m.physicalVolume());
    }

    @Test
    void aMaskComputedOnDemandMakesEachSliceWhenAskedAndKeepsNone() {
        AtomicInteger made = new AtomicInteger();
        Mask stored = Mask.ofBooleans(70, 3, pattern(5), Grid.PIXELS);
        Mask lazy = Mask.onDemand(70, 3, 5, Grid.PIXELS, z -> {
            made.incrementAndGet();
            return stored.bits(z).clone();
        });
        assertFalse(lazy.inMemory());
        assertNotSame(lazy.bits(2), lazy.bits(2));
        assertEquals(2, made.get());
        assertEquals("Mask[70×3×5, computed slice by slice, 1.0×1.0×1.0 px]", lazy.toString());
        Mask loaded = lazy.load();
        assertTrue(loaded.inMemory());
        assertSame(loaded, loaded.load());
        assertSame(loaded.bits(3), loaded.bits(3));
        assertEquals(150, loaded.count());
    }

    @Test
    void slicesOfTheWrongShapeAreNamed() {
        long[][] shortSlice = {new long[4], new long[3]};
        assertEquals("bits[1] has 3 words; expected 4 words for 210 voxels", assertThrows(
                IllegalArgumentException.class, () -> Mask.of(70, 3, shortSlice, Grid.PIXELS)).getMessage());
        long[][] nullSlice = {new long[4], null};
        assertEquals("bits[1] is null; expected 210 1-bit voxels", assertThrows(
                IllegalArgumentException.class, () -> Mask.of(70, 3, nullSlice, Grid.PIXELS)).getMessage());
        long[][] stray = {{0, 0, 0, 1L << 20}};
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Mask.of(70, 3, stray, Grid.PIXELS))
                .getMessage().contains("bits set past its last voxel"));
    }
}
