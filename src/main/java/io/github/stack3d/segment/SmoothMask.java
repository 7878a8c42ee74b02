package io.github.stack3d.segment;

import io.github.stack3d.Checks;
import io.github.stack3d.Mask;
import io.github.stack3d.Parallel;
import io.github.stack3d.Volume;
import java.util.Arrays;

/**
 * A smooth field from a binary mask, for staircase-free surfaces: the mask's 0/1 values blurred by a
 * {@link Gaussian} of {@code σ}, then shifted so that exactly as many voxels are {@code >= 0.5} as the mask has
 * (up to ties). A plain blur's 0.5 level lies inside a convex object (it moves by about {@code σ²} times the mean
 * curvature), so that its marching-cubes volume comes out about 1 % short on the MorphoLibJ ellipsoids at
 * σ = 1 voxel; the shift {@code 0.5 − t}, where {@code t} is the level of the blur that keeps the mask's voxel
 * count, moves the 0.5 level back out to where the mask's volume is kept.
 *
 * <p>{@code t} is found exactly in two parallel passes over the blur: a histogram of 65,536 bins over [0, 1]
 * finds the bin holding the {@code N}-th largest value (N the mask's voxel count), then that bin's values and the
 * largest value below it are collected and sorted; {@code t} is the midpoint between the {@code N}-th largest value
 * and the next smaller one.
 */
public final class SmoothMask {

    private static final int BINS = 1 << 16;

    private SmoothMask() {
    }

    /**
     * The smoothed field (32-bit float, the mask's grid) whose 0.5 level is a smooth version of the mask's surface:
     * {@code marchingCubes(field(mask, sigma), 0.5)}.
     *
     * @throws IllegalArgumentException when the mask is null, empty or full, or {@code sigma} is not finite and
     *                                  positive
     */
    public static Volume field(Mask mask, double sigma) {
        Checks.requireNonNull(mask, "mask");
        Gaussian.requireSigma(sigma);
        long count = mask.count();
        if (count == 0 || count == mask.voxelCount()) {
            throw new IllegalArgumentException("the mask is " + (count == 0 ? "empty" : "full") + " (" + mask
                    + "); a smooth surface needs foreground and background voxels");
        }
        Volume blur = Gaussian.filter(mask, sigma);
        float shift = (float) (0.5 - level(blur, count));
        Parallel.forEach(blur.depth(), z -> {
            float[] s = blur.floats(z);
            for (int i = 0; i < s.length; i++) {
                s[i] += shift;
            }
        });
        return blur;
    }

    /** The level {@code t} with exactly {@code n} values above it (up to ties), midway between two values. */
    static double level(Volume field, long n) {
        int depth = field.depth();
        long[][] perSlice = new long[depth][];
        Parallel.forEach(depth, z -> {
            long[] h = new long[BINS];
            for (float v : field.floats(z)) {
                h[bin(v)]++;
            }
            perSlice[z] = h;
        });
        long[] counts = new long[BINS];
        for (long[] h : perSlice) {
            for (int b = 0; b < BINS; b++) {
                counts[b] += h[b];
            }
        }
        long above = 0;
        int b = BINS - 1;
        while (above + counts[b] < n) {
            above += counts[b--];
        }
        int lower = b - 1;
        while (lower >= 0 && counts[lower] == 0) {
            lower--;
        }
        int from = Math.max(lower, 0);
        int to = b;
        float[][] picked = new float[depth][];
        Parallel.forEach(depth, z -> {
            float[] s = field.floats(z);
            float[] p = new float[s.length];
            int c = 0;
            for (float v : s) {
                int vb = bin(v);
                if (vb >= from && vb <= to) {
                    p[c++] = v;
                }
            }
            picked[z] = Arrays.copyOf(p, c);
        });
        float[] values = Concat.of(picked, float[]::new);
        Arrays.sort(values);
        // values holds bins from..to in increasing order; the last counts[b] are bin b's, largest last
        int nth = values.length - 1 - (int) (n - 1 - above);
        float v = values[nth];
        int below = nth;
        while (below > 0 && values[below - 1] == v) {
            below--;
        }
        return below == 0 ? v - 0.5 / BINS : (v + (double) values[below - 1]) / 2;
    }

    private static int bin(float v) {
        return Math.min(BINS - 1, Math.max(0, (int) (v * BINS)));
    }
}
