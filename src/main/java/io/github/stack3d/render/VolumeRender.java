package io.github.stack3d.render;

import io.github.stack3d.Colormap;
import io.github.stack3d.Labels;
import io.github.stack3d.Parallel;
import io.github.stack3d.SampleType;
import io.github.stack3d.SliceSource;
import io.github.stack3d.TransferFunction;
import io.github.stack3d.View;
import io.github.stack3d.segment.Otsu;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Locale;

/**
 * Volume rendering by ray casting: one ray per pixel through the stack, in physical space (anisotropic spacing
 * is respected), sampled trilinearly once per smallest voxel spacing ({@link Camera}), on all cores (image rows on
 * {@link Parallel}). The modes of {@link View#mode()}:
 * <ul>
 * <li>MIP: the largest sample along the ray, through the view's colormap over the data range;</li>
 * <li>COMPOSITE: front-to-back alpha blending through a {@link TransferFunction}, stopping at opacity 0.99;</li>
 * <li>ISOSURFACE: the first point where the samples cross the level (in either direction: a dark object in a
 * bright background shows as well as a bright one; the stack's border is no surface), refined by bisection
 * between the two samples, shaded (Lambert plus a little specular) from the trilinear gradient with a light at
 * the camera and a fill light from the upper left.</li>
 * </ul>
 * Masks render as values 0 and 1. Labels render, in every mode, as the shaded surfaces of their objects in the
 * colors of {@link LabelColors}. Empty space is skipped brick by brick ({@link Bricks}), which changes no pixel.
 *
 * <p>Rays need random access to voxels, so the stack is held in memory: a volume in memory is used as it is;
 * a stack on disk (or a mask) is read once, after {@link io.github.stack3d.Memory#require} checked that it fits
 * (an {@link IllegalStateException} with advice when not). {@link #of} does that work and the brick pass once;
 * {@link #image} then draws any number of views: {@code VolumeRender r = VolumeRender.of(stack);
 * r.image(View.at(0, 0))}.
 */
public final class VolumeRender {

    private static final int LUT = 1024;
    private static final float OPAQUE = 0.99f;

    private final SliceSource source;
    private final VoxelGrid voxels;
    private final Bricks bricks;
    private final boolean labels;
    private final float min;
    private final float max;
    private volatile Double otsu;

    private VolumeRender(SliceSource source) {
        this.source = source;
        this.voxels = VoxelGrid.of(source);
        this.bricks = Bricks.of(voxels);
        this.labels = source instanceof Labels || source.type() == SampleType.INT32;
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (int b = 0; b < bricks.min.length; b++) {
            lo = Math.min(lo, bricks.min[b]);
            hi = Math.max(hi, bricks.max[b]);
        }
        this.min = lo <= hi ? lo : 0;
        this.max = lo <= hi ? hi : 0;
    }

    /**
     * A renderer of {@code source}: reads it into memory (unless it is a volume in memory) and computes its
     * bricks, once.
     *
     * @throws IllegalArgumentException when {@code source} is null or has fewer than 2 voxels along an axis
     * @throws IllegalStateException    when a stack that must be read does not fit in the heap
     */
    public static VolumeRender of(SliceSource source) {
        if (source == null) {
            throw new IllegalArgumentException("volume is null");
        }
        return new VolumeRender(source);
    }

    /** The picture of {@code view}; composite renderings use {@link TransferFunction#automatic}. */
    public BufferedImage image(View view) {
        if (view == null) {
            throw new IllegalArgumentException("view is null");
        }
        return image(view, view.mode() == io.github.stack3d.RenderMode.COMPOSITE && !labels
                ? TransferFunction.automatic(source) : null, true);
    }

    /** The picture of {@code view}, composite renderings through {@code transfer} (other modes ignore it). */
    public BufferedImage image(View view, TransferFunction transfer) {
        if (transfer == null) {
            throw new IllegalArgumentException("transfer is null");
        }
        return image(view, transfer, true);
    }

    /** As {@link #image(View, TransferFunction)}, with empty-space skipping on or off (the same picture). */
    BufferedImage image(View view, TransferFunction transfer, boolean skipEmpty) {
        if (view == null) {
            throw new IllegalArgumentException("view is null");
        }
        Camera camera = new Camera(view, source.grid(), voxels.nx, voxels.ny, voxels.nz);
        int w = view.width();
        int h = view.height();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int background = view.background().getRGB() & 0xFFFFFF;
        RowCaster caster = switch (labels ? io.github.stack3d.RenderMode.ISOSURFACE : view.mode()) {
            case MIP -> mip(view.colormap(), skipEmpty);
            case COMPOSITE -> composite(transfer, background, skipEmpty);
            case ISOSURFACE -> new IsoSurface(voxels, bricks, labels ? (Labels) labelsOf() : null, level(view),
                    view, camera, skipEmpty)::cast;
        };
        Parallel.forEach(h, y -> {
            Runs runs = new Runs(bricks);
            for (int x = 0; x < w; x++) {
                pixels[y * w + x] = camera.ray(x, y, runs.ray) ? caster.cast(runs, background) : background;
            }
        });
        if (view.scaleBar()) {
            Annotations.scaleBar(image, camera.unitsPerPixel(), source.grid().unit());
        }
        if (view.axes()) {
            Annotations.axes(image, view);
        }
        return image;
    }

    private SliceSource labelsOf() {
        return source instanceof Labels ? source : null;
    }

    /** The iso level of the view: its level, or the Otsu level when NaN (0.5 for masks and labels). */
    private float level(View view) {
        if (labels || source.type() == SampleType.BIT) {
            return 0.5f;
        }
        double level = view.level();
        if (Double.isNaN(level)) {
            Double t = otsu;
            if (t == null) {
                t = Otsu.threshold(source);
                otsu = t;
            }
            return t.floatValue();
        }
        if (level < min || level > max) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "level %s outside data range [%s, %s]", level, min, max));
        }
        return (float) level;
    }

    /** What a ray cast gives: the pixel's 0xRRGGBB from the ray's samples, split into runs by brick. */
    @FunctionalInterface
    interface RowCaster {
        int cast(Runs runs, int background);
    }

    /**
     * One ray and its runs of samples by brick ({@link Bricks#segments}); with skipping off, one run of all
     * samples in no brick (-1), which nothing skips. Each thread has its own.
     */
    static final class Runs {
        final double[] ray = new double[8];
        final int[] start;
        final int[] brick;
        int count;

        Runs(Bricks bricks) {
            start = new int[bricks.maxSegments() + 1];
            brick = new int[bricks.maxSegments() + 1];
        }

        void split(Bricks bricks, boolean skip) {
            if (skip) {
                count = bricks.segments(ray, start, brick);
            } else {
                count = 1;
                start[0] = (int) ray[6];
                start[1] = (int) ray[7] + 1;
                brick[0] = -1;
            }
        }
    }

    /**
     * MIP: the run in the brick of the highest maximum first (the ray's maximum is usually there, and when it
     * is the data's maximum the ray is done), then the others in order, skipping those whose maximum is not above
     * the best so far. Order does not change a maximum, so skipping changes no pixel.
     */
    private RowCaster mip(Colormap colormap, boolean skip) {
        float span = max > min ? max - min : 1;
        float top = max;
        float[] brickMax = bricks.max;
        return (runs, background) -> {
            runs.split(bricks, skip);
            double[] ray = runs.ray;
            int[] start = runs.start;
            int[] brick = runs.brick;
            float best = Float.NEGATIVE_INFINITY;
            int first = 0;
            if (skip) {
                for (int s = 1; s < runs.count; s++) {
                    if (brickMax[brick[s]] > brickMax[brick[first]]) {
                        first = s;
                    }
                }
                best = maxOf(ray, start[first], start[first + 1], best, top);
            }
            for (int s = 0; s < runs.count && best < top; s++) {
                if (skip && (s == first || brickMax[brick[s]] <= best)) {
                    continue;
                }
                best = maxOf(ray, start[s], start[s + 1], best, top);
            }
            return best == Float.NEGATIVE_INFINITY ? background : colormap.rgb((best - min) / span);
        };
    }

    /** The larger of {@code best} and the samples {@code from .. to−1}, stopping at {@code top}. */
    private float maxOf(double[] ray, int from, int to, float best, float top) {
        double sx = ray[0];
        double sy = ray[1];
        double sz = ray[2];
        double dx = ray[3];
        double dy = ray[4];
        double dz = ray[5];
        for (int n = from; n < to; n++) {
            float v = voxels.sample(sx + n * dx, sy + n * dy, sz + n * dz);
            if (v > best) {
                best = v;
                if (best >= top) {
                    break;
                }
            }
        }
        return best;
    }

    /** Composite: front to back, skipping runs in bricks whose values are all transparent. */
    private RowCaster composite(TransferFunction tf, int backgroundRgb, boolean skip) {
        float[] alpha = new float[LUT];
        float[] red = new float[LUT];
        float[] green = new float[LUT];
        float[] blue = new float[LUT];
        for (int i = 0; i < LUT; i++) {
            double p = i / (double) (LUT - 1);
            int rgb = tf.colormap().rgb(p);
            alpha[i] = (float) (tf.opacity() * p);
            red[i] = alpha[i] * (rgb >> 16 & 255);
            green[i] = alpha[i] * (rgb >> 8 & 255);
            blue[i] = alpha[i] * (rgb & 255);
        }
        float from = (float) tf.from();
        float scale = (float) ((LUT - 1) / (tf.to() - tf.from()));
        boolean rising = tf.to() > tf.from();
        float[] brickMin = bricks.min;
        float[] brickMax = bricks.max;
        return (runs, background) -> {
            runs.split(bricks, skip);
            double[] ray = runs.ray;
            double sx = ray[0];
            double sy = ray[1];
            double sz = ray[2];
            double dx = ray[3];
            double dy = ray[4];
            double dz = ray[5];
            float r = 0;
            float g = 0;
            float b = 0;
            float a = 0;
            runs:
            for (int s = 0; s < runs.count; s++) {
                int k = runs.brick[s];
                if (k >= 0 && (rising ? brickMax[k] <= from : brickMin[k] >= from)) {
                    continue;
                }
                for (int n = runs.start[s], end = runs.start[s + 1]; n < end; n++) {
                    float p = (voxels.sample(sx + n * dx, sy + n * dy, sz + n * dz) - from) * scale;
                    if (!(p > 0.5f)) {
                        continue;
                    }
                    int i = p >= LUT - 1 ? LUT - 1 : (int) (p + 0.5f);
                    float weight = 1 - a;
                    r += weight * red[i];
                    g += weight * green[i];
                    b += weight * blue[i];
                    a += weight * alpha[i];
                    if (a >= OPAQUE) {
                        break runs;
                    }
                }
            }
            float rest = 1 - a;
            int cr = Math.min(255, Math.round(r + rest * (background >> 16 & 255)));
            int cg = Math.min(255, Math.round(g + rest * (background >> 8 & 255)));
            int cb = Math.min(255, Math.round(b + rest * (background & 255)));
            return cr << 16 | cg << 8 | cb;
        };
    }
}
