import io.github.stack3d.*;
import static io.github.stack3d.Stack3D.*;
import java.nio.file.*;

/**
 * Writes pictures of every 2D kind (projections, orthogonal views, histograms) to target/pictures/, to look at.
 * Run from the repository root after {@code mvn -q compile dependency:build-classpath -Dmdep.outputFile=cp.txt}:
 * {@code java -cp target/classes:$(cat cp.txt) tools/Pictures2D.java}
 */
public class Pictures2D {
    public static void main(String[] a) throws Exception {
        Path out = Path.of("target/pictures");
        Files.createDirectories(out);
        Volume bat = loadStack(a.length > 0 ? a[0] : "/work/shared/data/morpholibj/bat-cochlea-volume.tif");
        System.out.println(bat.describe());
        Volume s = sampleStack();
        System.out.println(s);
        savePng(project(bat, Axis.Z, Projection.MAX), out.resolve("bat-max-z.png"));
        savePng(project(bat, Axis.Y, Projection.MAX, Colormap.MAGMA), out.resolve("bat-max-y-magma.png"));
        savePng(project(bat, Axis.X, Projection.MEAN, Colormap.VIRIDIS), out.resolve("bat-mean-x-viridis.png"));
        savePng(project(s, Axis.Z, Projection.MIN), out.resolve("sample-min-z.png"));
        savePng(project(s, Axis.Y, Projection.MEAN, Colormap.INFERNO), out.resolve("sample-mean-y-inferno.png"));
        savePng(project(s, Axis.X, Projection.SUM, Colormap.PLASMA), out.resolve("sample-sum-x-plasma.png"));
        Mask m = inRange(s, 0, 100);
        savePng(project(m, Axis.Z, Projection.MAX), out.resolve("sample-mask-max-z.png"));
        savePng(orthoViews(s, m), out.resolve("sample-ortho-mask.png"));
        savePng(orthoViews(bat), out.resolve("bat-ortho.png"));
        double t = otsu(s);
        System.out.println("otsu " + t);
        Chart h = histogram(s, t);
        savePng(toImage(h), out.resolve("sample-histogram.png"));
        savePng(toImage(h.logarithmic()), out.resolve("sample-histogram-log.png"));
        saveSvg(h, out.resolve("sample-histogram.svg"));
        savePng(toImage(histogram(bat, otsu(bat)).logarithmic()), out.resolve("bat-histogram-log.png"));
    }
}
