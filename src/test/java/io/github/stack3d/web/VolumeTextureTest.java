package io.github.stack3d.web;

import io.github.stack3d.Grid;
import io.github.stack3d.Mask;
import io.github.stack3d.Stack3D;
import io.github.stack3d.Volume;
import io.github.stack3d.sample.SampleStacks;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VolumeTextureTest {

    @Test
    void blocksAreAveragedPerAxisAndTheGridKeepsPhysicalPlaces() {
        // 5×4×3 voxels, value = x + 10y + 100z, spacing 0.5×1×2 µm at origin (1, 2, 3); sides of at most 2
        byte[][] s = new byte[3][20];
        for (int z = 0; z < 3; z++) {
            for (int i = 0; i < 20; i++) {
                s[z][i] = (byte) (i % 5 + 10 * (i / 5) + 50 * z);
            }
        }
        Volume v = Volume.ofBytes(5, 4, s, Grid.of(0.5, 1, 2, "µm").withOrigin(1, 2, 3));
        VolumeTexture t = VolumeTexture.of(v, 2);
        Volume out = t.volume();
        assertEquals(2, out.width(), "ceil(5 / 3): factor 3 along x");
        assertEquals(2, out.height(), "factor 2 along y");
        assertEquals(2, out.depth(), "factor 2 along z");
        Grid g = out.grid();
        assertEquals(1.5, g.sx(), 1e-12);
        assertEquals(2, g.sy(), 1e-12);
        assertEquals(4, g.sz(), 1e-12);
        assertEquals(1.5, g.ox(), 1e-12, "the first block's centre, old x 1");
        assertEquals(2.5, g.oy(), 1e-12, "old y 0.5");
        assertEquals(4, g.oz(), 1e-12, "old z 0.5");
        // first block: x 0..2, y 0..1, z 0..1: mean 1 + 5 + 25 = 31; the last one (x 3..4, y 2..3, z 2): 3.5 + 25
        // + 100 = 128.5; they quantise to 0 and 255
        assertEquals(31, t.min(), 1e-6);
        assertEquals(128.5, t.max(), 1e-6);
        assertEquals(0, out.bytes(0)[0] & 255);
        assertEquals(255, out.bytes(1)[3] & 255);
        assertEquals(0, t.quantised(31), 1e-9);
        assertEquals(255, t.quantised(128.5), 1e-9);
        assertEquals(127.5, t.quantised((31 + 128.5) / 2), 1e-9);
    }

    @Test
    void aStackWithinTheSizeIsKeptVoxelForVoxel() {
        Volume sphere = SampleStacks.sphere(9, 3);
        VolumeTexture t = VolumeTexture.of(sphere, 9);
        assertEquals(9, t.volume().width());
        assertEquals(sphere.grid(), t.volume().grid());
        assertEquals(3, t.max(), 1e-6, "the centre, radius − 0");
    }

    @Test
    void aMaskIsZeroAndOneAndBrightOnADarkBorder() {
        Mask m = Stack3D.threshold(SampleStacks.sphere(16, 5), 0);
        VolumeTexture t = VolumeTexture.of(m, 16);
        assertEquals(0, t.min());
        assertEquals(1, t.max());
        assertFalse(t.darkObject(127.5), "a bright object on a dark border");
    }

    @Test
    void theSampleIsADarkObject() {
        VolumeTexture t = VolumeTexture.of(Stack3D.sampleStack(), 64);
        assertEquals(64, t.volume().width());
        assertEquals(64, t.volume().depth(), "128 slices, factor 2");
        assertTrue(t.darkObject(t.quantised(100.5)), "the sample's object is dark on a bright background");
    }

    @Test
    void aSideOutOfRangeIsRefused() {
        String m = assertThrows(IllegalArgumentException.class,
                () -> VolumeTexture.of(SampleStacks.sphere(4, 1), 1)).getMessage();
        assertTrue(m.contains("maxSide is 1"), m);
    }
}
