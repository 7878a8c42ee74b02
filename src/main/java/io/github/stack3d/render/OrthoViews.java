package io.github.stack3d.render;

import io.github.stack3d.Bits;
import io.github.stack3d.Checks;
import io.github.stack3d.Colormap;
import io.github.stack3d.Grid;
import io.github.stack3d.Mask;
import io.github.stack3d.Parallel;
import io.github.stack3d.SampleType;
import io.github.stack3d.SliceSource;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * Orthogonal views, as Fiji's Image › Stacks › Orthogonal Views shows them: the XY, YZ and XZ planes through one
 * voxel side by side, XY top left, YZ to its right (z to the right, y down, sharing XY's rows), XZ below it (x to
 * the right, z down, sharing XY's columns), with yellow crosshairs through the voxel and each plane labelled with
 * its index ({@code z = 64}, {@code x = 10}, {@code y = 20}).
 *
 * <pre>{@code
 * BufferedImage views = OrthoViews.of(stack, mask, 128, 128, 64);
 * }</pre>
 *
 * <p>The three planes are read in one pass over the slices: each slice gives its row {@code y} to XZ and its
 * column {@code x} to YZ, and slice {@code z} is XY. Every plane is scaled so that a pixel is the same physical
 * length everywhere (the smallest spacing, or larger to keep the picture within {@value #MAX_SIZE} pixels; a
 * small stack's views are enlarged by a whole factor towards {@value #MIN_SIZE} pixels), so an anisotropic stack
 * looks as it is. Grey values as {@link SliceImage} shows them (8-bit as they are, masks white,
 * 16-bit and float from the three planes' value range), labels in label colors; a mask drawn over them as
 * {@link SliceImage#overlay} does. A scale bar (in the grid's unit) sits in the XY plane; 2D axes in each plane
 * large enough to hold them.
 */
public final class OrthoViews {

    /** The crosshairs' color: yellow, as in Fiji. */
    public static final Color CROSSHAIR_COLOR = new Color(255, 255, 0);

    /** Largest width and height of the picture in pixels. */
    public static final int MAX_SIZE = 2048;

    /** Views smaller than this (their larger side) are enlarged by a whole factor towards it, in pixels. */
    public static final int MIN_SIZE = 512;

    /** Pixels between the planes. */
    static final int GAP = 4;

    /** Planes smaller than this (either side, in pixels) get no axes. */
    private static final int AXES_MIN = 96;

    private OrthoViews() {
    }

    /**
     * The three planes through voxel {@code (x, y, z)}.
     *
     * @throws IllegalArgumentException when an argument is null or the voxel is outside the stack
     */
    public static BufferedImage of(SliceSource stack, int x, int y, int z) {
        return draw(Checks.requireNonNull(stack, "stack"), null, x, y, z, MIN_SIZE);
    }

    /**
     * The three planes through voxel {@code (x, y, z)} with the mask drawn over them in
     * {@link SliceImage#MASK_COLOR}.
     *
     * @throws IllegalArgumentException when an argument is null, the voxel is outside the stack, or the mask's
     *                                  size differs from the stack's
     */
    public static BufferedImage of(SliceSource stack, Mask mask, int x, int y, int z) {
        SliceImage.requireSameSize(stack, mask);
        return draw(stack, mask, x, y, z, MIN_SIZE);
    }

    /**
     * The views, enlarged by a whole factor when smaller than {@code minSize} pixels; {@code mask} null for none.
     */
    static BufferedImage draw(SliceSource stack, Mask mask, int x, int y, int z, int minSize) {
        int w = stack.width();
        int h = stack.height();
        int d = stack.depth();
        Checks.requireInRange(x, 0, w - 1, "x");
        Checks.requireInRange(y, 0, h - 1, "y");
        Checks.requireInRange(z, 0, d - 1, "z");
        Planes planes = Planes.read(stack, mask, x, y, z);
        Grid g = stack.grid();
        double p = Math.max(Math.min(g.sx(), Math.min(g.sy(), g.sz())),
                Math.max(w * g.sx() + d * g.sz(), h * g.sy() + d * g.sz()) / (MAX_SIZE - GAP));
        double unscaled = Math.max(w * g.sx() + d * g.sz(), h * g.sy() + d * g.sz()) / p;
        if (unscaled + GAP < minSize) {
            p /= Math.max(1, (int) ((minSize - GAP) / unscaled));
        }
        int pw = PlaneImage.pixels(w, g.sx(), p);
        int ph = PlaneImage.pixels(h, g.sy(), p);
        int pd = PlaneImage.pixels(d, g.sz(), p);
        boolean labels = stack.type() == SampleType.INT32;
        double[] range = switch (stack.type()) {
            case UINT8 -> new double[] {0, 255};
            case BIT -> new double[] {0, 1};
            case UINT16, INT32, FLOAT32 -> planes.range();
        };
        int color = SliceImage.MASK_COLOR.getRGB();
        int[] xy = plane(planes.xy, planes.xyMask, w, h, labels, range, color);
        int[] yz = plane(planes.yz, planes.yzMask, d, h, labels, range, color);
        int[] xz = plane(planes.xz, planes.xzMask, w, d, labels, range, color);

        BufferedImage image = new BufferedImage(pw + GAP + pd, ph + GAP + pd, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        g2.setColor(new Color(Montage.GAP_GREY, Montage.GAP_GREY, Montage.GAP_GREY));
        g2.fillRect(0, 0, image.getWidth(), image.getHeight());
        g2.dispose();
        BufferedImage xyImage = PlaneImage.image(xy, w, h, pw, ph);
        BufferedImage yzImage = PlaneImage.image(yz, d, h, pd, ph);
        BufferedImage xzImage = PlaneImage.image(xz, w, d, pw, pd);
        int cx = PlaneImage.pixelOf(x, w, g.sx(), p);
        int cy = PlaneImage.pixelOf(y, h, g.sy(), p);
        int cz = PlaneImage.pixelOf(z, d, g.sz(), p);
        crosshairs(xyImage, cx, cy);
        crosshairs(yzImage, cz, cy);
        crosshairs(xzImage, cx, cz);
        Annotations.scaleBar(xyImage, p, g.unit());
        axes(xyImage, "x", "y");
        axes(yzImage, "z", "y");
        axes(xzImage, "x", "z");
        label(xyImage, "z = " + z);
        label(yzImage, "x = " + x);
        label(xzImage, "y = " + y);
        Graphics2D out = image.createGraphics();
        out.drawImage(xyImage, 0, 0, null);
        out.drawImage(yzImage, pw + GAP, 0, null);
        out.drawImage(xzImage, 0, ph + GAP, null);
        out.dispose();
        return image;
    }

    private static int[] plane(float[] v, boolean[] mask, int w, int h, boolean labels, double[] range, int color) {
        int[] rgb = PlaneImage.colors(v, labels, range[0], range[1], Colormap.GRAY);
        if (mask != null) {
            SliceImage.overlayInPlace(rgb, i -> mask[i], w, h, color);
        }
        return rgb;
    }

    /** One-pixel lines through pixel {@code (cx, cy)}, across the whole plane. */
    private static void crosshairs(BufferedImage image, int cx, int cy) {
        int c = CROSSHAIR_COLOR.getRGB();
        for (int u = 0; u < image.getWidth(); u++) {
            image.setRGB(u, cy, c);
        }
        for (int v = 0; v < image.getHeight(); v++) {
            image.setRGB(cx, v, c);
        }
    }

    private static void axes(BufferedImage image, String right, String down) {
        if (Math.min(image.getWidth(), image.getHeight()) >= AXES_MIN) {
            Annotations.axes2D(image, right, down);
        }
    }

    private static void label(BufferedImage image, String text) {
        Graphics2D g = Annotations.graphics(image);
        int size = g.getFont().getSize();
        if (image.getHeight() >= size + 4 && image.getWidth() >= g.getFontMetrics().stringWidth(text) + 8) {
            Annotations.outlined(g, text, 4, size + 2, Color.WHITE);
        }
        g.dispose();
    }

    /** The three planes' values and mask bits, read in one pass over the slices. */
    private static final class Planes {
        final float[] xy;
        final float[] yz;
        final float[] xz;
        final boolean[] xyMask;
        final boolean[] yzMask;
        final boolean[] xzMask;

        private Planes(int w, int h, int d, boolean masked) {
            xy = new float[w * h];
            yz = new float[d * h];
            xz = new float[w * d];
            xyMask = masked ? new boolean[w * h] : null;
            yzMask = masked ? new boolean[d * h] : null;
            xzMask = masked ? new boolean[w * d] : null;
        }

        /** Slice k gives row y to XZ row k and column x to YZ column k; slice z is XY. Slices in parallel. */
        static Planes read(SliceSource stack, Mask mask, int x, int y, int z) {
            int w = stack.width();
            int h = stack.height();
            int d = stack.depth();
            Planes p = new Planes(w, h, d, mask != null);
            Parallel.forEach(d, k -> {
                float[] s = stack.floatSlice(k, k == z ? p.xy : new float[w * h]);
                System.arraycopy(s, y * w, p.xz, k * w, w);
                for (int j = 0; j < h; j++) {
                    p.yz[j * d + k] = s[j * w + x];
                }
                if (mask != null) {
                    long[] bits = mask.bits(k);
                    for (int i = 0; i < w; i++) {
                        p.xzMask[k * w + i] = Bits.get(bits, y * w + i);
                    }
                    for (int j = 0; j < h; j++) {
                        p.yzMask[j * d + k] = Bits.get(bits, j * w + x);
                    }
                    if (k == z) {
                        for (int i = 0; i < w * h; i++) {
                            p.xyMask[i] = Bits.get(bits, i);
                        }
                    }
                }
            });
            return p;
        }

        /** The smallest and largest finite value in the three planes. */
        double[] range() {
            double[] a = PlaneImage.finiteRange(xy);
            double[] b = PlaneImage.finiteRange(yz);
            double[] c = PlaneImage.finiteRange(xz);
            return new double[] {Math.min(a[0], Math.min(b[0], c[0])), Math.max(a[1], Math.max(b[1], c[1]))};
        }
    }
}
