package io.github.stack3d.transform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.stack3d.Grid;
import io.github.stack3d.Volume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class CropTest {

    private static final Grid SP = Grid.of(0.5, 0.5, 2, "µm");

    /** 4×3×3 with value 16·z + 4·y + x (8-bit), so each voxel names its position. */
    private static Volume numbered() {
        byte[][] s = new byte[3][12];
        for (int z = 0; z < 3; z++) {
            for (int i = 0; i < 12; i++) {
                s[z][i] = (byte) (16 * z + i);
            }
        }
        return Volume.ofBytes(4, 3, s, SP);
    }

    @Test
    void copiesTheBoxExactly() {
        Volume c = Crop.of(numbered(), 1, 1, 1, 2, 2, 2);
        assertEquals(2, c.width());
        assertEquals(2, c.height());
        assertEquals(2, c.depth());
        assertArrayEquals(new byte[] {21, 22, 25, 26}, c.bytes(0));
        assertArrayEquals(new byte[] {37, 38, 41, 42}, c.bytes(1));
        assertEquals(SP.withOrigin(SP.sx(), SP.sy(), SP.sz()), c.grid(), "voxel (1, 1, 1) keeps its place");
    }

    @Test
    void wholeVolumeIsACopyNotTheSameArrays() {
        Volume v = numbered();
        Volume c = Crop.of(v, 0, 0, 0, 4, 3, 3);
        for (int z = 0; z < 3; z++) {
            assertArrayEquals(v.bytes(z), c.bytes(z));
            assertNotSame(v.bytes(z), c.bytes(z));
        }
    }

    @Test
    void sixteenBitAndFloat() {
        Volume s = Volume.ofShorts(3, 2, new short[][] {{1, 2, 3, 4, 5, (short) 60000}}, SP);
        assertArrayEquals(new short[] {2, 3, 5, (short) 60000}, Crop.of(s, 1, 0, 0, 2, 2, 1).shorts(0));
        Volume f = Volume.ofFloats(3, 1, new float[][] {{0.5f, Float.NaN, -7f}, {1f, 2f, 3f}}, SP);
        Volume cf = Crop.of(f, 1, 0, 1, 2, 1, 1);
        assertArrayEquals(new float[] {2f, 3f}, cf.floats(0));
        assertArrayEquals(new float[] {Float.NaN, -7f}, Crop.of(f, 1, 0, 0, 2, 1, 1).floats(0));
    }

    @Test
    void aBoxLeavingTheVolumeNamesTheParameter() {
        Volume v = numbered();
        assertMessage(() -> Crop.of(v, -1, 0, 0, 1, 1, 1), "x is -1; expected 0..3 (the volume's width is 4)");
        assertMessage(() -> Crop.of(v, 0, 3, 0, 1, 1, 1), "y is 3; expected 0..2 (the volume's height is 3)");
        assertMessage(() -> Crop.of(v, 0, 0, 5, 1, 1, 1), "z is 5; expected 0..2 (the volume's depth is 3)");
        assertMessage(() -> Crop.of(v, 2, 0, 0, 3, 1, 1),
                "w is 3; expected 1..2: the box's x would run 2..4, past the volume's width 4");
        assertMessage(() -> Crop.of(v, 0, 1, 0, 1, 3, 1), "h is 3; expected 1..2");
        assertMessage(() -> Crop.of(v, 0, 0, 1, 1, 1, 3), "d is 3; expected 1..2");
        assertMessage(() -> Crop.of(v, 0, 0, 0, 0, 1, 1), "w is 0; expected 1..4");
    }

    private static void assertMessage(Executable call, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertEquals(true, e.getMessage().startsWith(expected), "message \"" + e.getMessage() + "\"");
    }
}
