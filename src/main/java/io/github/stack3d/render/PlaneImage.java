package io.github.stack3d.render;

import io.github.stack3d.Colormap;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * A plane of values (a projection, a section through a stack) as colors and at its physical aspect: values
 * through a colormap (or label colors), then resized so that every output pixel covers the same physical length
 * both ways.
 */
final class PlaneImage {

    /** Largest width or height of a plane after scaling by its spacing, in pixels. */
    static final int MAX_SIZE = 4096;

    private PlaneImage() {
    }

    /**
     * Values {@code v} as 0xRRGGBB: {@code labels} true gives label {@code (int) v} its label color
     * ({@link Colormap#LABELS}, computed once per run of equal labels); otherwise
     * {@code (v − lo) / (hi − lo)} through {@code colormap} (NaN as 0).
     */
    static int[] colors(float[] v, boolean labels, double lo, double hi, Colormap colormap) {
        if (labels) {
            int[] ints = new int[v.length];
            for (int i = 0; i < v.length; i++) {
                ints[i] = (int) v[i];
            }
            return LabelColors.slice(ints);
        }
        int[] rgb = new int[v.length];
        double span = hi > lo ? hi - lo : 1;
        for (int i = 0; i < v.length; i++) {
            rgb[i] = colormap.rgb((v[i] - lo) / span);
        }
        return rgb;
    }

    /** The smallest and largest finite value of {@code v}; {0, 1} when there is none. */
    static double[] finiteRange(float[] v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (float x : v) {
            if (x >= -Float.MAX_VALUE && x <= Float.MAX_VALUE) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        return lo <= hi ? new double[] {lo, hi} : new double[] {0, 1};
    }

    /**
     * The physical length of one output pixel for planes whose voxels measure {@code spacings}: the smallest
     * spacing, made larger when {@code w · sw / p} or {@code h · sh / p} would exceed {@code maxSize}.
     */
    static double pixelSize(int w, double sw, int h, double sh, int maxSize, double... spacings) {
        double p = Math.min(sw, sh);
        for (double s : spacings) {
            p = Math.min(p, s);
        }
        return Math.max(p, Math.max(w * sw, h * sh) / maxSize);
    }

    /** Output pixels that {@code n} voxels of size {@code s} take at pixel size {@code p}; at least 1. */
    static int pixels(int n, double s, double p) {
        return Math.max(1, (int) Math.round(n * s / p));
    }

    /** Output pixel that voxel {@code i} of size {@code s} is drawn at: the middle of its run of pixels. */
    static int pixelOf(int i, int n, double s, double p) {
        int size = pixels(n, s, p);
        return Math.min(size - 1, (int) ((i + 0.5) * size / n));
    }

    /** An RGB image of {@code rgb} ({@code w × h}) resized to {@code tw × th}. */
    static BufferedImage image(int[] rgb, int w, int h, int tw, int th) {
        int[] scaled = Resample.rgb(rgb, w, h, tw, th);
        BufferedImage image = new BufferedImage(tw, th, BufferedImage.TYPE_INT_RGB);
        System.arraycopy(scaled, 0, ((DataBufferInt) image.getRaster().getDataBuffer()).getData(), 0, scaled.length);
        return image;
    }

    /** {@code image} (RGB) enlarged {@code factor} times, each pixel a square; {@code image} itself for 1. */
    static BufferedImage enlarge(BufferedImage image, int factor) {
        if (factor == 1) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        return image(((DataBufferInt) image.getRaster().getDataBuffer()).getData(), w, h, w * factor, h * factor);
    }
}
