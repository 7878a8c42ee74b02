package io.github.stack3d.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Border;
import io.github.stack3d.Grid;
import io.github.stack3d.Mask;
import io.github.stack3d.Mesh;
import io.github.stack3d.Stack3D;
import io.github.stack3d.TestData;
import io.github.stack3d.Volume;
import io.github.stack3d.extract.MarchingCubes;
import io.github.stack3d.mesh.MeshMeasures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SmoothMaskTest {

    /** Knud Thomsen's approximation of an ellipsoid's area with p = 1.6075 (at most 1.061 % off). */
    static double thomsenArea(double a, double b, double c) {
        double p = 1.6075;
        double ap = Math.pow(a, p);
        double bp = Math.pow(b, p);
        double cp = Math.pow(c, p);
        return 4 * Math.PI * Math.pow((ap * bp + ap * cp + bp * cp) / 3, 1 / p);
    }

    /**
     * The exact area of an ellipsoid, by numerical integration over the parametrisation
     * {@code (a sinθ cosφ, b sinθ sinφ, c cosθ)}: midpoint rule, 2000 × 4000 cells (converged to 1e-6).
     */
    static double exactArea(double a, double b, double c) {
        int nt = 2000;
        int np = 4000;
        double sum = 0;
        for (int i = 0; i < nt; i++) {
            double t = Math.PI * (i + 0.5) / nt;
            double st = Math.sin(t);
            double ct = Math.cos(t);
            for (int j = 0; j < np; j++) {
                double f = 2 * Math.PI * (j + 0.5) / np;
                double sf = Math.sin(f);
                double cf = Math.cos(f);
                double x = b * c * st * st * cf;
                double y = a * c * st * st * sf;
                double z = a * b * st * ct;
                sum += Math.sqrt(x * x + y * y + z * z);
            }
        }
        return sum * (Math.PI / nt) * (2 * Math.PI / np);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ellipsoid_A30_B20_C10_T00_P00.tif", "ellipsoid_A30_B20_C10_T30_P30.tif",
        "ellipsoid_A45_B35_C25_T30_P20_R10.tif"})
    void marchingCubesOnTheSmoothedMaskHasTheEllipsoidsAreaAndVolume(String file) throws IOException {
        Path path = TestData.require("morpholibj/" + file);
        Matcher m = Pattern.compile("_A(\\d+)_B(\\d+)_C(\\d+)_").matcher(file);
        assertTrue(m.find());
        double a = Double.parseDouble(m.group(1));
        double b = Double.parseDouble(m.group(2));
        double c = Double.parseDouble(m.group(3));
        Mask mask = Threshold.atLeast(Stack3D.loadStack(path), 128);
        Mesh mesh = MarchingCubes.extract(SmoothMask.field(mask, 1), 0.5, Border.CLOSED);
        double area = MeshMeasures.surfaceArea(mesh);
        double volume = MeshMeasures.enclosedVolume(mesh);
        double analyticVolume = 4 * Math.PI * a * b * c / 3;
        double thomsen = thomsenArea(a, b, c);
        double exact = exactArea(a, b, c);
        String what = String.format("%s: area %.1f (Thomsen %.1f, exact %.1f: %+.3f %%), volume %.1f (analytic %.1f:"
                + " %+.3f %%; voxels %d)", file, area, thomsen, exact, 100 * (area / thomsen - 1), volume,
                analyticVolume, 100 * (volume / analyticVolume - 1), mask.count());
        System.out.println(what + String.format(" vs exact area %+.3f %%", 100 * (area / exact - 1)));
        assertEquals(1, area / thomsen, 0.01, what);
        assertEquals(1, volume / analyticVolume, 0.01, what);
    }
}
