package io.github.stack3d;

import io.github.stack3d.render.LabelColors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Colors for values from 0 to 1: a table of 256 colors, looked up by the nearest entry. {@link #GRAY} is black
 * to white; {@link #VIRIDIS}, {@link #MAGMA}, {@link #INFERNO} and {@link #PLASMA} are matplotlib's perceptually
 * uniform maps (their authors, Nathaniel J. Smith, Stefan van der Walt and Eric Firing, released them under CC0;
 * the tables are matplotlib's, in the resource {@code colormaps.txt}, written by {@code tools/colormaps.py}).
 *
 * <p>{@link #LABELS} is for label images, whose values are label numbers, not fractions: {@link #label(int)}
 * gives label {@code k} its own color ({@code LabelColors.rgb(k)}, 0 black), for any {@code k}. Its
 * {@link #rgb(double)} table holds the colors of labels 0..255, so that it still works as a colormap.
 *
 * <pre>{@code
 * int c = Colormap.VIRIDIS.rgb(0.5);   // 0x21918C
 * int l = Colormap.LABELS.label(7);    // the color label 7 gets everywhere
 * }</pre>
 */
public final class Colormap {

    private static final Map<String, int[]> TABLES = readTables();

    /** Black at 0 to white at 1. */
    public static final Colormap GRAY = gray();

    /** matplotlib's viridis: dark blue at 0 through green to yellow at 1. */
    public static final Colormap VIRIDIS = listed("viridis");

    /** matplotlib's magma: black at 0 through purple and red to pale yellow at 1. */
    public static final Colormap MAGMA = listed("magma");

    /** matplotlib's inferno: black at 0 through purple and orange to pale yellow at 1. */
    public static final Colormap INFERNO = listed("inferno");

    /** matplotlib's plasma: blue at 0 through magenta and orange to yellow at 1. */
    public static final Colormap PLASMA = listed("plasma");

    /** Label colors: {@link #label(int)} gives each label number its own color; 0 (background) is black. */
    public static final Colormap LABELS = labels();

    private final String name;
    private final int[] table;
    private final boolean labels;

    private Colormap(String name, int[] table, boolean labels) {
        this.name = name;
        this.table = table;
        this.labels = labels;
    }

    /**
     * A colormap from 256 colors, 0xRRGGBB, for values 0, 1/255, ..., 1.
     *
     * @throws IllegalArgumentException when there are not 256 colors, or an argument is null
     */
    public static Colormap of(String name, int[] rgb) {
        Checks.requireNonNull(name, "name");
        Checks.requireNonNull(rgb, "rgb");
        if (rgb.length != 256) {
            throw new IllegalArgumentException("a colormap has 256 colors; got " + rgb.length);
        }
        int[] table = rgb.clone();
        for (int i = 0; i < 256; i++) {
            table[i] &= 0xFFFFFF;
        }
        return new Colormap(name, table, false);
    }

    private static Colormap gray() {
        int[] t = new int[256];
        for (int i = 0; i < 256; i++) {
            t[i] = i * 0x010101;
        }
        return new Colormap("gray", t, false);
    }

    private static Colormap labels() {
        int[] t = new int[256];
        for (int i = 0; i < 256; i++) {
            t[i] = LabelColors.rgb(i);
        }
        return new Colormap("labels", t, true);
    }

    private static Colormap listed(String name) {
        int[] t = TABLES.get(name);
        if (t == null) {
            throw new IllegalStateException("colormaps.txt has no colormap " + name);
        }
        return new Colormap(name, t, false);
    }

    /** The tables of {@code colormaps.txt}: lines of a name and 256 hex colors; {@code #} starts a comment. */
    private static Map<String, int[]> readTables() {
        Map<String, int[]> tables = new HashMap<>();
        try (InputStream in = Colormap.class.getResourceAsStream("colormaps.txt")) {
            if (in == null) {
                throw new IllegalStateException("the resource io/github/stack3d/colormaps.txt is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.trim().split("\\s+");
                if (f.length != 257) {
                    throw new IllegalStateException("colormaps.txt: " + f[0] + " has " + (f.length - 1)
                            + " colors; expected 256");
                }
                int[] t = new int[256];
                for (int i = 0; i < 256; i++) {
                    t[i] = Integer.parseInt(f[i + 1], 16);
                }
                tables.put(f[0], t);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read colormaps.txt", e);
        }
        return tables;
    }

    /** The color of {@code t} (0..1, clamped; NaN is 0) as 0xRRGGBB. */
    public int rgb(double t) {
        if (!(t > 0)) {
            return table[0];
        }
        return table[t >= 1 ? 255 : (int) (t * 255 + 0.5)];
    }

    /** The color of table entry {@code i} (0..255) as 0xRRGGBB. */
    public int rgb(int i) {
        return table[Checks.requireInRange(i, 0, 255, "colormap index")];
    }

    /**
     * The color of label number {@code k} as 0xRRGGBB: for {@link #LABELS} label {@code k}'s own color (0 and
     * below black, any positive {@code k}); for a map of values, table entry {@code k} clamped to 0..255.
     */
    public int label(int k) {
        if (labels) {
            return LabelColors.rgb(k);
        }
        return table[Math.max(0, Math.min(255, k))];
    }

    /** True for {@link #LABELS}, whose colors are for label numbers rather than values 0..1. */
    public boolean forLabels() {
        return labels;
    }

    /** The colormap's name, for example {@code gray} or {@code viridis}. */
    public String name() {
        return name;
    }

    /** For example {@code Colormap[viridis]}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Colormap[%s]", name);
    }
}
