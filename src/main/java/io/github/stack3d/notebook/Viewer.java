package io.github.stack3d.notebook;

import io.github.stack3d.Checks;
import io.github.stack3d.Memory;
import io.github.stack3d.Mesh;
import io.github.stack3d.PointCloud;
import io.github.stack3d.RenderMode;
import io.github.stack3d.SliceSource;
import io.github.stack3d.View;
import io.github.stack3d.io.AtomicWrite;
import io.github.stack3d.render.MeshRender;
import io.github.stack3d.render.PointsRender;
import io.github.stack3d.render.VolumeRender;
import io.github.stack3d.segment.Otsu;
import io.github.stack3d.web.ViewerPage;
import io.github.stack3d.web.VolumeTexture;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * An interactive 3D view of a mesh, points or a volume, as a value: IJava shows it as HTML (a WebGL view with
 * three.js: drag to rotate, wheel to zoom, right-drag to pan, buttons to reset, light and wireframe); {@link #save}
 * writes it as a standalone page. Everything is built when the viewer is made (geometry encoded, still picture
 * rendered by the software renderer), so showing it again costs only the text. See {@link ViewerPage} for the page.
 */
public final class Viewer {

    /** The longest side, in voxels, of a volume's texture unless asked otherwise. */
    public static final int VOLUME_SIDE = 160;

    private final String what;
    private final ViewerPage page;
    private final BufferedImage still;

    private Viewer(String what, ViewerPage page, BufferedImage still) {
        this.what = what;
        this.page = page;
        this.still = still;
    }

    /** A viewer of {@code mesh} starting from {@code view}; its still picture is {@code renderMesh(mesh, view)}. */
    public static Viewer of(Mesh mesh, View view) {
        Checks.requireNonNull(mesh, "mesh");
        Checks.requireNonNull(view, "view");
        if (mesh.triangleCount() == 0) {
            throw new IllegalArgumentException(mesh + " has no triangles to show");
        }
        return new Viewer(mesh.toString(), ViewerPage.mesh(mesh, view), MeshRender.renderMesh(mesh, view));
    }

    /** A viewer of {@code points} starting from {@code view}; its still is {@code renderPoints(points, view)}. */
    public static Viewer of(PointCloud points, View view) {
        Checks.requireNonNull(points, "points");
        Checks.requireNonNull(view, "view");
        if (points.size() == 0) {
            throw new IllegalArgumentException(points + " has no points to show");
        }
        return new Viewer(points.toString(), ViewerPage.points(points, view), PointsRender.renderPoints(points, view));
    }

    /**
     * A viewer of a volume: its {@link VolumeTexture} of at most {@code maxSide} voxels a side, seen as a MIP when
     * the view's mode is {@link RenderMode#MIP}, else as the isosurface at the view's level (Otsu's when NaN).
     *
     * @throws IllegalArgumentException when an argument is null, {@code maxSide} is out of range or the level lies
     *                                  outside the data range
     */
    public static Viewer of(SliceSource volume, View view, int maxSide) {
        Checks.requireNonNull(volume, "volume");
        Checks.requireNonNull(view, "view");
        VolumeTexture texture = VolumeTexture.of(volume, maxSide);
        double level;
        if (!Double.isNaN(view.level())) {
            if (view.level() < texture.min() || view.level() > texture.max()) {
                throw new IllegalArgumentException("level " + view.level() + " outside the data range ["
                        + texture.min() + ", " + texture.max() + "] of " + volume);
            }
            level = texture.quantised(view.level());
        } else {
            level = texture.max() > texture.min() ? Otsu.threshold(texture.volume()) : 127.5;
        }
        RenderMode mode = view.mode() == RenderMode.MIP ? RenderMode.MIP : RenderMode.ISOSURFACE;
        View still = new View(view.azimuth(), view.elevation(), view.width(), view.height(), mode,
                texture.max() > texture.min() ? level : Double.NaN, view.zoom(), false, view.background(),
                view.colormap(), false, view.scaleBar(), view.axes());
        String what = volume + " as " + texture.volume().width() + "×" + texture.volume().height() + "×"
                + texture.volume().depth() + " voxels";
        return new Viewer(what, ViewerPage.volume(texture, still, level),
                VolumeRender.of(texture.volume()).image(still));
    }

    /** The HTML element IJava shows: the live view, with the still picture until its script has run. */
    public String html() {
        return page.fragment(InlinePng.base64(still), what);
    }

    /** The standalone page: the element of {@link #html()} in an HTML document. */
    public String page() {
        return ViewerPage.document(html(), "stack3d: " + what);
    }

    /** The still picture the page shows before (or without) its script. */
    public BufferedImage still() {
        return still;
    }

    /**
     * Writes {@link #page()} to {@code file} (UTF-8), atomically.
     *
     * @return {@code file}
     * @throws IOException naming the file when its folder is missing or not writable, or writing fails
     */
    public Path save(Path file) throws IOException {
        String text = page();
        return AtomicWrite.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(text);
            w.flush();
        });
    }

    /** What is shown and how much data the page carries: {@code Viewer[Mesh[...], 1.2 MB of data]}. */
    @Override
    public String toString() {
        return "Viewer[" + what + ", " + Memory.size(page.dataLength()) + " of data]";
    }
}
