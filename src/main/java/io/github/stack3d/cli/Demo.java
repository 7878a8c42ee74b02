package io.github.stack3d.cli;

import static io.github.stack3d.Stack3D.inRange;
import static io.github.stack3d.Stack3D.loadStack;
import static io.github.stack3d.Stack3D.marchingCubesBelow;
import static io.github.stack3d.Stack3D.meshReport;
import static io.github.stack3d.Stack3D.montage;
import static io.github.stack3d.Stack3D.preview;
import static io.github.stack3d.Stack3D.sampleStack;
import static io.github.stack3d.Stack3D.savePly;
import static io.github.stack3d.Stack3D.savePng;
import static io.github.stack3d.Stack3D.saveStl;
import static io.github.stack3d.Stack3D.shellPoints;
import static io.github.stack3d.Stack3D.writeStack;

import io.github.stack3d.Mask;
import io.github.stack3d.Mesh;
import io.github.stack3d.PointCloud;
import io.github.stack3d.Volume;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The main job on the project's own sample: the synthetic specimen written as TIFF slices into
 * {@code stack3d-demo/slices/}, loaded back, thresholded with the seed's {@code inRange(0, 100)}, and saved as a
 * shell point cloud, a smooth watertight mesh of the same dark object ({@code marchingCubesBelow(stack, 100.5)},
 * PLY and STL) and pictures.
 */
final class Demo {

    private Demo() {
    }

    static void run(Options o, PrintStream out) throws IOException {
        Path dir = Path.of(o.text("--out", "stack3d-demo"));
        Path slices = dir.resolve("slices");
        Files.createDirectories(slices);
        Steps steps = new Steps(out);
        Volume sample = steps.time("made the sample stack", () -> sampleStack(), Object::toString);
        steps.time("wrote TIFF slices", () -> writeStack(sample, slices.toString()),
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
        steps.total();
        out.println(meshReport(mesh));
        out.println("Open " + dir.resolve("mesh.ply") + " in MeshLab, Blender or ParaView.");
    }
}
