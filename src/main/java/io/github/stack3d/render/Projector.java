package io.github.stack3d.render;

import io.github.stack3d.View;

/**
 * The camera of a mesh or point picture: where a point of the stack lands on a picture of {@code width × height}
 * pixels (already multiplied by the supersampling factor) and how near it is.
 *
 * <p>Fit rule: the object's bounding sphere (centre = centre of the bounding box, radius = half its diagonal)
 * fills the shorter picture side at zoom 1. Orthographic: {@code scale = zoom · min(width, height) / (2 · radius)}
 * pixels per unit. Perspective (30° field of view across the shorter side): the eye sits at distance
 * {@code radius / sin 15°} from the centre, so the sphere's silhouette just touches the field of view, and the
 * focal length is {@code zoom · min(width, height) / (2 · tan 15°)} pixels. Screen x runs along {@link
 * View#right()}, y along {@link View#down()}; pixel {@code (i, j)} covers {@code [i, i+1) × [j, j+1)}.
 *
 * <p>The depth key of a point grows towards the camera and is linear in screen space, so a rasterizer may
 * interpolate it across a triangle: {@code −depth} (orthographic) or {@code 1 / eye distance} (perspective).
 */
final class Projector {

    private static final double HALF_FOV = Math.toRadians(15);

    final double cx;
    final double cy;
    final double cz;
    final double radius;
    final boolean perspective;
    /** Orthographic pixels per unit, or the focal length in pixels (perspective). */
    final double scale;
    /** Eye distance from the centre (perspective). */
    final double distance;
    final double halfWidth;
    final double halfHeight;
    final double[] right;
    final double[] down;
    final double[] forward;

    Projector(double[] bounds, View view, int width, int height) {
        cx = (bounds[0] + bounds[3]) / 2;
        cy = (bounds[1] + bounds[4]) / 2;
        cz = (bounds[2] + bounds[5]) / 2;
        double dx = bounds[3] - bounds[0];
        double dy = bounds[4] - bounds[1];
        double dz = bounds[5] - bounds[2];
        double r = Math.sqrt(dx * dx + dy * dy + dz * dz) / 2;
        radius = r > 0 ? r : 1; // one point or a flat dot: any radius fits
        perspective = view.perspective();
        double half = Math.min(width, height) / 2.0;
        scale = perspective ? view.zoom() * half / Math.tan(HALF_FOV) : view.zoom() * half / radius;
        distance = radius / Math.sin(HALF_FOV);
        halfWidth = width / 2.0;
        halfHeight = height / 2.0;
        right = view.right();
        down = view.down();
        forward = view.forward();
    }

    /**
     * Projects {@code n} points {@code xyz} into screen x, y and depth key; points behind the eye (perspective)
     * get a key of −∞.
     */
    void project(float[] xyz, int from, int to, float[] sx, float[] sy, float[] key) {
        double rx = right[0], ry = right[1], rz = right[2];
        double ux = down[0], uy = down[1], uz = down[2];
        double fx = forward[0], fy = forward[1], fz = forward[2];
        for (int i = from; i < to; i++) {
            double x = xyz[3 * i] - cx;
            double y = xyz[3 * i + 1] - cy;
            double z = xyz[3 * i + 2] - cz;
            double a = x * rx + y * ry + z * rz;
            double b = x * ux + y * uy + z * uz;
            double c = x * fx + y * fy + z * fz;
            if (perspective) {
                double eye = distance + c;
                if (eye <= radius * 1e-3) {
                    sx[i] = Float.NaN;
                    sy[i] = Float.NaN;
                    key[i] = Float.NEGATIVE_INFINITY;
                    continue;
                }
                double w = 1 / eye;
                sx[i] = (float) (halfWidth + scale * a * w);
                sy[i] = (float) (halfHeight + scale * b * w);
                key[i] = (float) w;
            } else {
                sx[i] = (float) (halfWidth + scale * a);
                sy[i] = (float) (halfHeight + scale * b);
                key[i] = (float) -c;
            }
        }
    }

    /** Physical length of one picture pixel at the centre's depth (for the scale bar), given the supersampling. */
    double unitsPerPixel(int supersampling) {
        return supersampling * (perspective ? distance / scale : 1 / scale);
    }

    /** A depth-key tolerance worth about {@code pixels} pixels of depth at the centre, for depth-tested lines. */
    double keyTolerance(double pixels) {
        return perspective ? pixels / (scale * distance) : pixels / scale;
    }
}
