package io.github.stack3d.render;

import io.github.stack3d.Mesh;
import io.github.stack3d.Parallel;

/**
 * Per-vertex lighting for {@link MeshRender} (Gouraud shading): vertex normals, then the color of every vertex
 * as seen from the front and from the back of its triangles.
 *
 * <p>Lights are fixed to the camera, so every view of a turntable is lit alike: a key light from the upper left
 * of the camera (intensity 0.75), a fill light from the lower right (0.3), and ambient light (0.12); diffuse
 * reflection is Lambert's, plus a Blinn–Phong highlight of the key light (strength 0.25, exponent 40) with the
 * viewer straight ahead. A back face (the inside of an open mesh) is lit with the flipped normal and drawn at half
 * brightness in a cooler tint, so holes read as holes.
 */
final class MeshShading {

    /** The default material: a light ivory, 0xRRGGBB. */
    static final int MATERIAL = 0xD8D2C4;
    private static final int BACK_TINT = 0x8C9AB4;
    private static final double[] KEY = unit(-0.45, -0.55, -0.70);
    private static final double[] FILL = unit(0.55, 0.35, -0.75);
    private static final double[] HALF = unit(KEY[0], KEY[1], KEY[2] - 1);
    private static final double AMBIENT = 0.12;
    private static final double KEY_POWER = 0.75;
    private static final double FILL_POWER = 0.30;
    private static final double SPECULAR = 0.25;
    private static final int GRAIN = 1 << 14;

    private MeshShading() {
    }

    /**
     * The mesh's own normals, or area-weighted vertex normals: the sum of the (unnormalized) cross products of the
     * triangles around each vertex, normalized; a vertex of no triangle gets (0, 0, 0).
     */
    static float[] normals(Mesh mesh) {
        if (mesh.hasNormals()) {
            return mesh.normals();
        }
        float[] v = mesh.vertices();
        int[] t = mesh.triangles();
        float[] n = new float[v.length];
        for (int i = 0; i < t.length; i += 3) {
            int a = 3 * t[i], b = 3 * t[i + 1], c = 3 * t[i + 2];
            float e1x = v[b] - v[a], e1y = v[b + 1] - v[a + 1], e1z = v[b + 2] - v[a + 2];
            float e2x = v[c] - v[a], e2y = v[c + 1] - v[a + 1], e2z = v[c + 2] - v[a + 2];
            float nx = e1y * e2z - e1z * e2y, ny = e1z * e2x - e1x * e2z, nz = e1x * e2y - e1y * e2x;
            n[a] += nx; n[a + 1] += ny; n[a + 2] += nz;
            n[b] += nx; n[b + 1] += ny; n[b + 2] += nz;
            n[c] += nx; n[c + 1] += ny; n[c + 2] += nz;
        }
        for (int i = 0; i < n.length; i += 3) {
            double len = Math.sqrt(n[i] * n[i] + n[i + 1] * n[i + 1] + n[i + 2] * n[i + 2]);
            if (len > 0) {
                n[i] /= len; n[i + 1] /= len; n[i + 2] /= len;
            }
        }
        return n;
    }

    /**
     * Fills {@code front} and {@code back} with every vertex's color, 0xRRGGBB, for the camera {@code p}.
     *
     * @param colors per-vertex colors or null for {@link #MATERIAL}
     */
    static void shade(float[] normals, byte[] colors, Projector p, int[] front, int[] back) {
        int n = front.length;
        Parallel.forEach((n + GRAIN - 1) / GRAIN, chunk -> {
            int to = Math.min(n, (chunk + 1) * GRAIN);
            for (int i = chunk * GRAIN; i < to; i++) {
                double x = normals[3 * i], y = normals[3 * i + 1], z = normals[3 * i + 2];
                double a = x * p.right[0] + y * p.right[1] + z * p.right[2];
                double b = x * p.down[0] + y * p.down[1] + z * p.down[2];
                double c = x * p.forward[0] + y * p.forward[1] + z * p.forward[2];
                int base = colors == null ? MATERIAL : (colors[3 * i] & 255) << 16 | (colors[3 * i + 1] & 255) << 8
                        | colors[3 * i + 2] & 255;
                front[i] = light(base, a, b, c, 1);
                back[i] = light(colors == null ? BACK_TINT : base, -a, -b, -c, 0.5);
            }
        });
    }

    /** The color of a surface of color {@code base} with camera-space normal (a, b, c). */
    private static int light(int base, double a, double b, double c, double gain) {
        double key = Math.max(0, a * KEY[0] + b * KEY[1] + c * KEY[2]);
        double fill = Math.max(0, a * FILL[0] + b * FILL[1] + c * FILL[2]);
        double diffuse = gain * (AMBIENT + KEY_POWER * key + FILL_POWER * fill);
        double h = Math.max(0, a * HALF[0] + b * HALF[1] + c * HALF[2]);
        double spec = key > 0 ? gain * SPECULAR * power40(h) * 255 : 0;
        int r = clamp(((base >> 16) & 255) * diffuse + spec);
        int g = clamp(((base >> 8) & 255) * diffuse + spec);
        int bl = clamp((base & 255) * diffuse + spec);
        return r << 16 | g << 8 | bl;
    }

    /** {@code h}<sup>40</sup> by squaring ({@code h³² · h⁸}): five times faster than {@code Math.pow}. */
    private static double power40(double h) {
        double h2 = h * h;
        double h8 = h2 * h2 * h2 * h2;
        double h16 = h8 * h8;
        return h16 * h16 * h8;
    }

    private static int clamp(double v) {
        return v <= 0 ? 0 : v >= 255 ? 255 : (int) (v + 0.5);
    }

    private static double[] unit(double x, double y, double z) {
        double len = Math.sqrt(x * x + y * y + z * z);
        return new double[] {x / len, y / len, z / len};
    }
}
