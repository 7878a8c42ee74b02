package io.github.stack3d.bench;

import static io.github.stack3d.Stack3D.loadStack;

import io.github.stack3d.Parallel;
import io.github.stack3d.RenderMode;
import io.github.stack3d.TransferFunction;
import io.github.stack3d.View;
import io.github.stack3d.Volume;
import io.github.stack3d.render.VolumeRender;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Milliseconds per 512×512 volume-rendering frame (not a test): for each stack and mode (MIP, composite), the
 * first frame (the renderer made, that is the brick pass, then one picture) and the median of the later frames,
 * each at a new azimuth, on all cores. The composite transfer function is {@code ramp(FROM, TO)} with opacity
 * OPACITY per sample, as bench/vtk_render.py sets up VTK. Stacks are loaded into memory before timing.
 * Usage: {@code VolumeRenderBenchmark FRAMES FROM TO OPACITY STACK.tif...}
 */
final class VolumeRenderBenchmark {

    private VolumeRenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int frames = Integer.parseInt(args[0]);
        TransferFunction tf = TransferFunction.ramp(Double.parseDouble(args[1]), Double.parseDouble(args[2]))
                .withOpacity(Double.parseDouble(args[3]));
        System.out.printf(Locale.ROOT, "stack3d, %d threads, %s%n", Parallel.threads(), tf);
        System.out.printf(Locale.ROOT, "%-22s %-10s %12s %14s%n", "stack", "mode", "first ms", "median ms");
        for (int f = 4; f < args.length; f++) {
            Volume volume = loadStack(Path.of(args[f]));
            String name = Path.of(args[f]).getFileName().toString();
            for (RenderMode mode : new RenderMode[] {RenderMode.MIP, RenderMode.COMPOSITE}) {
                // warm the JIT on another renderer, so that "first" measures this stack's own first frame
                VolumeRender warm = VolumeRender.of(volume);
                for (int i = 0; i < 3; i++) {
                    warm.image(view(mode, 90 + 7 * i), tf);
                }
                long t0 = System.nanoTime();
                VolumeRender render = VolumeRender.of(volume);
                render.image(view(mode, 0), tf);
                double first = (System.nanoTime() - t0) / 1e6;
                double[] ms = new double[frames];
                for (int i = 0; i < frames; i++) {
                    long t = System.nanoTime();
                    render.image(view(mode, 360.0 * (i + 1) / (frames + 1)), tf);
                    ms[i] = (System.nanoTime() - t) / 1e6;
                }
                Arrays.sort(ms);
                System.out.printf(Locale.ROOT, "%-22s %-10s %12.1f %14.1f%n", name, mode, first, ms[frames / 2]);
            }
        }
    }

    private static View view(RenderMode mode, double azimuth) {
        return View.at(azimuth, 20).withSize(512, 512).withMode(mode).withScaleBar(false).withAxes(false);
    }
}
