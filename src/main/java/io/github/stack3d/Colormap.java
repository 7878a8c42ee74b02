package io.github.stack3d;

import java.util.Locale;

/**
 * Colors for values from 0 to 1: a table of 256 colors, looked up by the nearest entry. {@link #GRAY} is black
 * to white.
 */
public final class Colormap {

    /** Black at 0 to white at 1. */
    public static final Colormap GRAY = gray();

    private final String name;
    private final int[] table;

    private Colormap(String name, int[] table) {
        this.name = name;
        this.table = table;
    }

    /**
     * A colormap from 256 colors, 0xRRGGBB, for values 0, 1/255, ..., 1.
     *
     * @throws IllegalArgumentException when there are not 256 colors
     */
    public static Colormap of(String name, int[] rgb) {
        Checks.requireNonNull(name, "name");
        Checks.requireNonNull(rgb, "rgb");
        if (rgb.length != 256) {
            throw new IllegalArgumentException("a colormap has 256 colors; got " + rgb.length);
        }
        return new Colormap(name, rgb.clone());
    }

    private static Colormap gray() {
        int[] t = new int[256];
        for (int i = 0; i < 256; i++) {
            t[i] = i * 0x010101;
        }
        return new Colormap("gray", t);
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

    /** The colormap's name, for example {@code gray}. */
    public String name() {
        return name;
    }

    /** For example {@code Colormap[gray]}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Colormap[%s]", name);
    }
}
