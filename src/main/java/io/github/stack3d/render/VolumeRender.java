package io.github.stack3d.render;

import io.github.stack3d.Colormap;
import io.github.stack3d.Labels;
import io.github.stack3d.Parallel;
import io.github.stack3d.RenderMode;
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
 * is respected), sampled trilinearly once per smallest voxel spacing ({@link Camera}), on all cores (tiles of 16×16
 * pixels on {@link Parallel}). The modes of {@link View#mode()}:
 * <ul>
 * <li>MIP: the largest sample along the ray, through the view's colormap over the data range;</li>
 * <li>COMPOSITE: front-to-back alpha blending through a {@link TransferFunction}, stopping at opacity 0.99;</li>
 * <li>ISOSURFACE: the first point where the samples cross the level (in either direction: a dark object in a
 * bright background shows as well as a bright one; the stack's border is no surface), refined by bisection
 * between the two samples, shaded (Lambert plus a little specular) from the trilinear gradient with a light at
 * the camera and a fill light from the upper left.</li>
 * </ul>
 * Masks render as values 0 and 1. Labels render, in every mode, as the shaded surfaces of their objects in the
 * colors of {@link LabelColors}. Empty space is skipped brick by brick ({@link Bricks}: 8³ voxels; composite walks
 * bricks of 32³ and skips samples in transparent bricks of 8³), which changes no pixel.
 *
 * <p>Rays need random access to voxels, so the stack is held in memory: a volume in memory is used as it is;
 * a stack on disk (or a mask) is read once, after {@link io.github.stack3d.Memory#require} checked that it fits
 * (an {@link IllegalStateException} with advice when not). {@link #of} does that work and the brick pass once;
 * {@link #image} then draws any number of views: {@code VolumeRender r = VolumeRender.of(stack);
 * r.image(View.at(0, 0))}.
 */
public final class VolumeRender {

    private static final int LUT = 1024;
    private static final int TILE = 16;
    private static final float OPAQUE = 0.99f;

    private final SliceSource source;
    private final VoxelGrid voxels;
    private final Bricks bricks;
    private final Bricks coarse;
    private final boolean labels;
    private final float min;
    private final float max;
    private volatile Double otsu;
    private volatile TransferFunction automatic;

    private VolumeRender(SliceSource source) {
        this.source = source;
        this.voxels = VoxelGrid.of(source);
        this.bricks = Bricks.of(voxels);
        this.coarse = bricks.coarser().coarser();
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
        return image(view, view.mode() == RenderMode.COMPOSITE && !labels ? automatic() : null, true);
    }

    /** {@link TransferFunction#automatic} of the source, computed once. */
    private TransferFunction automatic() {
        TransferFunction tf = automatic;
        if (tf == null) {
            tf = TransferFunction.automatic(source);
            automatic = tf;
        }
        return tf;
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
        RenderMode mode = labels ? RenderMode.ISOSURFACE : view.mode();
        // composite walks bricks of 32: a brick step costs more than the few samples finer bricks would skip
        Bricks walk = mode == RenderMode.COMPOSITE ? coarse : bricks;
        RowCaster caster = switch (mode) {
            case MIP -> mip(view.colormap(), skipEmpty);
            case COMPOSITE -> composite(transfer, skipEmpty);
            case ISOSURFACE -> new IsoSurface(voxels, bricks, labels ? (Labels) labelsOf() : null, level(view),
                    view, camera, skipEmpty)::cast;
        };
        // tiles of 16×16 pixels: neighbouring rays read the same cache lines while they are still cached
        int tilesX = (w + TILE - 1) / TILE;
        int tilesY = (h + TILE - 1) / TILE;
        Parallel.forEach("volume rendering", tilesX * tilesY, t -> {
            BrickRuns runs = new BrickRuns(walk);
            int x0 = t % tilesX * TILE;
            int y0 = t / tilesX * TILE;
            for (int y = y0, yEnd = Math.min(h, y0 + TILE); y < yEnd; y++) {
                for (int x = x0, xEnd = Math.min(w, x0 + TILE); x < xEnd; x++) {
                    pixels[y * w + x] = camera.ray(x, y, runs.ray) ? caster.cast(runs, background) : background;
                }
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

    /** What a ray cast gives: the pixel's 0xRRGGBB from the ray in {@code runs}. */
    @FunctionalInterface
    interface RowCaster {
        int cast(BrickRuns runs, int background);
    }

    /**
     * MIP: first the one sample where the previous ray of this thread peaked (a neighbouring ray, whose maximum lies
     * at nearly the same depth: a floor that leaves out most bricks before any walk), then the run in the brick of
     * the highest maximum above it (the ray's maximum is usually there, and when it is the data's maximum the ray is
     * done), then the others in order, skipping runs whose brick maximum is not above the best so far; a run stops
     * once the best reaches its brick's maximum. Order does not change a maximum, so skipping changes no pixel. (One
     * such pick is cheapest: more picks cost more scans than they save samples.)
     */
    private RowCaster mip(Colormap colormap, boolean skip) {
        float span = max > min ? max - min : 1;
        float top = max;
        return (runs, background) -> {
            double[] ray = runs.ray;
            runs.start(skip);
            float best = Float.NEGATIVE_INFINITY;
            if (!skip) {
                runs.next();
                best = maxOf(runs, runs.from, runs.to, best, top);
            } else {
                int first = (int) ray[6];
                int last = (int) ray[7];
                int guess = runs.peak >= first && runs.peak <= last ? runs.peak : first + last >>> 1;
                best = maxOf(runs, guess, guess + 1, best, top);
                int count = best < top ? runs.collect(best) : 0;
                float[] m = runs.runMax;
                int k = count > 0 ? runs.highest : -1;
                if (k >= 0) {
                    best = maxOf(runs, runs.runFrom[k], runs.runTo[k], best, Math.min(top, m[k]));
                    m[k] = Float.NEGATIVE_INFINITY;
                }
                for (int s = 0; s < count && best < top; s++) {
                    if (m[s] > best) {
                        best = maxOf(runs, runs.runFrom[s], runs.runTo[s], best, Math.min(top, m[s]));
                    }
                }
            }
            return best == Float.NEGATIVE_INFINITY ? background : colormap.rgb((best - min) / span);
        };
    }

    /**
     * The larger of {@code best} and the samples {@code from .. to−1} of the ray in {@code runs}, stopping at
     * {@code top}; a sample above {@code best} becomes {@link BrickRuns#peak}.
     */
    private float maxOf(BrickRuns runs, int from, int to, float best, float top) {
        double[] ray = runs.ray;
        float sx = (float) ray[0];
        float sy = (float) ray[1];
        float sz = (float) ray[2];
        float dx = (float) ray[3];
        float dy = (float) ray[4];
        float dz = (float) ray[5];
        // n as a float counter (exact: rays are far shorter than 2^24 samples), cheaper than converting n
        float t = from;
        for (int n = from; n < to; n++, t++) {
            float v = voxels.sample(sx + t * dx, sy + t * dy, sz + t * dz);
            if (v > best) {
                best = v;
                runs.peak = n;
                if (best >= top) {
                    break;
                }
            }
        }
        return best;
    }

    /**
     * Composite: front to back, skipping runs in bricks of 32 and then samples in bricks of 8 whose values are all
     * transparent (their samples add nothing, so neither changes a pixel).
     */
    private RowCaster composite(TransferFunction tf, boolean skip) {
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
        float[] brickMin = coarse.min;
        float[] brickMax = coarse.max;
        float[] fineMin = bricks.min;
        float[] fineMax = bricks.max;
        int fx = bricks.nbx - 1;
        int fy = bricks.nby - 1;
        int fz = bricks.nbz - 1;
        int fx1 = bricks.nbx;
        int fy1 = bricks.nby;
        return (runs, background) -> {
            double[] ray = runs.ray;
            runs.start(skip);
            float sx = (float) ray[0];
            float sy = (float) ray[1];
            float sz = (float) ray[2];
            float dx = (float) ray[3];
            float dy = (float) ray[4];
            float dz = (float) ray[5];
            float r = 0;
            float g = 0;
            float b = 0;
            float a = 0;
            runs:
            while (runs.next()) {
                int k = runs.brick;
                if (k >= 0 && (rising ? brickMax[k] <= from : brickMin[k] >= from)) {
                    continue;
                }
                float t = runs.from;
                for (int n = runs.from, end = runs.to; n < end; n++, t++) {
                    float x = sx + t * dx;
                    float y = sy + t * dy;
                    float z = sz + t * dz;
                    // a sample in a transparent brick of 8 inside this brick of 32 adds nothing: not read at all
                    int f = (Math.min((int) z >> Bricks.SHIFT, fz) * fy1 + Math.min((int) y >> Bricks.SHIFT, fy))
                            * fx1 + Math.min((int) x >> Bricks.SHIFT, fx);
                    if (skip && (rising ? fineMax[f] <= from : fineMin[f] >= from)) {
                        continue;
                    }
                    float p = (voxels.sample(x, y, z) - from) * scale;
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
