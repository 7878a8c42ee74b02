package io.github.stack3d.render;

import java.awt.Color;

/**
 * Distinct colors for labels: label 0 (background) black, label k a hue k · 0.618… turns round the color wheel
 * (the golden ratio spreads any run of consecutive labels evenly), with saturation and brightness alternating
 * over three levels so that neighbouring hues still differ.
 */
public final class LabelColors {

    private static final double GOLDEN = 0.6180339887498949;

    private LabelColors() {
    }

    /** The color of {@code label} as 0xRRGGBB; 0 for the background. */
    public static int rgb(int label) {
        if (label <= 0) {
            return 0;
        }
        double hue = (label * GOLDEN) % 1.0;
        float saturation = new float[] {0.85f, 0.6f, 1.0f}[label % 3];
        float brightness = new float[] {1.0f, 0.85f, 0.7f}[(label / 3) % 3];
        return Color.HSBtoRGB((float) hue, saturation, brightness) & 0xFFFFFF;
    }

    /** A slice of labels as colors, row-major. */
    static int[] slice(int[] labels) {
        int[] rgb = new int[labels.length];
        int last = -1;
        int color = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != last) {
                last = labels[i];
                color = rgb(last);
            }
            rgb[i] = color;
        }
        return rgb;
    }
}
