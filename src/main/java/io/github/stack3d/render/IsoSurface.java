package io.github.stack3d.render;

import io.github.stack3d.Colormap;
import io.github.stack3d.Labels;
import io.github.stack3d.View;

/**
 * One ray of an isosurface rendering: the first pair of samples on opposite sides of the level (values ≥ level
 * are one side), the crossing between them refined by 8 bisections of the trilinear field, and the point shaded
 * from the gradient there (central differences 1.5 voxels either side, in physical units). The normal is turned to face
 * the camera (either side of a surface can be seen); light comes from the camera (Lambert, weight 0.6, plus a
 * Blinn–Phong highlight, weight 0.2, exponent 24) and from a fill light above and to the left (weight 0.2), over
 * an ambient 0.08, so that a face turned to the camera is not yet white before its highlight. Volumes take the shading through the view's colormap; labels the color of the object hit, scaled by the
 * diffuse shading only (a white highlight would shift their hues).
 */
final class IsoSurface {

    private static final int BISECTIONS = 8;
    /** Half the central-difference width in voxels: wider than one voxel smooths normals on binary data. */
    private static final double GRADIENT_STEP = 1.5;

    private final VoxelGrid voxels;
    private final Bricks bricks;
    private final Labels labels;
    private final float level;
    private final Colormap colormap;
    private final double[] fill;
    private final Camera camera;
    private final boolean skip;
    private final byte[] side;

    IsoSurface(VoxelGrid voxels, Bricks bricks, Labels labels, float level, View view, Camera camera,
               boolean skip) {
        this.voxels = voxels;
        this.bricks = bricks;
        this.labels = labels;
        this.level = level;
        this.colormap = view.colormap();
        this.camera = camera;
        this.skip = skip;
        double[] f = view.forward();
        double[] r = view.right();
        double[] d = view.down();
        double[] l = new double[3];
        for (int a = 0; a < 3; a++) {
            l[a] = -f[a] * 0.6 - d[a] * 0.6 - r[a] * 0.5;
        }
        this.fill = unit(l);
        this.side = new byte[bricks.min.length];
        for (int b = 0; b < side.length; b++) {
            side[b] = (byte) (bricks.min[b] >= level && bricks.min[b] <= bricks.max[b] ? 1
                    : bricks.max[b] < level || bricks.min[b] > bricks.max[b] ? -1 : 0);
        }
    }

    /** The pixel of one ray, skipping runs in bricks wholly on the side the ray entered on. */
    int cast(BrickRuns runs, int background) {
        double[] ray = runs.ray;
        runs.start(skip);
        float sx = (float) ray[0];
        float sy = (float) ray[1];
        float sz = (float) ray[2];
        float dx = (float) ray[3];
        float dy = (float) ray[4];
        float dz = (float) ray[5];
        int first = (int) ray[6];
        boolean inside = voxels.sample(sx + first * dx, sy + first * dy, sz + first * dz) >= level;
        byte entry = (byte) (inside ? 1 : -1);
        while (runs.next()) {
            int k = runs.brick;
            if (k >= 0 && side[k] == entry) {
                continue;
            }
            int n = Math.max(first + 1, runs.from);
            int end = runs.to;
            // n also as a float counter, as VolumeRender's loops count: the same positions, no conversion per sample
            for (float t = n; n < end; n++, t++) {
                if (voxels.sample(sx + t * dx, sy + t * dy, sz + t * dz) >= level != inside) {
                    return shade(ray, n - 1, n, inside);
                }
            }
        }
        return background;
    }

    private int shade(double[] ray, double lo, double hi, boolean inside) {
        for (int i = 0; i < BISECTIONS; i++) {
            double mid = 0.5 * (lo + hi);
            if (at(ray, mid) >= level == inside) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double t = 0.5 * (lo + hi);
        double x = ray[0] + t * ray[3];
        double y = ray[1] + t * ray[4];
        double z = ray[2] + t * ray[5];
        double[] view = camera.viewDirection(ray);
        double[] n = gradient(x, y, z);
        double len = Math.sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
        if (len == 0) {
            n = new double[] {-view[0], -view[1], -view[2]};
        } else {
            double facing = n[0] * view[0] + n[1] * view[1] + n[2] * view[2];
            double s = facing > 0 ? -1 / len : 1 / len;
            n = new double[] {n[0] * s, n[1] * s, n[2] * s};
        }
        double head = Math.max(0, -(n[0] * view[0] + n[1] * view[1] + n[2] * view[2]));
        double side = Math.max(0, n[0] * fill[0] + n[1] * fill[1] + n[2] * fill[2]);
        double diffuse = Math.min(1, 0.08 + 0.6 * head + 0.2 * side);
        double specular = 0.2 * Math.pow(head, 24);
        int rgb;
        if (labels != null) {
            int c = LabelColors.rgb(label(ray[0] + hi * ray[3], ray[1] + hi * ray[4], ray[2] + hi * ray[5]));
            rgb = scale(c >> 16 & 255, diffuse) << 16 | scale(c >> 8 & 255, diffuse) << 8 | scale(c & 255, diffuse);
        } else {
            int c = colormap.rgb(diffuse);
            rgb = add(c >> 16 & 255, specular) << 16 | add(c >> 8 & 255, specular) << 8 | add(c & 255, specular);
        }
        return rgb;
    }

    private static int scale(int channel, double diffuse) {
        return (int) Math.min(255, channel * diffuse + 0.5);
    }

    private static int add(int channel, double specular) {
        return (int) Math.min(255, channel + 255 * specular + 0.5);
    }

    private float at(double[] ray, double t) {
        return voxels.sample((float) (ray[0] + t * ray[3]), (float) (ray[1] + t * ray[4]),
                (float) (ray[2] + t * ray[5]));
    }

    /** The value gradient at index position (x, y, z) in physical units (per unit length). */
    private double[] gradient(double x, double y, double z) {
        double[] g = new double[3];
        double[] p = {x, y, z};
        int[] n = {voxels.nx, voxels.ny, voxels.nz};
        double[] s = camera.spacing();
        for (int a = 0; a < 3; a++) {
            double[] lo = p.clone();
            double[] hi = p.clone();
            lo[a] = Math.max(0, p[a] - GRADIENT_STEP);
            hi[a] = Math.min(n[a] - 1, p[a] + GRADIENT_STEP);
            double v = voxels.sample((float) hi[0], (float) hi[1], (float) hi[2])
                    - voxels.sample((float) lo[0], (float) lo[1], (float) lo[2]);
            g[a] = hi[a] > lo[a] ? v / ((hi[a] - lo[a]) * s[a]) : 0;
        }
        return g;
    }

    /** The label of the object at index position (x, y, z): the nearest voxel's, else a labelled corner's. */
    private int label(double x, double y, double z) {
        int w = voxels.nx;
        int i = (int) Math.round(Math.min(x, voxels.nx - 1));
        int j = (int) Math.round(Math.min(y, voxels.ny - 1));
        int k = (int) Math.round(Math.min(z, voxels.nz - 1));
        int v = labels.ints(k)[j * w + i];
        if (v != 0) {
            return v;
        }
        int i0 = Math.min((int) x, voxels.nx - 2);
        int j0 = Math.min((int) y, voxels.ny - 2);
        int k0 = Math.min((int) z, voxels.nz - 2);
        for (int c = 0; c < 8; c++) {
            v = labels.ints(k0 + (c >> 2))[(j0 + (c >> 1 & 1)) * w + i0 + (c & 1)];
            if (v != 0) {
                return v;
            }
        }
        return 0;
    }

    private static double[] unit(double[] v) {
        double len = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        return new double[] {v[0] / len, v[1] / len, v[2] / len};
    }
}
