package io.github.stack3d.render;

import io.github.stack3d.Checks;
import io.github.stack3d.Colormap;
import io.github.stack3d.Parallel;
import io.github.stack3d.PointCloud;
import io.github.stack3d.View;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;

/**
 * Pictures of point clouds: every point a small z-buffered square, shaded by depth so the shape reads without
 * normals.
 *
 * <p>Depth cue: {@code t} runs from 0 at the farthest point to 1 at the nearest; a point
 * without color is drawn with the View's colormap at {@code 0.25 + 0.75·t} (with {@link Colormap#GRAY}: nearer is
 * brighter, the farthest still visible on black), a point with color in its color times {@code 0.35 + 0.65·t}.
 *
 * <p>Point size adapts to density: about half the points of a surface face the camera, spread over the
 * projected bounding disc, so their spacing is {@code sqrt(disc area / (n / 2))} pixels; squares of that side,
 * rounded and clamped to 1..3 pixels, close the gaps of a sparse cloud without blotting a dense one. Threads: the
 * picture is cut into horizontal bands, each drawing the points that reach its rows.
 */
public final class PointsRender {

    private PointsRender() {
    }

    /**
     * The points seen through {@code view}: {@code width × height} RGB pixels.
     *
     * @throws IllegalArgumentException when an argument is null or the cloud is empty
     */
    public static BufferedImage renderPoints(PointCloud points, View view) {
        Checks.requireNonNull(points, "points");
        Checks.requireNonNull(view, "view");
        if (points.size() == 0) {
            throw new IllegalArgumentException("points is empty; nothing to draw");
        }
        int w = view.width();
        int h = view.height();
        Projector p = new Projector(points.bounds(), view, w, h);
        int n = points.size();
        float[] sx = new float[n];
        float[] sy = new float[n];
        float[] key = new float[n];
        int grain = 1 << 14;
        Parallel.forEach((n + grain - 1) / grain, c -> p.project(points.xyz(), c * grain,
                Math.min(n, (c + 1) * grain), sx, sy, key));
        int size = pointSize(n, p);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] out = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        Arrays.fill(out, view.background().getRGB() & 0xFFFFFF);
        int[] lut = depthColors(view.colormap());
        byte[] colors = points.hasColors() ? points.colors() : null;
        float[] range = keyRange(key);
        double near = range[1];
        double span = range[1] > range[0] ? range[1] - range[0] : 1;
        int bands = Math.min(h, 4 * Parallel.threads());
        Parallel.forEach(bands, band -> {
            int y0 = (int) ((long) h * band / bands);
            int y1 = (int) ((long) h * (band + 1) / bands);
            float[] depth = new float[(y1 - y0) * w];
            Arrays.fill(depth, Float.NEGATIVE_INFINITY);
            int lo = -(size - 1) / 2;
            for (int i = 0; i < n; i++) {
                float k = key[i];
                int x0 = (int) Math.floor(sx[i]) + lo;
                int yy = (int) Math.floor(sy[i]) + lo;
                if (!(k > Float.NEGATIVE_INFINITY) || yy + size <= y0 || yy >= y1 || x0 + size <= 0 || x0 >= w) {
                    continue;
                }
                double t = Math.max(0, Math.min(1, 1 - (near - k) / span));
                int rgb = colors == null ? lut[(int) (t * 255 + 0.5)] : shaded(colors, i, 0.35 + 0.65 * t);
                for (int y = Math.max(y0, yy); y < Math.min(y1, yy + size); y++) {
                    int row = (y - y0) * w;
                    for (int x = Math.max(0, x0); x < Math.min(w, x0 + size); x++) {
                        if (k > depth[row + x]) {
                            depth[row + x] = k;
                            out[y * w + x] = rgb;
                        }
                    }
                }
            }
        });
        if (view.scaleBar()) {
            Annotations.scaleBar(image, p.unitsPerPixel(1), points.unit());
        }
        if (view.axes()) {
            Annotations.axes(image, view);
        }
        return image;
    }

    /** The side of a point's square in pixels, 1..3, from the density rule in the class comment. */
    static int pointSize(int n, Projector p) {
        double discRadius = p.perspective ? p.scale * Math.tan(Math.asin(p.radius / p.distance)) : p.scale * p.radius;
        double spacing = Math.sqrt(Math.PI * discRadius * discRadius / Math.max(1, n / 2.0));
        return (int) Math.max(1, Math.min(3, Math.round(spacing)));
    }

    /** The smallest and largest finite depth key. */
    private static float[] keyRange(float[] key) {
        float lo = Float.POSITIVE_INFINITY, hi = Float.NEGATIVE_INFINITY;
        for (float k : key) {
            if (k > Float.NEGATIVE_INFINITY) {
                lo = Math.min(lo, k);
                hi = Math.max(hi, k);
            }
        }
        return new float[] {lo, hi};
    }

    private static int[] depthColors(Colormap map) {
        int[] lut = new int[256];
        for (int i = 0; i < 256; i++) {
            lut[i] = map.rgb(0.25 + 0.75 * i / 255.0);
        }
        return lut;
    }

    private static int shaded(byte[] colors, int i, double f) {
        int r = (int) ((colors[3 * i] & 255) * f + 0.5);
        int g = (int) ((colors[3 * i + 1] & 255) * f + 0.5);
        int b = (int) ((colors[3 * i + 2] & 255) * f + 0.5);
        return r << 16 | g << 8 | b;
    }
}
