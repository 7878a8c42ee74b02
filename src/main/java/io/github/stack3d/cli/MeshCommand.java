package io.github.stack3d.cli;

import io.github.stack3d.Border;
import io.github.stack3d.Mesh;
import io.github.stack3d.Stack3D;
import io.github.stack3d.Volume;
import io.github.stack3d.extract.MarchingCubes;
import io.github.stack3d.io.AtomicWrite;
import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code mesh STACK OUT.ply|stl|obj|glb}: the marching-cubes surface, the format from the extension. */
final class MeshCommand implements Command {

    private final PrintWriter out;
    private final StackInput input = new StackInput();
    private String output;
    private Double level;
    private boolean below;
    private boolean open;
    private boolean report;

    MeshCommand(PrintWriter out) {
        this.out = out;
    }

    @Override
    public String description() {
        return "The marching-cubes surface at a level, closed unless --open; the format comes from the extension "
                + "(.glb: binary glTF for Blender, three.js and PowerPoint, scaled to metres when the unit is known). "
                + "With --level the slices stream from disk (any stack size); without it the stack is loaded and the "
                + "level is its Otsu threshold.";
    }

    @Override
    public void declare(Options o) {
        input.declare(o);
        o.parameter("OUT.ply|OUT.stl|OUT.obj|OUT.glb", "the mesh to write", Options.TEXT, v -> output = v)
                .option("--level", "L", "the iso level (default: the Otsu threshold)", Options.DOUBLE, v -> level = v)
                .flag("--below", "the surface around the voxels <= level (dark objects, as the seed's inRange(0, "
                        + "100)) instead of >= level", v -> below = v)
                .flag("--open", "leave the surface open where the object touches the stack's border", v -> open = v)
                .flag("--report", "print the mesh report (closed? components, genus, area, volume)",
                        v -> report = v);
    }

    @Override
    public Integer call() throws Exception {
        if (level != null) {
            Numbers.requireNumber("--level", level);
        }
        String format = Output.check(output, Output.MESH_FORMATS, input::files);
        Steps steps = new Steps(out);
        Volume stack = steps.time(level != null ? "opened" : "loaded", level != null ? input::open : input::load,
                Object::toString);
        double l = level != null ? level : steps.time("Otsu threshold", () -> Stack3D.otsu(stack), String::valueOf);
        Border border = open ? Border.OPEN : Border.CLOSED;
        String step = "marching cubes " + (below ? "below " : "at ") + l;
        Path target = Path.of(output);
        if (format.equals("ply") && !report && AtomicWrite.replaces(target)) {
            // one pass over the slices into each thread's own buffers, written at their places in the file: the
            // mesh is never joined
            var runs = steps.time(step, () -> below ? MarchingCubes.extractRunsBelow(stack, l, Border.CLOSED)
                    : MarchingCubes.extractRuns(stack, l, border), Object::toString);
            steps.time("wrote", () -> PlyParts.write(runs, target), Steps::file);
            steps.total();
            return 0;
        }
        Mesh mesh;
        Path written;
        if (format.equals("ply") && AtomicWrite.replaces(target)) {
            // the file is written part by part as the threads finish them, not after the whole mesh
            Mesh[] made = new Mesh[1];
            written = AtomicWrite.writeChannel(target, channel -> {
                try {
                    made[0] = steps.time(step, () -> surface(stack, l, border, new PlyParts(channel,
                            stack.grid().unit())), Object::toString);
                } catch (PlyParts.WriteFailure e) {
                    throw e.getCause();
                }
            });
            mesh = steps.since("wrote", made[0], m -> Steps.file(target));
        } else {
            mesh = steps.time(step, () -> surface(stack, l, border, null), Object::toString);
            written = steps.time("wrote", () -> Output.saveMesh(mesh, output, format), Steps::file);
        }
        steps.total();
        if (report) {
            try {
                out.println(Stack3D.meshReport(mesh));
            } catch (RuntimeException e) {
                throw new IllegalStateException(written + " was written, but its report failed: " + e.getMessage(), e);
            }
        }
        return 0;
    }

    /** The surface, told to {@code parts} (null: nobody) as the threads finish it; --open does not apply below. */
    private Mesh surface(Volume stack, double l, Border border, MarchingCubes.Parts parts) {
        return below ? MarchingCubes.extractBelow(stack, l, Border.CLOSED, parts)
                : MarchingCubes.extract(stack, l, border, parts);
    }
}
