package io.github.stack3d.bench;

import io.github.stack3d.Mesh;
import io.github.stack3d.Stack3D;
import io.github.stack3d.View;
import io.github.stack3d.render.MeshRender;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times mesh pictures: the marching-cubes mesh of a stack (level LEVEL), drawn at 512×512 (View.DEFAULT, no
 * wireframe), the first frame in a fresh JVM (normals ready, as {@code MeshRender.of} prepares them once) and the
 * median of the later frames, each at a new azimuth (every 7°), after 1 s of warm-up; then the same with the
 * wireframe. Run by {@code bench/mesh_render.sh}, or:
 * {@code java -cp target/classes:target/test-classes:$(cat target/classpath.txt)
 * io.github.stack3d.bench.MeshRenderBenchmark LEVEL STACK}
 */
public final class MeshRenderBenchmark {

    private MeshRenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double level = Double.parseDouble(args[0]);
        int frames = Integer.getInteger("frames", 25);
        Mesh mesh = Stack3D.marchingCubes(Stack3D.loadStack(Path.of(args[1])), level);
        MeshRender render = MeshRender.of(mesh);
        for (boolean wire : new boolean[] {false, true}) {
            View view = View.DEFAULT.withWireframe(wire);
            long t0 = System.nanoTime();
            render.picture(view);
            long first = System.nanoTime() - t0;
            double angle = 30;
            for (long end = System.nanoTime() + 1_000_000_000L; System.nanoTime() < end; ) {
                render.picture(view.withAngles(angle += 7, 20));
            }
            long[] t = new long[frames];
            for (int i = 0; i < frames; i++) {
                View v = view.withAngles(angle += 7, 20);
                long s = System.nanoTime();
                render.picture(v);
                t[i] = System.nanoTime() - s;
            }
            Arrays.sort(t);
            System.out.printf(Locale.ROOT, "%-24s %,11d triangles  512x512%s  first %7.1f ms  median %6.1f ms"
                            + "  (min %.1f, max %.1f, %d frames, %d threads)%n", Path.of(args[1]).getFileName(),
                    mesh.triangleCount(), wire ? " wireframe" : "          ", first / 1e6, t[frames / 2] / 1e6,
                    t[0] / 1e6, t[frames - 1] / 1e6, frames, io.github.stack3d.Parallel.threads());
        }
    }
}
