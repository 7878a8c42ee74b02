package io.github.stack3d.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.stack3d.Grid;
import io.github.stack3d.Mask;
import io.github.stack3d.PointCloud;
import io.github.stack3d.Stack3D;
import io.github.stack3d.Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ShellPointsSlabsTest {

    @Test
    void slabsOneAfterTheOtherAreTheShellPointsOfTheWholeMask() {
        Volume v = MarchingCubesTest.randomSmooth(new SplittableRandom(17), 43, 31, 37)
                .withGrid(Grid.of(0.5, 0.5, 3, "µm").withOrigin(1, 2, 3));
        Mask mask = Stack3D.inRange(v, 90, 200);
        PointCloud whole = ShellPoints.of(mask);
        for (int thickness : new int[] {1, 2, 5, 36, 37, 100}) {
            List<float[]> slabs = new ArrayList<>();
            for (int z = 0; z < mask.depth(); z += thickness) {
                slabs.add(ShellPoints.ofSlices(mask, z, Math.min(mask.depth(), z + thickness)));
            }
            PointCloud joined = ShellPoints.join(slabs, mask);
            assertArrayEquals(whole.xyz(), joined.xyz(), thickness + " slices per slab");
        }
    }

    @Test
    void anEmptyMaskHasNoShellPointsInAnyCut() {
        Mask empty = Mask.ofBooleans(10, 10, new boolean[10][100], Grid.PIXELS);
        List<float[]> slabs = List.of(ShellPoints.ofSlices(empty, 0, 4), ShellPoints.ofSlices(empty, 4, 10));
        assertThrows(IllegalArgumentException.class, () -> ShellPoints.join(slabs, empty));
        assertThrows(IllegalArgumentException.class, () -> ShellPoints.ofSlices(empty, 5, 4));
    }
}
