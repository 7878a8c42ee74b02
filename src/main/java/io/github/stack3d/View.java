package io.github.stack3d;

import java.awt.Color;

/**
 * The camera and the picture of a 3D rendering (volume, mesh, points, turntable): an immutable value, changed with
 * {@code with...} methods: {@code View.at(30, 20).withSize(800, 600).withMode(RenderMode.MIP)}.
 *
 * <p>The camera orbits the centre of what is drawn. At azimuth 0 and elevation 0 it looks along +z (from before the
 * first slice towards the last) with x to the right and y down the picture, as a slice preview shows the stack.
 * Azimuth turns it about the picture's vertical axis (positive: the camera moves towards +x); elevation raises it
 * over the stack's top edge (positive: the camera moves towards −y and looks down). Zoom 1 fits the object's
 * bounding sphere in the picture; perspective uses a 30° field of view.
 *
 * @param azimuth     degrees, any finite value
 * @param elevation   degrees, −90..90
 * @param width       picture width in pixels, 1..16384
 * @param height      picture height in pixels, 1..16384
 * @param mode        how a volume's rays become pixels (meshes and points ignore it)
 * @param level       the isosurface level for {@link RenderMode#ISOSURFACE}; NaN for the Otsu level of the data
 * @param zoom        magnification, finite and positive
 * @param perspective true for a perspective camera, false for orthographic
 * @param background  the color behind the object
 * @param colormap    the colors of values (volumes) or depth (points)
 * @param wireframe   true to draw mesh edges over the shading
 * @param scaleBar    true to draw a scale bar in physical units
 * @param axes        true to draw a small x, y, z axes triad
 */
public record View(double azimuth, double elevation, int width, int height, RenderMode mode, double level,
                   double zoom, boolean perspective, Color background, Colormap colormap, boolean wireframe,
                   boolean scaleBar, boolean axes) {

    /** Azimuth 30°, elevation 20°, 512×512, composite with an automatic transfer function, orthographic, black. */
    public static final View DEFAULT = new View(30, 20, 512, 512, RenderMode.COMPOSITE, Double.NaN, 1, false,
            Color.BLACK, Colormap.GRAY, false, true, true);

    public View {
        Checks.requireFinite(azimuth, "azimuth");
        Checks.requireFinite(elevation, "elevation");
        if (elevation < -90 || elevation > 90) {
            throw new IllegalArgumentException("elevation is " + elevation + "; expected -90..90 degrees");
        }
        Checks.requireInRange(width, 1, 16384, "width");
        Checks.requireInRange(height, 1, 16384, "height");
        Checks.requireNonNull(mode, "mode");
        if (Double.isInfinite(level)) {
            throw new IllegalArgumentException("level is " + level + "; expected a finite number (NaN: automatic)");
        }
        Checks.requireFinitePositive(zoom, "zoom");
        Checks.requireNonNull(background, "background");
        Checks.requireNonNull(colormap, "colormap");
    }

    /** {@link #DEFAULT} seen from another direction. */
    public static View at(double azimuthDegrees, double elevationDegrees) {
        return DEFAULT.withAngles(azimuthDegrees, elevationDegrees);
    }

    /** This view from another direction. */
    public View withAngles(double azimuthDegrees, double elevationDegrees) {
        return new View(azimuthDegrees, elevationDegrees, width, height, mode, level, zoom, perspective, background,
                colormap, wireframe, scaleBar, axes);
    }

    /** This view with another picture size. */
    public View withSize(int width, int height) {
        return new View(azimuth, elevation, width, height, mode, level, zoom, perspective, background, colormap,
                wireframe, scaleBar, axes);
    }

    /** This view with another rendering mode. */
    public View withMode(RenderMode mode) {
        return new View(azimuth, elevation, width, height, mode, level, zoom, perspective, background, colormap,
                wireframe, scaleBar, axes);
    }

    /** This view with an isosurface level (and {@link RenderMode#ISOSURFACE}). */
    public View withLevel(double level) {
        Checks.requireFinite(level, "level");
        return new View(azimuth, elevation, width, height, RenderMode.ISOSURFACE, level, zoom, perspective, background,
                colormap, wireframe, scaleBar, axes);
    }

    /** This view magnified {@code factor} times (2 shows half as much, twice as large). */
    public View withZoom(double factor) {
        return new View(azimuth, elevation, width, height, mode, level, factor, perspective, background, colormap,
                wireframe, scaleBar, axes);
    }

    /** This view with a perspective (true) or orthographic (false) camera. */
    public View withPerspective(boolean perspective) {
        return new View(azimuth, elevation, width, height, mode, level, zoom, perspective, background, colormap,
                wireframe, scaleBar, axes);
    }

    /** This view on another background. */
    public View withBackground(Color background) {
        return new View(azimuth, elevation, width, height, mode, level, zoom, perspective, background, colormap,
                wireframe, scaleBar, axes);
    }

    /** This view with another colormap. */
    public View withColormap(Colormap colormap) {
        return new View(azimuth, elevation, width, height, mode, level, zoom, perspective, background, colormap,
                wireframe, scaleBar, axes);
    }

    /** This view with mesh edges drawn (true) or not. */
    public View withWireframe(boolean wireframe) {
        return new View(azimuth, elevation, width, height, mode, level, zoom, perspective, background, colormap,
                wireframe, scaleBar, axes);
    }

    /** This view with a scale bar (true) or without. */
    public View withScaleBar(boolean scaleBar) {
        return new View(azimuth, elevation, width, height, mode, level, zoom, perspective, background, colormap,
                wireframe, scaleBar, axes);
    }

    /** This view with an axes triad (true) or without. */
    public View withAxes(boolean axes) {
        return new View(azimuth, elevation, width, height, mode, level, zoom, perspective, background, colormap,
                wireframe, scaleBar, axes);
    }

    /** The unit vector from the camera towards the centre, in stack coordinates (x, y, z). */
    public double[] forward() {
        double a = Math.toRadians(azimuth);
        double e = Math.toRadians(elevation);
        return new double[] {-Math.sin(a) * Math.cos(e), Math.sin(e), Math.cos(a) * Math.cos(e)};
    }

    /** The unit vector pointing to the picture's right, in stack coordinates. */
    public double[] right() {
        double a = Math.toRadians(azimuth);
        return new double[] {Math.cos(a), 0, Math.sin(a)};
    }

    /** The unit vector pointing down the picture, in stack coordinates: {@code forward × right}. */
    public double[] down() {
        double[] f = forward();
        double[] r = right();
        return new double[] {f[1] * r[2] - f[2] * r[1], f[2] * r[0] - f[0] * r[2], f[0] * r[1] - f[1] * r[0]};
    }
}
