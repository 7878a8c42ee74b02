package io.github.stack3d.bench;

import io.github.stack3d.Mesh;
import io.github.stack3d.Stack3D;
import io.github.stack3d.mesh.HausdorffDistance;
import io.github.stack3d.mesh.MeshReport;
import io.github.stack3d.mesh.QuadricDecimation;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Times stack3d's quadric decimation of PLY meshes to a fraction of their triangles, the timed call only (as
 * {@code bench/decimate_reference.py} times Open3D and VTK): the first run in a fresh JVM and the best of at
 * least 5 runs after 1.5 s of warm-up. Writes each result beside the given output folder as
 * {@code stack3d-NAME.ply} and prints one line per mesh: triangles, times, area and volume change.
 * Run by {@code bench/decimate.sh}, or:
 * {@code java -cp target/classes:target/test-classes:$(cat target/classpath.txt)
 * io.github.stack3d.bench.DecimationBenchmark FRACTION OUTDIR MESH.ply...}
 */
public final class DecimationBenchmark {

    private DecimationBenchmark() {
    }

    /**
     * {@code make DIR}: writes the demo specimen's mesh and the bat cochlea's ({@code SHARED/data/morpholibj}) as
     * {@code DIR/specimen.ply}, {@code DIR/cochlea.ply}; {@code hausdorff INPUT.ply RESULT.ply...}: prints each
     * result's vertex-sampled Hausdorff distance to the input (one common measure for every tool).
     */
    public static void main(String[] args) throws Exception {
        if (args[0].equals("make")) {
            Path dir = Path.of(args[1]);
            java.nio.file.Files.createDirectories(dir);
            Stack3D.savePly(Stack3D.marchingCubesBelow(Stack3D.sampleStack(), 100.5), dir.resolve("specimen.ply"));
            Stack3D.savePly(Stack3D.marchingCubes(Stack3D.loadStack(Path.of(args[2], "data", "morpholibj",
                    "bat-cochlea-volume.tif")), 127.5), dir.resolve("cochlea.ply"));
            return;
        }
        if (args[0].equals("hausdorff")) {
            Mesh input = Stack3D.readPly(Path.of(args[1]));
            for (int a = 2; a < args.length; a++) {
                Mesh r = Stack3D.readPly(Path.of(args[a]));
                double h = HausdorffDistance.between(input, new Mesh(r.vertices(), r.triangles(), input.unit()));
                System.out.printf(Locale.ROOT, "%-32s Hausdorff %.4f %s%n", Path.of(args[a]).getFileName(), h,
                        input.unit());
            }
            return;
        }
        double fraction = Double.parseDouble(args[0]);
        Path out = Path.of(args[1]);
        int repeat = Integer.getInteger("repeat", 5);
        for (int a = 2; a < args.length; a++) {
            Path file = Path.of(args[a]);
            Mesh mesh = Stack3D.readPly(file);
            int target = (int) Math.round(fraction * mesh.triangleCount());
            long t0 = System.nanoTime();
            Mesh result = QuadricDecimation.toTriangles(mesh, target);
            long first = System.nanoTime() - t0;
            long spent = 0;
            for (int r = 0; r < 2 || spent < 1_500_000_000L; r++) {
                long t1 = System.nanoTime();
                QuadricDecimation.toTriangles(mesh, target);
                spent += System.nanoTime() - t1;
            }
            long best = Long.MAX_VALUE;
            spent = 0;
            for (int r = 0; r < repeat || spent < 1_000_000_000L; r++) {
                long t1 = System.nanoTime();
                result = QuadricDecimation.toTriangles(mesh, target);
                long t = System.nanoTime() - t1;
                best = Math.min(best, t);
                spent += t;
            }
            String name = file.getFileName().toString();
            Stack3D.savePly(result, out.resolve("stack3d-" + name));
            MeshReport before = MeshReport.of(mesh);
            MeshReport after = MeshReport.of(result);
            System.out.printf(Locale.ROOT, "%-10s %-24s %8d -> %7d triangles %8.1f ms (first run %.0f ms)"
                            + "  area %+.3f %%  volume %+.3f %%  %s%n", "stack3d", name, mesh.triangleCount(),
                    result.triangleCount(), best / 1e6, first / 1e6,
                    100 * (after.surfaceArea() / before.surfaceArea() - 1),
                    100 * (after.enclosedVolume() / before.enclosedVolume() - 1),
                    after.watertight() ? "watertight" : "NOT watertight");
        }
    }
}
