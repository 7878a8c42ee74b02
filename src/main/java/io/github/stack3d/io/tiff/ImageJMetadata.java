package io.github.stack3d.io.tiff;

import io.github.stack3d.Grid;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The voxel spacing in ImageJ's TIFF metadata, read and written as ImageJ does: the ImageDescription of the first
 * page holds lines {@code key=value} starting with {@code ImageJ=}, among them {@code unit=} and {@code spacing=}
 * (the z step); XResolution and YResolution hold pixels per unit, so the pixel width is {@code 1 / XResolution}.
 *
 * <p>Resolution tags without an ImageJ description are not read: most writers put a 72 dpi default there,
 * which is not a voxel size.
 */
final class ImageJMetadata {

    /** The version ImageJ files written by stack3d claim, as ImageJ 1.54f would write them. */
    static final String VERSION = "1.54f";

    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");
    private static final long MAX_RATIONAL_TERM = 0xFFFFFFFFL;

    private ImageJMetadata() {
    }

    /**
     * The spacing a page's tags describe.
     *
     * @param description    the ImageDescription, empty when absent
     * @param pixelWidth     1 / XResolution, NaN when absent
     * @param pixelHeight    1 / YResolution, NaN when absent
     * @param resolutionUnit the ResolutionUnit tag (2 inch, 3 cm), 0 when absent
     * @return the spacing, {@link Grid#PIXELS} for a file without ImageJ metadata or without a unit
     */
    static Grid spacing(String description, double pixelWidth, double pixelHeight, int resolutionUnit) {
        if (!description.startsWith("ImageJ=")) {
            return Grid.PIXELS;
        }
        Map<String, String> values = properties(description);
        String unit = values.get("unit");
        if (unit == null) {
            unit = resolutionUnit == 2 ? "inch" : resolutionUnit == 3 ? "cm" : null;
        }
        if (unit == null) {
            return Grid.PIXELS;
        }
        double x = positive(pixelWidth, 1);
        double y = positive(pixelHeight, x);
        double z = positive(number(values.get("spacing")), 1);
        // ImageJ's xorigin is the pixel position of the physical origin, so voxel 0 lies at -xorigin · x
        return Grid.of(x, y, z, unit(unit)).withOrigin(origin(values.get("xorigin"), x),
                origin(values.get("yorigin"), y), origin(values.get("zorigin"), z));
    }

    /**
     * An ImageJ description for a stack of {@code images} slices with this spacing, for example
     * {@code ImageJ=1.54f\nimages=27\nslices=27\nunit=micron\nspacing=7.0\nloop=false\n}.
     */
    static String description(int images, Grid spacing) {
        StringBuilder s = new StringBuilder("ImageJ=").append(VERSION).append('\n');
        if (images > 1) {
            s.append("images=").append(images).append('\n').append("slices=").append(images).append('\n');
        }
        return s.append("unit=").append(imageJUnit(spacing.unit())).append('\n')
                .append("spacing=").append(spacing.sz()).append('\n')
                .append(origin(spacing))
                .append("loop=false\n").toString();
    }

    /**
     * The X/YResolution for a pixel size: pixels per unit as {numerator, denominator}, the reciprocal of the
     * closest fraction to {@code pixelSize} (see {@link #rational}), so that denominator / numerator gives
     * {@code pixelSize} back exactly when it is a short decimal such as 0.3 or 0.1234.
     */
    static long[] resolution(double pixelSize) {
        long[] size = rational(pixelSize);
        return new long[] {size[1], size[0]};
    }

    /**
     * The fraction {numerator, denominator} of unsigned 32-bit terms closest to {@code value}, by continued
     * fractions, stopping at the first convergent whose quotient is {@code value} as a double: 0.3 gives 3/10.
     */
    static long[] rational(double value) {
        long h0 = 0;
        long h1 = 1;
        long k0 = 1;
        long k1 = 0;
        double x = value;
        for (int i = 0; i < 64; i++) {
            double a = Math.floor(x);
            if (a * h1 + h0 > MAX_RATIONAL_TERM || a * k1 + k0 > MAX_RATIONAL_TERM) {
                break;
            }
            long h2 = (long) a * h1 + h0;
            long k2 = (long) a * k1 + k0;
            h0 = h1;
            h1 = h2;
            k0 = k1;
            k1 = k2;
            if ((double) h1 / k1 == value || x == a) {
                break;
            }
            x = 1 / (x - a);
        }
        if (k1 == 0) {
            return new long[] {MAX_RATIONAL_TERM, 1};
        }
        return h1 == 0 ? new long[] {1, MAX_RATIONAL_TERM} : new long[] {h1, k1};
    }

    /** ResolutionUnit as ImageJ writes it: 2 for inch, 3 for cm, 1 (none) for every other unit. */
    static int resolutionUnit(Grid spacing) {
        return switch (spacing.unit()) {
            case "inch" -> 2;
            case "cm" -> 3;
            default -> 1;
        };
    }

    /** The {@code key=value} lines of a description. */
    private static Map<String, String> properties(String description) {
        Map<String, String> values = new HashMap<>();
        for (String line : description.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.putIfAbsent(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        return values;
    }

    /**
     * ImageJ's unit names in stack3d's words: {@code micron}, {@code um}, <code>&#92;u00B5m</code> → µm;
     * {@code pixel} → px; other escapes decoded.
     */
    static String unit(String imageJ) {
        Matcher m = ESCAPE.matcher(imageJ.trim());
        StringBuilder s = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(s, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        String unit = m.appendTail(s).toString();
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "micron", "microns", "um", "\u00B5m", "\u03BCm" -> "\u00B5m";
            case "pixel", "pixels", "" -> "px";
            default -> unit;
        };
    }

    /**
     * The unit as ImageJ writes it: µm → {@code micron}, px → {@code pixel}, other non-ASCII characters as
     * <code>&#92;uXXXX</code>.
     */
    static String imageJUnit(String unit) {
        if (unit.equals("\u00B5m") || unit.equals("\u03BCm")) {
            return "micron";
        }
        if (unit.equals("px")) {
            return "pixel";
        }
        StringBuilder s = new StringBuilder();
        for (char c : unit.toCharArray()) {
            s.append(c >= ' ' && c < 127 ? String.valueOf(c) : String.format(Locale.ROOT, "\\u%04X", (int) c));
        }
        return s.toString();
    }

    private static double number(String text) {
        if (text == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** {@code |value|} when it is a usable size, else {@code fallback} (ImageJ may store a negative z step). */
    /** ImageJ's origin lines (pixel position of the physical origin) for a grid whose voxel 0 is not at 0. */
    private static String origin(Grid grid) {
        if (grid.atZero()) {
            return "";
        }
        return "xorigin=" + -grid.ox() / grid.sx() + "\nyorigin=" + -grid.oy() / grid.sy() + "\nzorigin="
                + -grid.oz() / grid.sz() + "\n";
    }

    /** The physical position of voxel 0 from ImageJ's origin (in pixels) and the spacing; 0 when absent. */
    private static double origin(String pixels, double spacing) {
        double v = number(pixels);
        return Double.isFinite(v) && v != 0 ? -v * spacing : 0;
    }

    private static double positive(double value, double fallback) {
        double v = Math.abs(value);
        return v > 0 && Double.isFinite(v) ? v : fallback;
    }
}
