package io.github.stack3d.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Mask;
import io.github.stack3d.Python;
import io.github.stack3d.Stack3D;
import io.github.stack3d.TestData;
import io.github.stack3d.Volume;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facade's morphology, distance maps and filters against scipy.ndimage 1.10 and scikit-image 0.19 (Debian's
 * {@code /usr/bin/python3}) on the shared real stacks: the bat cochlea mask (spacing 1) and the MRI head (spacing
 * 1 × 1 × 7 as stored, its mask {@code threshold(mri, otsu(mri))}). Skipped when Python or the data is missing.
 * Each test prints what it measured.
 */
class FiltersCrossCheckTest {

    private static Mask cochlea() throws IOException {
        return Stack3D.threshold(Stack3D.loadStack(TestData.require("morpholibj/bat-cochlea-volume.tif")), 128);
    }

    private static Volume mri() throws IOException {
        return Stack3D.loadStack(TestData.require("real/mri-stack.tif"));
    }

    /**
     * Dilation, erosion, opening and closing are identical voxel for voxel to {@code skimage.morphology.binary_*}
     * with the same footprint: {@code skimage.morphology.ball(r)} itself on the cochlea, the ball of
     * {@link Scipy#BALL} on the MRI's anisotropic grid (a disc of 7 voxels across for r = 3, three slices for r = 8).
     */
    @Test
    void morphologyIsScikitImagesOnRealMasks(@TempDir Path dir) throws IOException {
        Python.requireModules("skimage.morphology");
        Volume mri = mri();
        assertEquals(7.0, mri.grid().sz(), "the MRI's stored slice spacing");
        check(cochlea(), "skimage.morphology.ball(int(r))", new double[] {1, 2, 3}, dir);
        check(Stack3D.threshold(mri, Stack3D.otsu(mri)), "ball(r)", new double[] {3, 8}, dir);
    }

    private static void check(Mask m, String footprint, double[] radii, Path dir) throws IOException {
        for (double r : radii) {
            String out = Scipy.run(m, """
                    import skimage.morphology
                    from skimage.morphology import binary_dilation, binary_erosion, binary_opening, binary_closing
                    r = float(sys.argv[8]); b = %s
                    for f in (binary_dilation, binary_erosion, binary_opening, binary_closing):
                        f(m, b).astype(np.uint8).tofile(f.__name__ + '.raw')
                    print(int(b.sum()))
                    """.formatted(footprint), dir, String.valueOf(r));
            String what = m + " r " + r + " (" + out.strip() + " voxels in the ball)";
            assertEquals(Ball.of(m.grid(), r).voxels(), Integer.parseInt(out.strip()), "ball size, " + what);
            Mask dilated = Stack3D.dilate(m, r);
            assertNull(Scipy.firstDifference(read(dir, "binary_dilation", m), dilated), "dilate " + what);
            assertNull(Scipy.firstDifference(read(dir, "binary_erosion", m), Stack3D.erode(m, r)), "erode " + what);
            assertNull(Scipy.firstDifference(read(dir, "binary_opening", m), Stack3D.open(m, r)), "open " + what);
            assertNull(Scipy.firstDifference(read(dir, "binary_closing", m), Stack3D.close(m, r)), "close " + what);
            assertTrue(dilated.count() > m.count(), what);
            System.out.println("identical to skimage: dilate/erode/open/close " + what);
        }
    }

    private static Mask read(Path dir, String name, Mask like) throws IOException {
        return Scipy.readMask(dir.resolve(name + ".raw"), like.width(), like.height(), like.depth(), like.grid());
    }

    /** Both distance maps equal {@code distance_transform_edt} with {@code sampling} to float rounding. */
    @Test
    void distanceMapsAreScipysOnRealMasks(@TempDir Path dir) throws IOException {
        Volume mri = mri();
        for (Mask m : new Mask[] {cochlea(), Stack3D.threshold(mri, Stack3D.otsu(mri))}) {
            Scipy.run(m, """
                    inside = ndi.distance_transform_edt(m, sampling=sampling)
                    inside.astype('<f8').tofile('inside.raw')
                    (inside - ndi.distance_transform_edt(~m, sampling=sampling)).astype('<f8').tofile('signed.raw')
                    """, dir);
            double signed = worstRelative(Scipy.readDoubles(dir.resolve("signed.raw")), Stack3D.distanceMap(m));
            double inside = worstRelative(Scipy.readDoubles(dir.resolve("inside.raw")), Stack3D.distanceInside(m));
            String what = String.format(Locale.ROOT, "%s: largest relative difference to scipy %.2e (signed), %.2e "
                    + "(inside)", m, signed, inside);
            System.out.println(what);
            // rounding a double to the nearest float changes it by at most 2^-24 of itself
            assertTrue(signed <= 0x1p-24 && inside <= 0x1p-24, "float rounding of the same distance only: " + what);
        }
    }

    /** {@code |a − e| / max(|e|, 1)} at its largest. */
    private static double worstRelative(double[] expected, Volume actual) {
        assertEquals(actual.voxelCount(), expected.length);
        double worst = 0;
        int n = actual.sliceSize();
        for (int z = 0; z < actual.depth(); z++) {
            float[] s = actual.floats(z);
            for (int i = 0; i < n; i++) {
                double e = expected[z * n + i];
                worst = Math.max(worst, Math.abs(s[i] - e) / Math.max(Math.abs(e), 1));
            }
        }
        return worst;
    }

    /**
     * {@code gaussian} equals {@code gaussian_filter(v, σ / spacing, mode='nearest')} to far better than the issue's
     * 1e-3 of the data range (float rounding), and {@code median} equals {@code median_filter(v, footprint=ball,
     * mode='nearest')} exactly, on the MRI head with its 1 × 1 × 7 spacing.
     */
    @Test
    void gaussianAndMedianAreScipysOnTheMri(@TempDir Path dir) throws IOException {
        Volume mri = mri();
        double range = mri.range().max() - mri.range().min();
        for (double sigma : new double[] {1, 3, 10}) {
            double[] expected = FiltersTest.scipy(mri, """
                    s = float(sys.argv[9])
                    ndi.gaussian_filter(v.astype(np.float64), [s / x for x in sampling], mode='nearest')\\
                        .astype('<f8').tofile('out.raw')
                    """, dir, String.valueOf(sigma));
            Volume g = Stack3D.gaussian(mri, sigma);
            double worst = 0;
            for (int z = 0; z < mri.depth(); z++) {
                float[] s = g.floats(z);
                for (int i = 0; i < s.length; i++) {
                    worst = Math.max(worst, Math.abs(s[i] - expected[z * s.length + i]));
                }
            }
            String what = String.format(Locale.ROOT, "gaussian σ %s on %s: largest difference to scipy %.2e = %.2e "
                    + "of the range", sigma, mri, worst, worst / range);
            System.out.println(what);
            assertTrue(worst <= 1e-6 * range, what);
        }
        for (double r : new double[] {1, 7}) {
            double[] expected = FiltersTest.scipy(mri, """
                    ndi.median_filter(v, footprint=ball(float(sys.argv[9])), mode='nearest').astype('<f8')\\
                        .tofile('out.raw')
                    """, dir, String.valueOf(r));
            Volume m = Stack3D.median(mri, r);
            long differ = 0;
            for (int z = 0; z < mri.depth(); z++) {
                byte[] s = m.bytes(z);
                for (int i = 0; i < s.length; i++) {
                    differ += (s[i] & 0xFF) == expected[z * s.length + i] ? 0 : 1;
                }
            }
            System.out.println("median r " + r + " on " + mri + ": " + differ + " voxels differ from scipy");
            assertEquals(0, differ, "median r " + r);
        }
    }
}
