package io.github.stack3d.bench;

import static io.github.stack3d.Stack3D.loadStack;
import static io.github.stack3d.Stack3D.sampleStack;
import static io.github.stack3d.Stack3D.savePng;

import io.github.stack3d.RenderMode;
import io.github.stack3d.SliceSource;
import io.github.stack3d.TransferFunction;
import io.github.stack3d.View;
import io.github.stack3d.render.VolumeRender;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Pictures to look at (not a test): MIP, composite and isosurface of the bat cochlea, the sample stack (a dark
 * object: a downward ramp and the isosurface at 100.5) and a blob stack, into target/pictures/.
 * Usage: {@code VolumePictures COCHLEA.tif BLOBS.tif}
 */
final class VolumePictures {

    private VolumePictures() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of("target/pictures"));
        write(out, "cochlea", loadStack(Path.of(args[0])), null, Double.NaN);
        write(out, "sample", sampleStack(), TransferFunction.ramp(100.5, 0).withOpacity(0.3), 100.5);
        write(out, "blobs512", loadStack(Path.of(args[1])), TransferFunction.ramp(80, 200).withOpacity(0.2),
                Double.NaN);
    }

    private static void write(Path out, String name, SliceSource stack, TransferFunction tf, double level)
            throws Exception {
        VolumeRender r = VolumeRender.of(stack);
        View view = View.DEFAULT;
        savePng(r.image(view.withMode(RenderMode.MIP)), out.resolve(name + "-mip.png"));
        savePng(tf == null ? r.image(view) : r.image(view, tf), out.resolve(name + "-composite.png"));
        View iso = Double.isNaN(level) ? view.withMode(RenderMode.ISOSURFACE) : view.withLevel(level);
        savePng(r.image(iso), out.resolve(name + "-iso.png"));
        savePng(r.image(iso.withPerspective(true).withAngles(-50, 35)), out.resolve(name + "-iso-persp.png"));
    }
}
