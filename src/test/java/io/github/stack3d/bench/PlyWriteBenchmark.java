package io.github.stack3d.bench;

import io.github.stack3d.Mesh;
import io.github.stack3d.PointCloud;
import io.github.stack3d.io.mesh.PlyReader;
import io.github.stack3d.io.mesh.PlyWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Measures PLY writing (and, for reference, reading) speed in MB/s of file written: 10 million points (xyz
 * only, and with normals and colors), a closed mesh of 1,000,000 vertices and 2,000,000 triangles (a torus
 * grid), and an ASCII file of 1 million points. Each case is written once to warm up, then {@code repetitions}
 * times; the minimum, median and maximum are printed. Files go to {@code folder} (default: a new temporary
 * folder) and are deleted afterwards.
 *
 * <p>Run from the project folder:
 * <pre>
 * bench/shell.sh runs it; by hand:
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -Xmx3g -cp target/classes:target/test-classes:$(cat target/classpath.txt) io.github.stack3d.bench.PlyWriteBenchmark [folder] [repetitions]
 * </pre>
 */
public final class PlyWriteBenchmark {

    private PlyWriteBenchmark() {
    }

    /** Runs the benchmark; arguments: {@code [folder] [repetitions]}. */
    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("stack3d-bench");
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.printf(Locale.ROOT, "PLY write benchmark in %s, %d repetitions, Java %s, %d cores%n", folder,
                repetitions, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());

        PointCloud points = cloud(10_000_000, false);
        Path file = folder.resolve("bench-points.ply");
        measure("binary, 10M points, xyz", repetitions, file, () -> PlyWriter.writeBinary(points, file));
        measure("read binary, 10M points, xyz", repetitions, file, () -> PlyReader.read(file));
        Files.delete(file);

        PointCloud rich = cloud(10_000_000, true);
        measure("binary, 10M points, xyz + normals + rgb", repetitions, file, () -> PlyWriter.writeBinary(rich, file));
        Files.delete(file);

        Mesh torus = torus(1000, 1000);
        Path meshFile = folder.resolve("bench-mesh.ply");
        measure("binary mesh, " + torus.vertexCount() + " vertices, " + torus.triangleCount() + " triangles",
                repetitions, meshFile, () -> PlyWriter.writeBinary(torus, meshFile));
        Files.delete(meshFile);

        PointCloud million = new PointCloud(Arrays.copyOf(points.xyz(), 3_000_000), points.unit());
        Path asciiFile = folder.resolve("bench-ascii.ply");
        measure("ASCII, 1M points, xyz", Math.min(repetitions, 3), asciiFile,
                () -> PlyWriter.writeAscii(million, asciiFile));
        Files.delete(asciiFile);
        if (args.length == 0) {
            Files.delete(folder);
        }
    }

    /** One case: the operation (which writes or reads {@code file}) once to warm up, then timed. */
    private static void measure(String name, int repetitions, Path file, Operation op) throws IOException {
        op.run();
        double[] mbPerSecond = new double[repetitions];
        for (int r = 0; r < repetitions; r++) {
            long start = System.nanoTime();
            op.run();
            long nanos = System.nanoTime() - start;
            mbPerSecond[r] = Files.size(file) / 1e6 / (nanos / 1e9);
        }
        Arrays.sort(mbPerSecond);
        System.out.printf(Locale.ROOT, "%-58s %8.1f MB  min %7.0f  median %7.0f  max %7.0f MB/s%n", name,
                Files.size(file) / 1e6, mbPerSecond[0], mbPerSecond[repetitions / 2], mbPerSecond[repetitions - 1]);
    }

    /** Points in a 500³ box with 0.1 spacing, like a shell cloud; optionally random normals and colors. */
    private static PointCloud cloud(int n, boolean withExtras) {
        SplittableRandom random = new SplittableRandom(1);
        float[] xyz = new float[3 * n];
        for (int i = 0; i < xyz.length; i++) {
            xyz[i] = random.nextInt(5000) * 0.1f;
        }
        if (!withExtras) {
            return new PointCloud(xyz, "µm");
        }
        float[] normals = new float[3 * n];
        byte[] colors = new byte[3 * n];
        for (int i = 0; i < normals.length; i++) {
            normals[i] = (float) random.nextDouble(-1, 1);
            colors[i] = (byte) random.nextInt(256);
        }
        return new PointCloud(xyz, normals, colors, "µm");
    }

    /** A torus sampled on a u × v grid: u·v vertices, 2·u·v triangles, closed. */
    private static Mesh torus(int u, int v) {
        float[] vertices = new float[3 * u * v];
        int[] triangles = new int[6 * u * v];
        for (int i = 0; i < u; i++) {
            double a = 2 * Math.PI * i / u;
            for (int j = 0; j < v; j++) {
                double b = 2 * Math.PI * j / v;
                int k = i * v + j;
                vertices[3 * k] = (float) ((100 + 30 * Math.cos(b)) * Math.cos(a));
                vertices[3 * k + 1] = (float) ((100 + 30 * Math.cos(b)) * Math.sin(a));
                vertices[3 * k + 2] = (float) (30 * Math.sin(b));
                int right = ((i + 1) % u) * v + j;
                int up = i * v + (j + 1) % v;
                int diagonal = ((i + 1) % u) * v + (j + 1) % v;
                int t = 6 * k;
                triangles[t] = k;
                triangles[t + 1] = right;
                triangles[t + 2] = diagonal;
                triangles[t + 3] = k;
                triangles[t + 4] = diagonal;
                triangles[t + 5] = up;
            }
        }
        return new Mesh(vertices, triangles, "µm");
    }

    /** A timed operation. */
    @FunctionalInterface
    private interface Operation {
        void run() throws IOException;
    }
}
