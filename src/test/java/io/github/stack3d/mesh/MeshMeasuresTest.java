package io.github.stack3d.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Mesh;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class MeshMeasuresTest {

    @Test
    void unitCubeHasAreaSixAndVolumeOne() {
        assertEquals(6, MeshMeasures.surfaceArea(TestMeshes.cube()), 1e-12);
        assertEquals(1, MeshMeasures.enclosedVolume(TestMeshes.cube()), 1e-12);
    }

    @Test
    void flippedCubeHasNegativeVolumeAndTheSameArea() {
        Mesh flipped = TestMeshes.flipped(TestMeshes.cube());
        assertEquals(-1, MeshMeasures.enclosedVolume(flipped), 1e-12);
        assertEquals(6, MeshMeasures.surfaceArea(flipped), 1e-12);
    }

    @Test
    void tetrahedron() {
        // three right triangles of area 1/2 and an equilateral one of side √2: √3/4 · 2 = √3/2; volume 1/6
        assertEquals(1.5 + Math.sqrt(3) / 2, MeshMeasures.surfaceArea(TestMeshes.tetrahedron()), 1e-12);
        assertEquals(1.0 / 6, MeshMeasures.enclosedVolume(TestMeshes.tetrahedron()), 1e-12);
    }

    @Test
    void volumeDoesNotDependOnWhereTheCubeIs() {
        // 1e6 and 1e6 + 1 are exact in float (the float step at 1e6 is 1/16)
        Mesh far = TestMeshes.box(1e6, 1e6, 1e6, 1, 1, 1, "px");
        assertEquals(1, MeshMeasures.enclosedVolume(far), 1e-6);
        assertEquals(6, MeshMeasures.surfaceArea(far), 1e-6);
        Mesh negative = TestMeshes.box(-1e6, 2e5, -3e5, 1, 1, 1, "px");
        assertEquals(1, MeshMeasures.enclosedVolume(negative), 1e-6);
    }

    @Test
    void farAwayVolumeMatchesExactArithmetic() {
        // A cube's few-bit coordinates give exact determinants from any reference point; a sphere of radius 100
        // moved to 1e5 has float coordinates with all 24 bits used, so determinants taken from the origin
        // (~1e5 · 1e6 per term) lose 1.6e-12 of the volume (measured: 4152699.8293974 instead of ...8294039).
        // The reference is the same sum over the same float vertices in exact BigDecimal arithmetic; from the
        // bounding-box centre the result matched it to the last bit when this test was written.
        Mesh unit = TestMeshes.icosphere(3);
        float[] v = unit.vertices().clone();
        double[] offset = {1e5, -7e4, 3.3e4};
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (100 * v[i] + offset[i % 3]);
        }
        Mesh far = new Mesh(v, unit.triangles(), "px");
        BigDecimal sum = BigDecimal.ZERO;
        int[] t = far.triangles();
        for (int i = 0; i < t.length; i += 3) {
            BigDecimal[] a = exact(v, t[i]);
            BigDecimal[] b = exact(v, t[i + 1]);
            BigDecimal[] c = exact(v, t[i + 2]);
            sum = sum.add(a[0].multiply(b[1].multiply(c[2]).subtract(b[2].multiply(c[1])))
                    .add(a[1].multiply(b[2].multiply(c[0]).subtract(b[0].multiply(c[2]))))
                    .add(a[2].multiply(b[0].multiply(c[1]).subtract(b[1].multiply(c[0])))));
        }
        double exact = sum.divide(BigDecimal.valueOf(6), MathContext.DECIMAL128).doubleValue();
        assertEquals(exact, MeshMeasures.enclosedVolume(far), 1e-13 * exact);
    }

    @Test
    void anisotropicSpacingGivesPhysicalAreaAndVolume() {
        // a block of 10 × 10 × 10 voxels with spacing 0.5 × 0.5 × 2.0 µm has vertices in µm: 5 × 5 × 20 µm,
        // area 2·(5·5 + 5·20 + 5·20) = 450 µm², volume 5·5·20 = 500 µm³
        Mesh block = TestMeshes.box(0, 0, 0, 10 * 0.5, 10 * 0.5, 10 * 2.0, "µm");
        assertEquals(450, MeshMeasures.surfaceArea(block), 1e-9);
        assertEquals(500, MeshMeasures.enclosedVolume(block), 1e-9);
    }

    @Test
    void torusGridMatchesTheSmoothTorusToTheOrderOfItsGrid() {
        // The grid quads are planar isosceles trapezoids inscribed in the torus. With α = 2π/n and β = 2π/m the
        // area falls short of 4π²Rr by α²·5/48 + β²/24 (chords shorten edges by α²/24 and β²/24, and the
        // trapezoid's height loses α²/16 on average), the volume short of 2π²Rr² by (α² + β²)/6 (an inscribed
        // k-gon keeps sin(2π/k)/(2π/k) of its circle's area, once for the tube and once around the axis).
        // These leading terms are within 1 % of the true shortfall for these n, m (the next terms are O(α⁴)).
        double big = 3;
        double small = 1;
        int n = 128;
        int m = 64;
        double alpha = 2 * Math.PI / n;
        double beta = 2 * Math.PI / m;
        Mesh torus = TestMeshes.torus(big, small, n, m);
        double area = 4 * Math.PI * Math.PI * big * small;
        double volume = 2 * Math.PI * Math.PI * big * small * small;
        double areaShortfall = 1 - MeshMeasures.surfaceArea(torus) / area;
        double volumeShortfall = 1 - MeshMeasures.enclosedVolume(torus) / volume;
        double areaPredicted = alpha * alpha * 5 / 48 + beta * beta / 24;
        double volumePredicted = (alpha * alpha + beta * beta) / 6;
        assertEquals(areaPredicted, areaShortfall, 0.01 * areaPredicted);
        assertEquals(volumePredicted, volumeShortfall, 0.01 * volumePredicted);
    }

    @Test
    void icosphereConvergesToTheSphereAtSecondOrder() {
        // An inscribed convex polyhedron has less area and volume than the sphere, and its shortfall is
        // proportional to the squared edge length h²: each subdivision halves h and divides the shortfall by 4.
        // Computed with numpy from the same construction: shortfalls at level 6 are 7.48e-5 (area) and 1.35e-4
        // (volume), ratios between levels 3.95 .. 3.999.
        double previousArea = Double.NaN;
        double previousVolume = Double.NaN;
        for (int level = 3; level <= 6; level++) {
            Mesh sphere = TestMeshes.icosphere(level);
            double areaShortfall = 1 - MeshMeasures.surfaceArea(sphere) / (4 * Math.PI);
            double volumeShortfall = 1 - MeshMeasures.enclosedVolume(sphere) / (4 * Math.PI / 3);
            assertTrue(areaShortfall > 0 && volumeShortfall > 0, "level " + level);
            if (level > 3) {
                assertEquals(4, previousArea / areaShortfall, 0.06, "area, level " + level);
                assertEquals(4, previousVolume / volumeShortfall, 0.08, "volume, level " + level);
            }
            previousArea = areaShortfall;
            previousVolume = volumeShortfall;
        }
        assertTrue(previousArea < 7.6e-5, "area shortfall " + previousArea);
        assertTrue(previousVolume < 1.36e-4, "volume shortfall " + previousVolume);
    }

    @Test
    void parallelBlocksAddUpToTheSequentialSum() {
        // 2·300·100 = 60,000 triangles: four blocks of 16,384; compared with one plain loop over all triangles
        Mesh torus = TestMeshes.torus(5, 2, 300, 100);
        float[] v = torus.vertices();
        int[] t = torus.triangles();
        double area = 0;
        double volume = 0;
        for (int i = 0; i < t.length; i += 3) {
            double[] a = point(v, t[i]);
            double[] b = point(v, t[i + 1]);
            double[] c = point(v, t[i + 2]);
            double[] n = cross(minus(b, a), minus(c, a));
            area += Math.sqrt(dot(n, n)) / 2;
            volume += dot(a, cross(b, c)) / 6;
        }
        assertEquals(area, MeshMeasures.surfaceArea(torus), 1e-12 * area);
        assertEquals(volume, MeshMeasures.enclosedVolume(torus), 1e-12 * volume);
    }

    @Test
    void emptyMeshMeasuresZero() {
        Mesh empty = new Mesh(new float[0], new int[0], "px");
        assertEquals(0, MeshMeasures.surfaceArea(empty));
        assertEquals(0, MeshMeasures.enclosedVolume(empty));
    }

    @Test
    void nullMeshIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MeshMeasures.surfaceArea(null));
        assertTrue(e.getMessage().contains("mesh"), e.getMessage());
    }

    private static BigDecimal[] exact(float[] v, int i) {
        return new BigDecimal[] {new BigDecimal(v[3 * i]), new BigDecimal(v[3 * i + 1]), new BigDecimal(v[3 * i + 2])};
    }

    private static double[] point(float[] v, int i) {
        return new double[] {v[3 * i], v[3 * i + 1], v[3 * i + 2]};
    }

    private static double[] minus(double[] a, double[] b) {
        return new double[] {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }
}
