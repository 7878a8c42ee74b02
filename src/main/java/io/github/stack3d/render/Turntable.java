package io.github.stack3d.render;

import io.github.stack3d.Checks;
import io.github.stack3d.Mesh;
import io.github.stack3d.Progress;
import io.github.stack3d.View;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Turntable animations of anything that draws itself through a {@link View}: {@code frames} pictures with the
 * azimuth stepped through 360° (frame {@code i} at {@code view.azimuth() + 360·i / frames}), elevation and
 * everything else as in the view, so the last frame leads smoothly back to the first in a looping GIF.
 *
 * <p>A new kind of picture needs one line; a volume renderer, for example:
 * {@code Turntable.frames(view, frames, v -> VolumeRender.picture(volume, v))}. Meshes are prepared once
 * ({@link MeshRender#of}) and drawn for every angle: {@link #of(Mesh, int, View)}.
 */
public final class Turntable {

    private Turntable() {
    }

    /**
     * The frames of {@code renderer} turning through 360° of azimuth.
     *
     * @param view     the first frame's view, for example {@link View#DEFAULT}
     * @param frames   number of frames, 1..3600
     * @param renderer draws one view; called once per frame, in order
     * @return the pictures, first frame first
     * @throws IllegalArgumentException when {@code frames} is out of range or an argument is null
     */
    public static List<BufferedImage> frames(View view, int frames, Function<View, BufferedImage> renderer) {
        Checks.requireNonNull(view, "view");
        Checks.requireInRange(frames, 1, 3600, "frames");
        Checks.requireNonNull(renderer, "renderer");
        List<BufferedImage> out = new ArrayList<>(frames);
        try (Progress progress = Progress.start("turntable", frames)) {
            for (int i = 0; i < frames; i++) {
                out.add(renderer.apply(view.withAngles(view.azimuth() + 360.0 * i / frames, view.elevation())));
                progress.step();
            }
            progress.finish();
        }
        return out;
    }

    /**
     * A mesh turning through 360° of azimuth, its normals computed once for all frames.
     *
     * @throws IllegalArgumentException when {@code frames} is out of range, an argument is null or the mesh has
     *                                  no triangles
     */
    public static List<BufferedImage> of(Mesh mesh, int frames, View view) {
        Checks.requireNonNull(view, "view");
        Checks.requireInRange(frames, 1, 3600, "frames");
        MeshRender render = MeshRender.of(mesh);
        return frames(view, frames, render::picture);
    }
}
