package io.github.stack3d;

import io.github.stack3d.segment.Otsu;
import java.util.Locale;

/**
 * How a composite volume rendering turns a value into a color and an opacity: both ramp linearly from value
 * {@code from} (transparent, the colormap's first color) to value {@code to} (opacity {@code opacity}, the
 * colormap's last color), and stay so beyond. With {@code from < to} bright structures show and darker values
 * are transparent; with {@code from > to} the ramp runs downwards, for dark objects on a bright background:
 * {@code TransferFunction.ramp(100.5, 0)} shows the values at or below 100 and hides the rest.
 *
 * <p>Opacity is per sample, and rays take one sample per smallest voxel spacing: an opacity of 0.1 lets about 10
 * voxels of full value through before the ray is nearly opaque; 1 makes the first such voxel a solid surface.
 *
 * <pre>{@code
 * TransferFunction tf = TransferFunction.ramp(100, 200).withOpacity(0.2).withColormap(Colormap.GRAY);
 * }</pre>
 *
 * @param from     the value where opacity starts to rise from 0, finite
 * @param to       the value where opacity reaches {@code opacity}, finite, not {@code from}
 * @param opacity  the opacity per sample at and beyond {@code to}, in (0, 1]
 * @param colormap the colors along the ramp; not null
 */
public record TransferFunction(double from, double to, double opacity, Colormap colormap) {

    /**
     * A transfer function of these components, each checked.
     *
     * @throws IllegalArgumentException naming the component that is not finite, equal ends, an opacity outside
     *                                  (0, 1] or a null colormap
     */
    public TransferFunction {
        Checks.requireFinite(from, "from");
        Checks.requireFinite(to, "to");
        if (from == to) {
            throw new IllegalArgumentException("from and to are both " + from + "; a ramp needs two different values");
        }
        if (!(opacity > 0 && opacity <= 1)) {
            throw new IllegalArgumentException("opacity is " + opacity + "; expected a value in (0, 1]");
        }
        Checks.requireNonNull(colormap, "colormap");
    }

    /** Transparent at {@code from}, opaque (opacity 1, white in gray) at {@code to} and beyond; see the class doc. */
    public static TransferFunction ramp(double from, double to) {
        return new TransferFunction(from, to, 1, Colormap.GRAY);
    }

    /**
     * The transfer function a composite rendering uses when none is given: bright structures, opaque above the
     * Otsu level {@code t} of the data ({@link Otsu#threshold}) and transparent below, with a soft ramp from
     * {@code t − w} to {@code t + w}, {@code w} a twentieth of the data range, opacity 0.5 per sample. A dark
     * object on a bright background is then hidden by its surroundings: give it a downward ramp instead
     * ({@code ramp(level, min)}, see the class doc).
     *
     * @param volume grey values or a mask, holding at least two different values
     * @throws IllegalArgumentException when the volume is null, holds labels or a single value
     */
    public static TransferFunction automatic(SliceSource volume) {
        Checks.requireNonNull(volume, "volume");
        double t = Otsu.threshold(volume);
        ValueRange range = volume instanceof Volume v ? v.range() : ValueRange.of(volume);
        double w = (range.max() - range.min()) / 20;
        double from = Math.max(range.min(), t - w);
        double to = Math.min(range.max(), t + w);
        if (!(from < to)) {
            from = range.min();
            to = range.max();
        }
        return new TransferFunction(from, to, 0.5, Colormap.GRAY);
    }

    /** This ramp with other colors. */
    public TransferFunction withColormap(Colormap colormap) {
        return new TransferFunction(from, to, opacity, colormap);
    }

    /** This ramp with another opacity per sample at its top, in (0, 1]. */
    public TransferFunction withOpacity(double max) {
        return new TransferFunction(from, to, max, colormap);
    }

    /** The opacity per sample of {@code value}: 0 at and before {@code from}, {@code opacity} at and after {@code to}. */
    public double opacityOf(double value) {
        return opacity * position(value);
    }

    /** Where {@code value} lies on the ramp, 0 (at {@code from}) to 1 (at {@code to}), clamped; NaN is 0. */
    public double position(double value) {
        double p = (value - from) / (to - from);
        return p > 0 ? Math.min(1, p) : 0;
    }

    /** For example {@code TransferFunction[100.0 → 200.0, opacity 0.2, gray]}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "TransferFunction[%s → %s, opacity %s, %s]", Grid.number(from),
                Grid.number(to), Grid.number(opacity), colormap.name());
    }
}
