package io.github.stack3d;

import io.github.stack3d.render.ChartPainter;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Locale;

/**
 * A chart, immutable: for now a histogram of a stack (bars per bin, vertical threshold lines, linear or
 * logarithmic counts), which can be written as SVG text ({@link #svg()}, for papers and the web, through JFreeSVG)
 * or drawn as a picture ({@link #toImage()}); both come from the same drawing code, so they look alike.
 *
 * <pre>{@code
 * Chart h = Stack3D.histogram(stack, otsu(stack)).logarithmic();
 * String svg = h.svg();                 // <svg ...> with one <rect id="bar-i"> per bin
 * BufferedImage picture = h.toImage();  // width() × height() pixels
 * }</pre>
 *
 * <p>In the SVG, bar {@code i} is the element with id {@code bar-i}, threshold {@code k} the line with id
 * {@code threshold-k}, so scripts and tests can find them.
 */
public final class Chart {

    /** Width of a chart unless {@link #withSize} says otherwise, in pixels. */
    public static final int DEFAULT_WIDTH = 720;

    /** Height of a chart unless {@link #withSize} says otherwise, in pixels. */
    public static final int DEFAULT_HEIGHT = 420;

    private final String title;
    private final String xLabel;
    private final double[] edges;
    private final long[] counts;
    private final double[] thresholds;
    private final boolean logarithmic;
    private final int width;
    private final int height;

    private Chart(String title, String xLabel, double[] edges, long[] counts, double[] thresholds,
            boolean logarithmic, int width, int height) {
        this.title = title;
        this.xLabel = xLabel;
        this.edges = edges;
        this.counts = counts;
        this.thresholds = thresholds;
        this.logarithmic = logarithmic;
        this.width = width;
        this.height = height;
    }

    /**
     * A histogram chart with linear counts, {@value #DEFAULT_WIDTH}×{@value #DEFAULT_HEIGHT} pixels.
     *
     * @param title      the title, for example the stack's description
     * @param xLabel     what the bins are, for example {@code grey value}
     * @param edges      bin edges, one more than counts, finite and increasing
     * @param counts     voxels per bin, none negative, at least one bin
     * @param thresholds values to mark with a labelled vertical line, finite
     * @throws IllegalArgumentException when an argument is null or outside its range
     */
    public static Chart histogram(String title, String xLabel, double[] edges, long[] counts,
            double... thresholds) {
        Checks.requireNonNull(title, "title");
        Checks.requireNonNull(xLabel, "xLabel");
        Checks.requireNonNull(edges, "edges");
        Checks.requireNonNull(counts, "counts");
        Checks.requireNonNull(thresholds, "thresholds");
        if (counts.length == 0 || edges.length != counts.length + 1) {
            throw new IllegalArgumentException("a histogram of " + counts.length + " bins needs "
                    + (counts.length + 1) + " edges; got " + edges.length);
        }
        for (int i = 0; i < edges.length; i++) {
            Checks.requireFinite(edges[i], "edge " + i);
            if (i > 0 && !(edges[i] > edges[i - 1])) {
                throw new IllegalArgumentException("edge " + i + " (" + edges[i] + ") is not above edge " + (i - 1)
                        + " (" + edges[i - 1] + "); edges must increase");
            }
        }
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) {
                throw new IllegalArgumentException("count " + i + " is " + counts[i] + "; expected 0 or more");
            }
        }
        for (int k = 0; k < thresholds.length; k++) {
            Checks.requireFinite(thresholds[k], "threshold " + k);
        }
        return new Chart(title, xLabel, edges.clone(), counts.clone(), thresholds.clone(), false, DEFAULT_WIDTH,
                DEFAULT_HEIGHT);
    }

    /** This chart with counts on a logarithmic scale (bar height ∝ log(1 + count)), to show rare values. */
    public Chart logarithmic() {
        return new Chart(title, xLabel, edges, counts, thresholds, true, width, height);
    }

    /** This chart with counts on a linear scale (the default). */
    public Chart linear() {
        return new Chart(title, xLabel, edges, counts, thresholds, false, width, height);
    }

    /**
     * This chart at another size.
     *
     * @param width  pixels, 200 to 8192
     * @param height pixels, 150 to 8192
     * @throws IllegalArgumentException when a size is outside its range
     */
    public Chart withSize(int width, int height) {
        Checks.requireInRange(width, 200, 8192, "width");
        Checks.requireInRange(height, 150, 8192, "height");
        return new Chart(title, xLabel, edges, counts, thresholds, logarithmic, width, height);
    }

    /**
     * The chart as an SVG {@code <svg>} element of {@link #width()} × {@link #height()} user units with a matching
     * {@code viewBox}, so that it scales when embedded.
     */
    public String svg() {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        ChartPainter.draw(this, g);
        return g.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
    }

    /** The chart as a picture of {@link #width()} × {@link #height()} pixels, white background. */
    public BufferedImage toImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        ChartPainter.draw(this, g);
        g.dispose();
        return image;
    }

    /** The title. */
    public String title() {
        return title;
    }

    /** What the bins are, the label of the horizontal axis. */
    public String xLabel() {
        return xLabel;
    }

    /** Bin edges, one more than {@link #counts()}; a copy. */
    public double[] edges() {
        return edges.clone();
    }

    /** Voxels per bin; a copy. */
    public long[] counts() {
        return counts.clone();
    }

    /** The values marked with vertical lines; a copy. */
    public double[] thresholds() {
        return thresholds.clone();
    }

    /** True when counts are drawn on a logarithmic scale. */
    public boolean isLogarithmic() {
        return logarithmic;
    }

    /** Width in pixels (SVG user units). */
    public int width() {
        return width;
    }

    /** Height in pixels (SVG user units). */
    public int height() {
        return height;
    }

    /** For example {@code Chart[histogram, 256 bins, 1 threshold, linear, 720×420]}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Chart[histogram, %d bins, %d threshold%s, %s, %d×%d]", counts.length,
                thresholds.length, thresholds.length == 1 ? "" : "s", logarithmic ? "log" : "linear", width, height);
    }

    /** Charts are equal when they draw the same: same data, thresholds, scale and size. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Chart c && title.equals(c.title) && xLabel.equals(c.xLabel)
                && Arrays.equals(edges, c.edges) && Arrays.equals(counts, c.counts)
                && Arrays.equals(thresholds, c.thresholds) && logarithmic == c.logarithmic && width == c.width
                && height == c.height;
    }

    /** A hash of what {@link #equals} compares. */
    @Override
    public int hashCode() {
        return Arrays.hashCode(counts) * 31 + Arrays.hashCode(thresholds) + (logarithmic ? 1 : 0) + width * 7919;
    }
}
