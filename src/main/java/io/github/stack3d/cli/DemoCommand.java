package io.github.stack3d.cli;

import static io.github.stack3d.Stack3D.inRange;
import static io.github.stack3d.Stack3D.loadStack;
import static io.github.stack3d.Stack3D.marchingCubesBelow;
import static io.github.stack3d.Stack3D.meshReport;
import static io.github.stack3d.Stack3D.montage;
import static io.github.stack3d.Stack3D.preview;
import static io.github.stack3d.Stack3D.renderMesh;
import static io.github.stack3d.Stack3D.replaceStack;
import static io.github.stack3d.Stack3D.sampleStack;
import static io.github.stack3d.Stack3D.savePly;
import static io.github.stack3d.Stack3D.savePng;
import static io.github.stack3d.Stack3D.saveStl;
import static io.github.stack3d.Stack3D.shellPoints;

import io.github.stack3d.Mask;
import io.github.stack3d.Mesh;
import io.github.stack3d.PointCloud;
import io.github.stack3d.Volume;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.nio.file.Path;

/**
 * The main job on the project's own sample: the synthetic specimen written as TIFF slices into
 * {@code stack3d-demo/slices/} (replacing the slices of an earlier run as a whole), loaded back, thresholded with the seed's {@code inRange(0, 100)}, and saved as a
 * shell point cloud, a smooth watertight mesh of the same dark object ({@code marchingCubesBelow(stack, 100.5)},
 * PLY and STL) and pictures.
 */
final class DemoCommand implements Command {

    private final PrintWriter out;
    private Path dir;

    DemoCommand(PrintWriter out) {
        this.out = out;
    }

    @Override
    public String description() {
        return "The main job on the project's own sample stack: TIFF slices, the seed's shell points, a watertight "
                + "mesh and pictures, written into --out (the default without a command).";
    }

    @Override
    public void declare(Options o) {
        o.option("--out", "DIR", "the folder to write into (default ${DEFAULT-VALUE})", "stack3d-demo", Options.PATH,
                v -> dir = v);
    }

    @Override
    public Integer call() throws IOException {
        Path slices = dir.resolve("slices");
        requireDemoFolder(slices);
        Steps steps = new Steps(out);
        Volume sample = steps.time("made the sample stack", () -> sampleStack(), Object::toString);
        steps.time("wrote TIFF slices", () -> replaceStack(sample, slices),
                files -> files.size() + " files in " + slices);
        Volume stack = steps.time("loaded them back", () -> loadStack(slices.toString()), Object::toString);
        Mask mask = steps.time("inRange(0, 100)", () -> inRange(stack, 0, 100), Object::toString);
        PointCloud shell = steps.time("shell points", () -> shellPoints(mask), Object::toString);
        steps.time("wrote", () -> savePly(shell, dir.resolve("shell.ply")), Object::toString);
        Mesh mesh = steps.time("marching cubes below 100.5", () -> marchingCubesBelow(stack, 100.5), Object::toString);
        steps.time("wrote", () -> savePly(mesh, dir.resolve("mesh.ply")), Object::toString);
        steps.time("wrote", () -> saveStl(mesh, dir.resolve("mesh.stl").toString()), Object::toString);
        steps.time("wrote", () -> savePng(montage(stack), dir.resolve("montage.png")), Object::toString);
        steps.time("wrote", () -> savePng(preview(stack, mask, stack.depth() / 2),
                dir.resolve("overlay.png").toString()), Object::toString);
        steps.time("rendered and wrote", () -> savePng(renderMesh(mesh), dir.resolve("mesh.png")), Object::toString);
        steps.total();
        out.println(meshReport(mesh));
        out.println("Open " + dir.resolve("mesh.ply") + " in MeshLab, Blender or ParaView.");
        out.flush();
        return 0;
    }

    /**
     * Before any work: {@code --out} is a folder (or new), and its {@code slices/} holds nothing but the TIFF slices
     * the demo replaces as a whole.
     */
    private void requireDemoFolder(Path slices) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UsageException("--out " + dir + " is a file; expected a folder to write "
                    + "the demo into");
        }
        if (!Files.isDirectory(slices)) {
            return;
        }
        try (Stream<Path> entries = Files.list(slices)) {
            List<String> others = entries.map(p -> p.getFileName().toString())
                    .filter(n -> !n.toLowerCase(Locale.ROOT).matches(".*\\.tiff?")).sorted().toList();
            if (!others.isEmpty()) {
                throw new UsageException("--out " + dir + ": " + slices + " holds "
                        + String.join(", ", others) + " beside the demo's slices, which it replaces as a whole; move "
                        + "them or choose another --out");
            }
        }
    }
}
