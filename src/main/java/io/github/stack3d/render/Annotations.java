package io.github.stack3d.render;

import io.github.stack3d.View;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Locale;

/**
 * What a picture carries besides the data, drawn over it: a scale bar in physical units (bottom left) and an axes
 * triad showing which way x, y and z point (bottom right, x red, y green, z blue). Both are drawn white or in color
 * with a dark outline, so they read on any background.
 */
public final class Annotations {

    private static final Color[] AXIS_COLORS = {new Color(255, 80, 80), new Color(80, 220, 80),
        new Color(90, 150, 255)};
    private static final String[] AXIS_NAMES = {"x", "y", "z"};

    private Annotations() {
    }

    /**
     * Draws a scale bar onto {@code image}: a bar of a round length (1, 2 or 5 × 10ⁿ units) near a fifth of the
     * picture's width, labelled with its length.
     *
     * @param unitsPerPixel physical length of one pixel, finite and positive
     * @param unit          the length unit, for example {@code µm}
     */
    public static void scaleBar(BufferedImage image, double unitsPerPixel, String unit) {
        double length = roundLength(image.getWidth() / 5.0 * unitsPerPixel);
        int pixels = (int) Math.round(length / unitsPerPixel);
        if (pixels < 4 || pixels > image.getWidth() - 8) {
            return;
        }
        Graphics2D g = graphics(image);
        int margin = Math.max(6, image.getWidth() / 60);
        int thick = Math.max(3, image.getHeight() / 120);
        int x = margin;
        int y = image.getHeight() - margin - thick;
        g.setColor(new Color(0, 0, 0, 160));
        g.fillRect(x - 1, y - 1, pixels + 2, thick + 2);
        g.setColor(Color.WHITE);
        g.fillRect(x, y, pixels, thick);
        outlined(g, label(length) + " " + unit, x, y - thick, Color.WHITE);
        g.dispose();
    }

    /**
     * Draws an axes triad for a 3D view onto {@code image}: each axis's direction as the camera of {@code view}
     * sees it, foreshortened, in the bottom right corner.
     */
    public static void axes(BufferedImage image, View view) {
        double[] right = view.right();
        double[] down = view.down();
        int size = Math.max(24, Math.min(image.getWidth(), image.getHeight()) / 10);
        int margin = Math.max(6, image.getWidth() / 60);
        int cx = image.getWidth() - margin - size;
        int cy = image.getHeight() - margin - size;
        Graphics2D g = graphics(image);
        g.setStroke(new BasicStroke(Math.max(2f, size / 16f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int axis = 0; axis < 3; axis++) {
            int ex = cx + (int) Math.round(right[axis] * size * 0.8);
            int ey = cy + (int) Math.round(down[axis] * size * 0.8);
            g.setColor(AXIS_COLORS[axis]);
            g.drawLine(cx, cy, ex, ey);
            outlined(g, AXIS_NAMES[axis], ex + (int) Math.signum(ex - cx) * 3 - 3, ey + (ey >= cy ? 12 : -3),
                    AXIS_COLORS[axis]);
        }
        g.dispose();
    }

    /** Draws 2D axes for a flat picture: the axis drawn to the right and the one drawn down. */
    public static void axes2D(BufferedImage image, String rightAxis, String downAxis) {
        int size = Math.max(20, Math.min(image.getWidth(), image.getHeight()) / 12);
        int margin = Math.max(6, image.getWidth() / 60);
        int cx = image.getWidth() - margin - size;
        int cy = image.getHeight() - margin - size;
        Graphics2D g = graphics(image);
        g.setStroke(new BasicStroke(Math.max(2f, size / 14f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(color(rightAxis));
        g.drawLine(cx, cy, cx + size, cy);
        outlined(g, rightAxis, cx + size - 6, cy - 4, color(rightAxis));
        g.setColor(color(downAxis));
        g.drawLine(cx, cy, cx, cy + size);
        outlined(g, downAxis, cx + 4, cy + size, color(downAxis));
        g.dispose();
    }

    private static Color color(String axis) {
        int i = "xyz".indexOf(axis.toLowerCase(Locale.ROOT));
        return i < 0 ? Color.WHITE : AXIS_COLORS[i];
    }

    /** The largest 1, 2 or 5 × 10ⁿ not above {@code length}. */
    static double roundLength(double length) {
        double power = Math.pow(10, Math.floor(Math.log10(length)));
        double m = length / power;
        return (m >= 5 ? 5 : m >= 2 ? 2 : 1) * power;
    }

    private static String label(double length) {
        if (length >= 1 && length == Math.rint(length)) {
            return String.format(Locale.ROOT, "%d", (long) length);
        }
        return String.format(Locale.ROOT, "%.3g", length).replaceAll("\\.?0+$", "");
    }

    /** A graphics context on {@code image} with antialiasing and the annotations' bold font, sized to the image. */
    static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, Math.min(image.getWidth(), image.getHeight()) / 36)));
        return g;
    }

    /** Draws {@code text} with its baseline at {@code (x, y)} in {@code color} with a dark outline. */
    static void outlined(Graphics2D g, String text, int x, int y, Color color) {
        g.setColor(new Color(0, 0, 0, 200));
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                if (dx != 0 || dy != 0) {
                    g.drawString(text, x + dx, y + dy);
                }
            }
        }
        g.setColor(color);
        g.drawString(text, x, y);
    }
}
