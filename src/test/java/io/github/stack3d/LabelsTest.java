package io.github.stack3d;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LabelsTest {

    /** 12×10×8: label 1 a 4×4×4 cube at (1, 1, 1), label 2 a 3×3×3 cube at (7, 5, 3), label 4 one voxel. */
    private static Labels three() {
        int[][] s = new int[8][12 * 10];
        for (int z = 0; z < 8; z++) {
            for (int y = 0; y < 10; y++) {
                for (int x = 0; x < 12; x++) {
                    int label = x >= 1 && x < 5 && y >= 1 && y < 5 && z >= 1 && z < 5 ? 1
                            : x >= 7 && x < 10 && y >= 5 && y < 8 && z >= 3 && z < 6 ? 2 : 0;
                    s[z][y * 12 + x] = label;
                }
            }
        }
        s[7][119] = 4;
        return Labels.of(12, 10, s, Grid.of(2, 2, 2, "mm"));
    }

    @Test
    void countsLabelsAndTheirVoxels() {
        Labels l = three();
        assertEquals(SampleType.INT32, l.type());
        assertEquals(4, l.count());
        assertEquals(64, l.voxels(1));
        assertEquals(27, l.voxels(2));
        assertEquals(0, l.voxels(3));
        assertEquals(1, l.voxels(4));
        assertEquals(12 * 10 * 8 - 92, l.voxels(0));
        assertEquals(0, l.voxels(99));
        assertEquals(2, l.get(8, 6, 4));
        assertEquals("Labels[12×10×8, 4 labels, 2.0×2.0×2.0 mm]", l.toString());
    }

    @Test
    void oneLabelIsAMaskAndItsSurface() {
        Labels l = three();
        Mask two = l.mask(2);
        assertEquals(27, two.count());
        assertEquals(l.grid(), two.grid());
        Mesh fromLabels = Stack3D.marchingCubes(l, 2);
        Mesh fromMask = Stack3D.marchingCubes(Mask.ofBooleans(12, 10, booleans(two), l.grid()));
        assertArrayEquals(fromMask.vertices(), fromLabels.vertices());
        assertArrayEquals(fromMask.triangles(), fromLabels.triangles());
        assertEquals("label 3 has no voxel; these labels have 1..4",
                assertThrows(IllegalArgumentException.class, () -> l.mask(3)).getMessage());
    }

    @Test
    void negativeLabelsAreRefusedNamingTheVoxel() {
        int[][] s = {{0, 0, -2, 0}};
        assertEquals("label -2 at (0, 1, 0); labels are 0 (background) or more",
                assertThrows(IllegalArgumentException.class, () -> Labels.of(2, 2, s, Grid.PIXELS)).getMessage());
    }

    @Test
    void previewsShowEachLabelInItsOwnColor() {
        BufferedImage image = Stack3D.preview(three(), 4);
        Set<Integer> colors = new HashSet<>();
        colors.add(image.getRGB(2, 2) & 0xFFFFFF);
        colors.add(image.getRGB(8, 6) & 0xFFFFFF);
        colors.add(image.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(3, colors.size(), "background, label 1 and label 2 differ");
        assertEquals(0, image.getRGB(0, 0) & 0xFFFFFF, "background is black");
        assertNotEquals(image.getRGB(2, 2), Stack3D.preview(three(), 6).getRGB(8, 6));
        BufferedImage montage = Stack3D.montage(three(), 8);
        assertEquals(BufferedImage.TYPE_INT_RGB, montage.getType());
    }

    private static boolean[][] booleans(Mask m) {
        boolean[][] out = new boolean[m.depth()][];
        for (int z = 0; z < m.depth(); z++) {
            out[z] = TestMasks.booleans(m, z);
        }
        return out;
    }
}
