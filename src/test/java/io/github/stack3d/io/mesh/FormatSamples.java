package io.github.stack3d.io.mesh;

import io.github.stack3d.Mesh;
import io.github.stack3d.PointCloud;
import java.util.SplittableRandom;

/** Small meshes and point clouds with known numbers, shared by the format tests. */
final class FormatSamples {

    private FormatSamples() {
    }

    /**
     * The unit cube scaled by spacing 0.5 × 0.5 × 2 µm: 8 corners, 12 triangles counter-clockwise seen from
     * outside (checked by hand: each face's cross product points away from the centre), unit normals along
     * the corner diagonals (±1/√3 each), and color (30·i, 255 - 30·i, 128) for corner i.
     */
    static Mesh cube() {
        float[] v = new float[24];
        float[] n = new float[24];
        byte[] c = new byte[24];
        float s = (float) (1 / Math.sqrt(3));
        for (int i = 0; i < 8; i++) {
            int x = (i == 1 || i == 2 || i == 5 || i == 6) ? 1 : 0;
            int y = (i == 2 || i == 3 || i == 6 || i == 7) ? 1 : 0;
            int z = i >= 4 ? 1 : 0;
            v[3 * i] = 0.5f * x;
            v[3 * i + 1] = 0.5f * y;
            v[3 * i + 2] = 2f * z;
            n[3 * i] = x == 1 ? s : -s;
            n[3 * i + 1] = y == 1 ? s : -s;
            n[3 * i + 2] = z == 1 ? s : -s;
            c[3 * i] = (byte) (30 * i);
            c[3 * i + 1] = (byte) (255 - 30 * i);
            c[3 * i + 2] = (byte) 128;
        }
        int[] t = {0, 2, 1, 0, 3, 2, 4, 5, 6, 4, 6, 7, 0, 1, 5, 0, 5, 4, 2, 3, 7, 2, 7, 6, 0, 4, 7, 0, 7, 3, 1, 2, 6,
            1, 6, 5};
        return new Mesh(v, t, n, c, "µm");
    }

    /** The cube without normals and colors. */
    static Mesh plainCube() {
        Mesh m = cube();
        return new Mesh(m.vertices(), m.triangles(), m.unit());
    }

    /**
     * {@code n} points with random bit patterns (finite values of every magnitude, including -0, the smallest
     * subnormal and the largest float), random unit-free normals and random colors.
     */
    static PointCloud randomCloud(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] xyz = new float[3 * n];
        float[] normals = new float[3 * n];
        byte[] colors = new byte[3 * n];
        for (int i = 0; i < xyz.length; i++) {
            float f;
            do {
                f = Float.intBitsToFloat(r.nextInt());
            } while (!Float.isFinite(f));
            xyz[i] = i % 7 == 0 ? r.nextInt(-500, 500) * 0.1f : f;
            normals[i] = (float) r.nextDouble(-1, 1);
            colors[i] = (byte) r.nextInt(256);
        }
        xyz[0] = -0f;
        xyz[1] = Float.MIN_VALUE;
        xyz[2] = Float.MAX_VALUE;
        return new PointCloud(xyz, normals, colors, "mm");
    }
}
