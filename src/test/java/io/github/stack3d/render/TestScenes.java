package io.github.stack3d.render;

import io.github.stack3d.Mesh;
import io.github.stack3d.Stack3D;
import io.github.stack3d.View;
import io.github.stack3d.sample.SampleStacks;
import java.awt.Color;

/** Analytic scenes for the renderer tests: marching-cubes spheres (SampleStacks.sphere, level 0) and views. */
final class TestScenes {

    /** Radius of {@link #SPHERE} in voxels (its vertices lie on the sphere of this radius). */
    static final double RADIUS = 25;
    static final Mesh SPHERE = Stack3D.marchingCubes(SampleStacks.sphere(64, RADIUS), 0);

    private TestScenes() {
    }

    /** A plain view: orthographic, azimuth and elevation 0 (looking along +z), no scale bar or axes. */
    static View plain(int size) {
        return View.at(0, 0).withSize(size, size).withScaleBar(false).withAxes(false);
    }

    /** {@code view} on a black or white background. */
    static View on(View view, boolean white) {
        return view.withBackground(white ? Color.WHITE : Color.BLACK);
    }

    /** {@code mesh} moved by (dx, dy, dz). */
    static Mesh moved(Mesh mesh, float dx, float dy, float dz) {
        float[] v = mesh.vertices().clone();
        for (int i = 0; i < v.length; i += 3) {
            v[i] += dx;
            v[i + 1] += dy;
            v[i + 2] += dz;
        }
        return new Mesh(v, mesh.triangles(), mesh.hasNormals() ? mesh.normals() : null,
                mesh.hasColors() ? mesh.colors() : null, mesh.unit());
    }

    /** Two meshes in one (normals dropped, colors kept when both have them). */
    static Mesh union(Mesh a, Mesh b) {
        int na = a.vertexCount();
        float[] v = new float[a.vertices().length + b.vertices().length];
        System.arraycopy(a.vertices(), 0, v, 0, a.vertices().length);
        System.arraycopy(b.vertices(), 0, v, a.vertices().length, b.vertices().length);
        int[] t = new int[a.triangles().length + b.triangles().length];
        System.arraycopy(a.triangles(), 0, t, 0, a.triangles().length);
        for (int i = 0; i < b.triangles().length; i++) {
            t[a.triangles().length + i] = b.triangles()[i] + na;
        }
        byte[] colors = null;
        if (a.hasColors() && b.hasColors()) {
            colors = new byte[v.length];
            System.arraycopy(a.colors(), 0, colors, 0, a.colors().length);
            System.arraycopy(b.colors(), 0, colors, a.colors().length, b.colors().length);
        }
        return new Mesh(v, t, null, colors, a.unit());
    }

    /** Green channel of a pixel. */
    static int green(java.awt.image.BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >> 8 & 255;
    }

    /** Luminance-like sum of a pixel's channels. */
    static int brightness(java.awt.image.BufferedImage image, int x, int y) {
        int c = image.getRGB(x, y);
        return (c >> 16 & 255) + (c >> 8 & 255) + (c & 255);
    }
}
