package io.github.stack3d.cli;

import io.github.stack3d.RenderMode;
import io.github.stack3d.Stack3D;
import io.github.stack3d.View;
import io.github.stack3d.Volume;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code render STACK OUT.png|OUT.gif}: a volume rendering, or a turntable of them as a looping GIF. */
@Command(name = "render", description = "A volume rendering (maximum intensity, composite or isosurface) as PNG, "
        + "or a turntable of them as a looping GIF; headless, no display needed.")
final class RenderCommand extends Main.Common implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StackInput input;

    @Parameters(index = "1", paramLabel = "OUT.png|OUT.gif", description = "the picture (or animation) to write")
    String output;

    @Option(names = "--mode", defaultValue = "COMPOSITE", description = "MIP, COMPOSITE or ISOSURFACE "
            + "(default ${DEFAULT-VALUE})")
    RenderMode mode;

    @Option(names = "--level", paramLabel = "L", description = "the isosurface level (default: the Otsu level); "
            + "implies --mode ISOSURFACE")
    Double level;

    @Option(names = "--azimuth", defaultValue = "30", description = "degrees (default ${DEFAULT-VALUE})")
    double azimuth;

    @Option(names = "--elevation", defaultValue = "20", description = "degrees, -90..90 (default ${DEFAULT-VALUE})")
    double elevation;

    @Option(names = "--size", defaultValue = "512x512", paramLabel = "WxH",
            description = "picture size in pixels (default ${DEFAULT-VALUE})")
    String size;

    @Option(names = "--perspective", description = "a perspective camera instead of an orthographic one")
    boolean perspective;

    @Option(names = "--frames", defaultValue = "36", description = "frames of a GIF turntable (default "
            + "${DEFAULT-VALUE})")
    int frames;

    @Override
    public Integer call() throws Exception {
        String format = Output.check(spec.commandLine(), output, List.of("png", "gif"), input::files);
        View view = view();
        Steps steps = new Steps(spec.commandLine().getOut());
        Volume stack = steps.time("loaded", input::load, Object::toString);
        if (format.equals("gif")) {
            var pictures = steps.time("rendered", () -> Stack3D.turntable(stack, frames, view),
                    p -> p.size() + " frames of " + view.width() + "×" + view.height());
            steps.time("wrote", () -> Stack3D.saveGif(pictures, output, 12), Steps::file);
        } else {
            var picture = steps.time("rendered", () -> Stack3D.volumeRender(stack, view),
                    p -> p.getWidth() + "×" + p.getHeight() + " " + view.mode());
            steps.time("wrote", () -> Stack3D.savePng(picture, output), Steps::file);
        }
        steps.total();
        return 0;
    }

    private View view() {
        String[] wh = size.toLowerCase(java.util.Locale.ROOT).split("x");
        int w;
        int h;
        try {
            w = Integer.parseInt(wh[0].trim());
            h = Integer.parseInt(wh[wh.length == 2 ? 1 : 0].trim());
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "--size is '" + size + "'; expected WxH, e.g. 800x600");
        }
        if (level != null) {
            Numbers.requireNumber(spec, "--level", level);
        }
        Numbers.requireNumber(spec, "--azimuth", azimuth);
        Numbers.requireNumber(spec, "--elevation", elevation);
        if (frames < 1 || frames > 3600) {
            throw new ParameterException(spec.commandLine(), "--frames is " + frames + "; expected 1..3600");
        }
        try {
            View v = View.at(azimuth, elevation).withSize(w, h).withMode(mode).withPerspective(perspective);
            return level != null ? v.withLevel(level) : v;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
