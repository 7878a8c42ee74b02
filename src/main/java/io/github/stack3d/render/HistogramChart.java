package io.github.stack3d.render;

import io.github.stack3d.Chart;
import io.github.stack3d.Checks;
import io.github.stack3d.SliceSource;
import io.github.stack3d.segment.Histogram;

/**
 * The histogram of a stack as a {@link Chart}: the bins of {@link Histogram#of} (256 for 8-bit and float data, at
 * most 256 whole-value bins over the range for 16-bit data, 2 for a mask), titled with the stack's description.
 */
public final class HistogramChart {

    private HistogramChart() {
    }

    /**
     * The histogram of {@code stack} with a line at each threshold; linear counts.
     *
     * @throws IllegalArgumentException when an argument is null, the stack holds labels or infinite values, or a
     *                                  threshold is not finite
     */
    public static Chart of(SliceSource stack, double... thresholds) {
        Checks.requireNonNull(stack, "stack");
        Checks.requireNonNull(thresholds, "thresholds");
        Histogram h = Histogram.of(stack);
        String xLabel = switch (stack.type()) {
            case BIT -> "mask value (0 background, 1 foreground)";
            case UINT8, UINT16 -> stack.type() + " grey value";
            case FLOAT32, INT32 -> stack.type() + " value";
        };
        return Chart.histogram("Histogram of " + stack, xLabel, h.edges(), h.counts(), thresholds);
    }
}
