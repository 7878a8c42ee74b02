package io.github.stack3d.render;

import io.github.stack3d.Bits;
import io.github.stack3d.Checks;
import io.github.stack3d.Mask;
import io.github.stack3d.SampleType;
import io.github.stack3d.SliceSource;
import io.github.stack3d.ValueRange;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.util.function.IntPredicate;

/**
 * One slice as a picture, drawn as the file shows it: x to the right, y down, one image pixel per voxel.
 *
 * <pre>{@code
 * BufferedImage grey = SliceImage.of(stack, 40);            // TYPE_BYTE_GRAY
 * BufferedImage both = SliceImage.overlay(stack, mask, 40); // the mask in orange over the slice
 * }</pre>
 *
 * <p>Grey levels: 8-bit values are shown as they are; 16-bit and float values are mapped linearly from the whole
 * stack's value range to 0..255 (the smallest value black, the largest white), so that slices of one stack
 * compare (a stack on disk: the range of the slice shown). Float NaN is shown black. Masks are white on black;
 * labels each get their own color ({@link LabelColors}). IJava shows a returned {@link BufferedImage} inline.
 */
public final class SliceImage {

    /** The color a mask is drawn in by {@link #overlay(SliceSource, Mask, int)}: orange, clear on grey. */
    public static final Color MASK_COLOR = new Color(255, 140, 0);

    private SliceImage() {
    }

    /**
     * Slice {@code z} of a volume as a grey image.
     *
     * @param volume the stack
     * @param z      slice index, 0..depth−1
     * @return a {@code TYPE_BYTE_GRAY} image of width × height pixels
     * @throws IllegalArgumentException naming the slice index and the valid range when {@code z} is outside it
     */
    public static BufferedImage of(SliceSource volume, int z) {
        requireSlice(volume, z);
        if (volume.type() == SampleType.INT32) {
            return rgb(LabelColors.slice(volume.ints(z)), volume.width(), volume.height());
        }
        return grey(GreyScale.of(volume, z).slice(volume, z), volume.width(), volume.height());
    }

    /**
     * Slice {@code z} of a volume as a grey image with a chosen display range: {@code display.min()} and below
     * black, {@code display.max()} and above white, linear between; for example to bring out faint detail.
     *
     * @throws IllegalArgumentException when {@code z} is not a slice, or the range is not finite with min &lt; max
     */
    public static BufferedImage of(SliceSource volume, int z, ValueRange display) {
        requireSlice(volume, z);
        Checks.requireNonNull(display, "display range");
        return grey(GreyScale.of(display).slice(volume, z), volume.width(), volume.height());
    }

    /**
     * Slice {@code z} of a mask: foreground white (255), background black (0).
     *
     * @return a {@code TYPE_BYTE_GRAY} image of width × height pixels
     * @throws IllegalArgumentException naming the slice index and the valid range when {@code z} is outside it
     */
    public static BufferedImage of(Mask mask, int z) {
        return of((SliceSource) mask, z);
    }

    /**
     * Slice {@code z} of a volume with a mask drawn over it: the grey slice, the mask's voxels tinted orange
     * (40 % {@link #MASK_COLOR}, 60 % grey) and its outline (mask voxels next to a background voxel in the
     * slice) in opaque orange.
     *
     * @return a {@code TYPE_INT_RGB} image of width × height pixels
     * @throws IllegalArgumentException when {@code z} is not a slice, or the mask and volume differ in size
     */
    public static BufferedImage overlay(SliceSource volume, Mask mask, int z) {
        return overlay(volume, mask, z, MASK_COLOR);
    }

    /** As {@link #overlay(SliceSource, Mask, int)}, with the mask drawn in {@code color} (its alpha is ignored). */
    public static BufferedImage overlay(SliceSource volume, Mask mask, int z, Color color) {
        requireSameSize(volume, mask);
        requireSlice(volume, z);
        Checks.requireNonNull(color, "color");
        return rgb(overlaySlice(GreyScale.of(volume, z).slice(volume, z), mask, z, color.getRGB()), volume.width(),
                volume.height());
    }

    static BufferedImage rgb(int[] rgb, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        System.arraycopy(rgb, 0, ((DataBufferInt) image.getRaster().getDataBuffer()).getData(), 0, rgb.length);
        return image;
    }

    /**
     * The grey slice {@code grey} as RGB with mask slice {@code z} drawn over it in {@code color}. Outside the
     * slice counts as foreground, so a mask cut by the image edge gets no outline along the edge.
     */
    static int[] overlaySlice(byte[] grey, Mask mask, int z, int color) {
        long[] m = mask.bits(z);
        int[] rgb = new int[grey.length];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = (grey[i] & 0xFF) * 0x010101;
        }
        overlayInPlace(rgb, i -> Bits.get(m, i), mask.width(), mask.height(), color);
        return rgb;
    }

    /**
     * Draws a mask over RGB pixels {@code rgb} ({@code w × h}) as {@link #overlay(SliceSource, Mask, int)} does:
     * pixels {@code i} with {@code inMask.test(i)} tinted, those next to a pixel outside the mask in {@code color};
     * outside the picture counts as inside the mask.
     */
    static void overlayInPlace(int[] rgb, IntPredicate inMask, int w, int h, int color) {
        for (int y = 0, i = 0; y < h; y++) {
            for (int x = 0; x < w; x++, i++) {
                if (!inMask.test(i)) {
                    continue;
                }
                int c = rgb[i];
                if (x > 0 && !inMask.test(i - 1) || x < w - 1 && !inMask.test(i + 1)
                        || y > 0 && !inMask.test(i - w) || y < h - 1 && !inMask.test(i + w)) {
                    rgb[i] = color & 0xFFFFFF;
                } else {
                    rgb[i] = tint(c >> 16 & 0xFF, color >> 16 & 0xFF) << 16
                            | tint(c >> 8 & 0xFF, color >> 8 & 0xFF) << 8 | tint(c & 0xFF, color & 0xFF);
                }
            }
        }
    }

    /** round(0.6 · grey + 0.4 · color): {@code 3g + 2c} is an integer, so {@code + 2} then {@code / 5} rounds. */
    private static int tint(int grey, int color) {
        return (3 * grey + 2 * color + 2) / 5;
    }

    static BufferedImage grey(byte[] grey, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        System.arraycopy(grey, 0, ((DataBufferByte) image.getRaster().getDataBuffer()).getData(), 0, grey.length);
        return image;
    }

    private static void requireSlice(SliceSource volume, int z) {
        Checks.requireNonNull(volume, "volume");
        Checks.requireSlice(z, volume.depth());
    }

    /** Requires a mask of the volume's width, height and depth. */
    static void requireSameSize(SliceSource volume, Mask mask) {
        Checks.requireNonNull(volume, "volume");
        Checks.requireNonNull(mask, "mask");
        if (mask.width() != volume.width() || mask.height() != volume.height() || mask.depth() != volume.depth()) {
            throw new IllegalArgumentException("mask is " + mask.width() + "×" + mask.height() + "×" + mask.depth()
                    + " voxels but the volume is " + volume.width() + "×" + volume.height() + "×" + volume.depth()
                    + "; expected a mask made from this volume");
        }
    }
}
