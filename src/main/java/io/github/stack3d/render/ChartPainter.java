package io.github.stack3d.render;

import io.github.stack3d.Chart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;

/**
 * Draws a {@link Chart} onto any {@link Graphics2D}: JFreeSVG's {@link SVGGraphics2D} for {@link Chart#svg()}, a
 * {@code BufferedImage}'s graphics for {@link Chart#toImage()}, so both show the same. A white background, the
 * title at the top, the plot with value ticks below and count ticks on the left (linear: 1, 2 or 5 × 10ⁿ steps;
 * logarithmic: 0, then powers of ten, bars ∝ log10(1 + count)), one bar per bin, each threshold a red vertical line with
 * its value. On an SVG graphics each bar gets the element id {@code bar-i} and each threshold {@code threshold-k}
 * (JFreeSVG's {@link SVGHints#KEY_ELEMENT_ID}).
 */
public final class ChartPainter {

    private static final Color BAR = new Color(70, 110, 170);
    private static final Color THRESHOLD = new Color(215, 40, 40);
    private static final Color GRID = new Color(225, 225, 225);
    private static final int LEFT = 78;
    private static final int RIGHT = 24;
    private static final int TOP = 44;
    private static final int BOTTOM = 54;

    private ChartPainter() {
    }

    /** Draws {@code chart} onto {@code g}, filling {@code chart.width() × chart.height()} from (0, 0). */
    public static void draw(Chart chart, Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int w = chart.width();
        int h = chart.height();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        double left = LEFT;
        double right = w - RIGHT;
        double top = TOP;
        double bottom = h - BOTTOM;
        double[] edges = chart.edges();
        long[] counts = chart.counts();
        double lo = edges[0];
        double hi = edges[edges.length - 1];
        long max = 1;
        for (long c : counts) {
            max = Math.max(max, c);
        }
        boolean log = chart.isLogarithmic();
        double yTop = log ? Math.max(1, Math.ceil(Math.log10(1 + max))) : niceCeiling(max);
        Scale x = new Scale(lo, hi, left, right);
        Scale y = new Scale(0, yTop, bottom, top);

        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        countTicks(g, y, yTop, log, left, right);
        valueTicks(g, x, lo, hi, bottom);

        g.setColor(BAR);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF); // no seams
        for (int i = 0; i < counts.length; i++) {
            double x0 = x.at(edges[i]);
            double x1 = x.at(edges[i + 1]);
            double v = log ? Math.log10(1 + counts[i]) : counts[i];
            double y0 = y.at(v);
            id(g, "bar-" + i);
            g.fill(new Rectangle2D.Double(x0, y0, Math.max(x1 - x0, 0.5), bottom - y0));
        }

        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1f));
        g.draw(new Line2D.Double(left, bottom, right, bottom));
        g.draw(new Line2D.Double(left, bottom, left, top));

        double[] thresholds = chart.thresholds();
        g.setStroke(new BasicStroke(2f));
        for (int k = 0; k < thresholds.length; k++) {
            double tx = x.at(Math.max(lo, Math.min(hi, thresholds[k])));
            g.setColor(THRESHOLD);
            id(g, "threshold-" + k);
            g.draw(new Line2D.Double(tx, bottom, tx, top));
            String text = "t = " + number(thresholds[k]);
            int tw = g.getFontMetrics().stringWidth(text);
            double lx = tx + 4 + tw > right ? tx - 4 - tw : tx + 4;
            g.drawString(text, (float) lx, (float) (top + 12 + 13 * k));
        }

        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        FontMetrics fm = g.getFontMetrics();
        g.drawString(chart.xLabel(), (float) ((left + right - fm.stringWidth(chart.xLabel())) / 2), h - 14f);
        String yLabel = log ? "count (log scale)" : "count";
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2);
        g.drawString(yLabel, (float) (-(top + bottom + fm.stringWidth(yLabel)) / 2), 16f);
        g.setTransform(saved);

        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        String title = fit(g.getFontMetrics(), chart.title(), w - 20);
        g.drawString(title, (w - g.getFontMetrics().stringWidth(title)) / 2f, 26f);
    }

    /** Horizontal grid lines and labels on the count axis. */
    private static void countTicks(Graphics2D g, Scale y, double yTop, boolean log, double left, double right) {
        FontMetrics fm = g.getFontMetrics();
        double step = log ? 1 : niceStep(yTop / 5);
        for (double v = 0; v <= yTop + step / 2; v += step) {
            double py = y.at(v);
            g.setColor(GRID);
            g.draw(new Line2D.Double(left, py, right, py));
            String text = log ? (v <= 4 ? number(Math.pow(10, v) - (v == 0 ? 1 : 0)) : "1e" + (int) v) : number(v);
            g.setColor(Color.BLACK);
            g.drawString(text, (float) (left - 6 - fm.stringWidth(text)), (float) (py + fm.getAscent() / 2.0 - 1));
        }
    }

    /** Tick marks and labels on the value axis at round steps. */
    private static void valueTicks(Graphics2D g, Scale x, double lo, double hi, double bottom) {
        FontMetrics fm = g.getFontMetrics();
        double step = niceStep((hi - lo) / 6);
        g.setColor(Color.BLACK);
        for (double v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) {
            double px = x.at(v);
            g.draw(new Line2D.Double(px, bottom, px, bottom + 4));
            String text = number(v);
            g.drawString(text, (float) (px - fm.stringWidth(text) / 2.0), (float) (bottom + 6 + fm.getAscent()));
        }
    }

    /** Sets the SVG element id of the next shape, on JFreeSVG's graphics only. */
    private static void id(Graphics2D g, String id) {
        if (g instanceof SVGGraphics2D) {
            g.setRenderingHint(SVGHints.KEY_ELEMENT_ID, id);
        }
    }

    /** The smallest 1, 2 or 5 × 10ⁿ at or above {@code v} (v &gt; 0). */
    static double niceStep(double v) {
        double power = Math.pow(10, Math.floor(Math.log10(v)));
        double m = v / power;
        return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
    }

    /** The top of a linear count axis: a whole number of {@code niceStep(max / 5)} steps at or above max. */
    private static double niceCeiling(long max) {
        double step = niceStep(Math.max(1, max / 5.0));
        return Math.max(step, Math.ceil(max / step) * step);
    }

    /** {@code text}, shortened with an ellipsis to fit {@code width} pixels. */
    private static String fit(FontMetrics fm, String text, int width) {
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        String s = text;
        while (s.length() > 1 && fm.stringWidth(s + "…") > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "…";
    }

    /** A tick or threshold value: whole numbers without decimals, others with up to 4 significant digits. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return String.format(Locale.ROOT, "%d", (long) v);
        }
        String s = String.format(Locale.ROOT, "%.4g", v);
        return s.contains("e") ? s : s.replaceAll("\\.?0+$", "");
    }

    /** A linear map from data {@code [d0, d1]} to pixels {@code [p0, p1]}. */
    private record Scale(double d0, double d1, double p0, double p1) {
        double at(double v) {
            return p0 + (v - d0) * (p1 - p0) / (d1 - d0);
        }
    }
}
