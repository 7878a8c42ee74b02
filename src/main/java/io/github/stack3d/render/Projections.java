package io.github.stack3d.render;

import io.github.stack3d.Axis;
import io.github.stack3d.Checks;
import io.github.stack3d.Colormap;
import io.github.stack3d.Grid;
import io.github.stack3d.Parallel;
import io.github.stack3d.Projection;
import io.github.stack3d.SampleType;
import io.github.stack3d.SliceSource;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * Projections of a stack along x, y or z: the maximum, minimum, mean or sum of the voxels along each ray, as a
 * picture at the stack's physical aspect.
 *
 * <pre>{@code
 * BufferedImage mip = Projections.of(stack, Axis.Z, Projection.MAX, Colormap.GRAY);   // with scale bar and axes
 * BufferedImage side = Projections.plain(stack, Axis.Y, Projection.MEAN, Colormap.VIRIDIS);
 * }</pre>
 *
 * <p>Layout: along z, x to the right and y down (as a slice); along y, x to the right and z down (slice 0 on
 * top); along x, z to the right and y down (the YZ plane of orthogonal views). The stack is read once, slice by
 * slice: along z each slice is folded into per-thread accumulators that are summed at the end; along x and y each
 * slice gives one row or column of the result, slices in parallel. The picture is then resized so that each
 * pixel covers the same physical length both ways: the smaller of the two spacings, or larger to keep the
 * picture within {@value PlaneImage#MAX_SIZE} pixels (a stack with slices 4 times as far apart as pixels gives a
 * side view 4 pixels tall per slice).
 *
 * <p>Colors: grey values through the colormap, 8-bit maxima, minima and means from 0..255 and mask ones from
 * 0..1 as they are (a mask's maximum projection is white where the ray meets the mask), everything else (sums,
 * 16-bit and float data) from the projection's own smallest to largest value. Labels are drawn in label colors
 * ({@link Colormap#LABELS}), whatever the colormap; they project with MAX or MIN only.
 */
public final class Projections {

    /** Annotated projections smaller than this (their larger side) are enlarged by a whole factor towards it. */
    static final int MIN_ANNOTATED = 256;

    private Projections() {
    }

    /**
     * The projection as a picture with a scale bar (in the grid's unit, bottom left) and 2D axes naming the axes
     * drawn right and down (bottom right); a picture under {@value #MIN_ANNOTATED} pixels is first enlarged by a
     * whole factor (each pixel a square) so that the annotations fit.
     *
     * @throws IllegalArgumentException when an argument is null, or labels are projected with MEAN or SUM
     */
    public static BufferedImage of(SliceSource stack, Axis axis, Projection mode, Colormap colormap) {
        BufferedImage image = plain(stack, axis, mode, colormap);
        int factor = Math.max(1, MIN_ANNOTATED / Math.max(image.getWidth(), image.getHeight()));
        image = PlaneImage.enlarge(image, factor);
        Grid g = stack.grid();
        double pixel = axis.right().spacing(g) * axis.right().size(stack) / image.getWidth();
        Annotations.scaleBar(image, pixel, g.unit());
        Annotations.axes2D(image, axis.right().label(), axis.down().label());
        return image;
    }

    /**
     * The projection as a picture, without annotations: {@code TYPE_INT_RGB}, sized by the spacing as the class
     * comment says.
     *
     * @throws IllegalArgumentException when an argument is null, or labels are projected with MEAN or SUM
     */
    public static BufferedImage plain(SliceSource stack, Axis axis, Projection mode, Colormap colormap) {
        Checks.requireNonNull(stack, "stack");
        Checks.requireNonNull(axis, "axis");
        Checks.requireNonNull(mode, "mode");
        Checks.requireNonNull(colormap, "colormap");
        boolean labels = stack.type() == SampleType.INT32;
        if (labels && (mode == Projection.MEAN || mode == Projection.SUM)) {
            throw new IllegalArgumentException("mode " + mode + " does not apply to labels; project labels with "
                    + "MAX or MIN");
        }
        float[] v = values(stack, axis, mode);
        int w = axis.right().size(stack);
        int h = axis.down().size(stack);
        double[] range = switch (stack.type()) {
            case UINT8 -> mode == Projection.SUM ? PlaneImage.finiteRange(v) : new double[] {0, 255};
            case BIT -> mode == Projection.SUM ? PlaneImage.finiteRange(v) : new double[] {0, 1};
            case UINT16, INT32, FLOAT32 -> PlaneImage.finiteRange(v);
        };
        int[] rgb = PlaneImage.colors(v, labels, range[0], range[1], colormap);
        Grid g = stack.grid();
        double sw = axis.right().spacing(g);
        double sh = axis.down().spacing(g);
        double p = PlaneImage.pixelSize(w, sw, h, sh, PlaneImage.MAX_SIZE);
        return PlaneImage.image(rgb, w, h, PlaneImage.pixels(w, sw, p), PlaneImage.pixels(h, sh, p));
    }

    /**
     * The projected values, row-major with {@code axis.right()} along a row and {@code axis.down()} down; a ray
     * of NaN only is NaN for MAX and MIN and 0 for SUM and MEAN; a label ray without labels is 0.
     */
    static float[] values(SliceSource stack, Axis axis, Projection mode) {
        boolean skipZero = mode == Projection.MIN && stack.type() == SampleType.INT32;
        return switch (axis) {
            case Z -> alongZ(stack, mode, skipZero);
            case Y, X -> across(stack, axis, mode, skipZero);
        };
    }

    /** Folds every slice into one accumulator per run of slices, runs in parallel, then folds the runs. */
    private static float[] alongZ(SliceSource stack, Projection mode, boolean skipZero) {
        int n = stack.sliceSize();
        int depth = stack.depth();
        int runs = Math.min(depth, 2 * Parallel.threads());
        double[][] partial = new double[runs][];
        Parallel.forEach(runs, r -> {
            double[] acc = start(mode, n);
            float[] buf = new float[n];
            for (int z = (int) ((long) r * depth / runs); z < (int) ((r + 1L) * depth / runs); z++) {
                float[] s = stack.floatSlice(z, buf);
                for (int i = 0; i < n; i++) {
                    acc[i] = fold(mode, acc[i], s[i], skipZero);
                }
            }
            partial[r] = acc;
        });
        double[] acc = partial[0];
        for (int r = 1; r < runs; r++) {
            for (int i = 0; i < n; i++) {
                acc[i] = merge(mode, acc[i], partial[r][i]);
            }
        }
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = finish(mode, acc[i], depth, skipZero);
        }
        return out;
    }

    /** Along x or y: slice z gives column z (along x) or row z (along y) of the result; slices in parallel. */
    private static float[] across(SliceSource stack, Axis axis, Projection mode, boolean skipZero) {
        int w = stack.width();
        int h = stack.height();
        int d = stack.depth();
        float[] out = new float[axis == Axis.Y ? w * d : d * h];
        Parallel.forEach(d, z -> {
            float[] s = stack.floatSlice(z, new float[w * h]);
            if (axis == Axis.Y) {
                double[] acc = start(mode, w);
                for (int y = 0, i = 0; y < h; y++) {
                    for (int x = 0; x < w; x++, i++) {
                        acc[x] = fold(mode, acc[x], s[i], skipZero);
                    }
                }
                for (int x = 0; x < w; x++) {
                    out[z * w + x] = finish(mode, acc[x], h, skipZero);
                }
            } else {
                for (int y = 0; y < h; y++) {
                    double a = start(mode, 1)[0];
                    for (int x = 0, i = y * w; x < w; x++, i++) {
                        a = fold(mode, a, s[i], skipZero);
                    }
                    out[y * d + z] = finish(mode, a, w, skipZero);
                }
            }
        });
        return out;
    }

    private static double[] start(Projection mode, int n) {
        double[] acc = new double[n];
        switch (mode) {
            case MAX -> Arrays.fill(acc, Double.NEGATIVE_INFINITY);
            case MIN -> Arrays.fill(acc, Double.POSITIVE_INFINITY);
            case MEAN, SUM -> { }
        }
        return acc;
    }

    /** The accumulator after voxel {@code v}; NaN (and 0 when {@code skipZero}) leave it as it is. */
    private static double fold(Projection mode, double acc, float v, boolean skipZero) {
        if (v != v || skipZero && v == 0) {
            return acc;
        }
        return switch (mode) {
            case MAX -> v > acc ? v : acc;
            case MIN -> v < acc ? v : acc;
            case MEAN, SUM -> acc + v;
        };
    }

    private static double merge(Projection mode, double a, double b) {
        return switch (mode) {
            case MAX -> Math.max(a, b);
            case MIN -> Math.min(a, b);
            case MEAN, SUM -> a + b;
        };
    }

    private static float finish(Projection mode, double acc, int count, boolean skipZero) {
        return switch (mode) {
            case MAX, MIN -> Double.isInfinite(acc) ? (skipZero ? 0 : Float.NaN) : (float) acc;
            case MEAN -> (float) (acc / count);
            case SUM -> (float) acc;
        };
    }
}
