package io.github.stack3d.cli;

import io.github.stack3d.RenderMode;
import io.github.stack3d.Stack3D;
import io.github.stack3d.View;
import io.github.stack3d.Volume;
import java.io.PrintWriter;
import java.util.List;

/** {@code render STACK OUT.png|OUT.gif}: a volume rendering, or a turntable of them as a looping GIF. */
final class RenderCommand implements Command {

    private final PrintWriter out;
    private final StackInput input = new StackInput();
    private String output;
    private RenderMode mode;
    private Double level;
    private double azimuth;
    private double elevation;
    private String size;
    private boolean perspective;
    private int frames;

    RenderCommand(PrintWriter out) {
        this.out = out;
    }

    @Override
    public String description() {
        return "A volume rendering (maximum intensity, composite or isosurface) as PNG, or a turntable of them as a "
                + "looping GIF; headless, no display needed.";
    }

    @Override
    public void declare(Options o) {
        input.declare(o);
        o.parameter("OUT.png|OUT.gif", "the picture (or animation) to write", Options.TEXT, v -> output = v)
                .option("--mode", "<mode>", "MIP, COMPOSITE or ISOSURFACE (default ${DEFAULT-VALUE})", "COMPOSITE",
                        Options.oneOf(RenderMode.class), v -> mode = v)
                .option("--level", "L", "the isosurface level (default: the Otsu level); implies --mode ISOSURFACE",
                        Options.DOUBLE, v -> level = v)
                .option("--azimuth", "<azimuth>", "degrees (default ${DEFAULT-VALUE})", "30", Options.DOUBLE,
                        v -> azimuth = v)
                .option("--elevation", "<elevation>", "degrees, -90..90 (default ${DEFAULT-VALUE})", "20",
                        Options.DOUBLE, v -> elevation = v)
                .option("--size", "WxH", "picture size in pixels (default ${DEFAULT-VALUE})", "512x512", Options.TEXT,
                        v -> size = v)
                .flag("--perspective", "a perspective camera instead of an orthographic one", v -> perspective = v)
                .option("--frames", "<frames>", "frames of a GIF turntable (default ${DEFAULT-VALUE})", "36",
                        Options.INT, v -> frames = v);
    }

    @Override
    public Integer call() throws Exception {
        String format = Output.check(output, List.of("png", "gif"), input::files);
        View view = view();
        Steps steps = new Steps(out);
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
            throw new UsageException("--size is '" + size + "'; expected WxH, e.g. 800x600");
        }
        if (level != null) {
            Numbers.requireNumber("--level", level);
        }
        Numbers.requireNumber("--azimuth", azimuth);
        Numbers.requireNumber("--elevation", elevation);
        if (frames < 1 || frames > 3600) {
            throw new UsageException("--frames is " + frames + "; expected 1..3600");
        }
        try {
            View v = View.at(azimuth, elevation).withSize(w, h).withMode(mode).withPerspective(perspective);
            return level != null ? v.withLevel(level) : v;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
