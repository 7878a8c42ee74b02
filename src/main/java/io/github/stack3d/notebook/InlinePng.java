package io.github.stack3d.notebook;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

/**
 * Pictures made small enough to embed in a notebook: scaled to at most {@value #MAX_SIDE} pixels each way
 * (bilinear, aspect kept), stored as 8-bit grey when every pixel is grey (a third of the RGB size before
 * compression), and halved again while the PNG is over {@value #MAX_BYTES} bytes, so that a notebook with many
 * outputs stays light. A notebook keeps every output in its JSON file as base64.
 */
public final class InlinePng {

    /** Largest width and height of an inline picture in pixels. */
    public static final int MAX_SIDE = 512;

    /** Largest size of an inline PNG in bytes (before base64). */
    public static final int MAX_BYTES = 300_000;

    private InlinePng() {
    }

    /** The picture as compact PNG bytes; see the class comment. */
    public static byte[] png(BufferedImage image) {
        BufferedImage small = compact(image, MAX_SIDE);
        byte[] bytes = encode(small);
        while (bytes.length > MAX_BYTES && small.getWidth() > 16 && small.getHeight() > 16) {
            small = compact(small, Math.max(small.getWidth(), small.getHeight()) / 2);
            bytes = encode(small);
        }
        return bytes;
    }

    /** The compact PNG as base64 text, what Jupyter stores under {@code image/png}. */
    public static String base64(BufferedImage image) {
        return Base64.getEncoder().encodeToString(png(image));
    }

    /** An HTML {@code <img>} element showing the compact PNG as a data URI. */
    public static String img(BufferedImage image, String alt) {
        return "<img alt=\"" + Cards.escape(alt) + "\" src=\"data:image/png;base64," + base64(image) + "\"/>";
    }

    /**
     * Scaled to fit {@code side}×{@code side} (never enlarged), as 8-bit grey when all pixels are grey. Grey
     * levels are copied as numbers: drawing sRGB into a {@code TYPE_BYTE_GRAY} image would convert to its linear
     * grey colour space and brighten mid-tones (0x80 becomes 0xbc).
     */
    static BufferedImage compact(BufferedImage image, int side) {
        int w = image.getWidth();
        int h = image.getHeight();
        double f = Math.min(1.0, (double) side / Math.max(w, h));
        boolean byteGrey = image.getType() == BufferedImage.TYPE_BYTE_GRAY;
        boolean grey = byteGrey || allGrey(image);
        if (f == 1.0 && (byteGrey || !grey && image.getType() == BufferedImage.TYPE_INT_RGB)) {
            return image;
        }
        int tw = Math.max(1, (int) Math.round(w * f));
        int th = Math.max(1, (int) Math.round(h * f));
        if (byteGrey) {
            return scaled(image, tw, th, BufferedImage.TYPE_BYTE_GRAY);
        }
        BufferedImage rgb = f == 1.0 && image.getType() == BufferedImage.TYPE_INT_RGB ? image
                : scaled(image, tw, th, BufferedImage.TYPE_INT_RGB);
        return grey ? greyCopy(rgb) : rgb;
    }

    private static BufferedImage greyCopy(BufferedImage rgb) {
        BufferedImage out = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = out.getRaster();
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                raster.setSample(x, y, 0, rgb.getRGB(x, y) & 0xff);
            }
        }
        return out;
    }

    private static BufferedImage scaled(BufferedImage image, int w, int h, int type) {
        BufferedImage out = new BufferedImage(w, h, type);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static boolean allGrey(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                int r = (p >> 16) & 0xff;
                if (r != ((p >> 8) & 0xff) || r != (p & 0xff)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer for image type " + image.getType());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
