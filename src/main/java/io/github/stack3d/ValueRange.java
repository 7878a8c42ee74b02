package io.github.stack3d;

/**
 * The smallest and largest value in a stack.
 *
 * @param min smallest voxel value
 * @param max largest voxel value
 */
public record ValueRange(double min, double max) {

    /** The range of every voxel of {@code source} (NaN skipped; infinite when every voxel is NaN), one pass. */
    public static ValueRange of(SliceSource source) {
        int depth = source.depth();
        double[] mins = new double[depth];
        double[] maxs = new double[depth];
        SampleType type = source.type();
        Parallel.forEach(depth, z -> {
            double[] r = sliceRange(type, source.slice(z), source.sliceSize());
            mins[z] = r[0];
            maxs[z] = r[1];
        });
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int z = 0; z < depth; z++) {
            min = Math.min(min, mins[z]);
            max = Math.max(max, maxs[z]);
        }
        return new ValueRange(min, max);
    }

    private static double[] sliceRange(SampleType type, Object slice, int n) {
        return switch (type) {
            case UINT8 -> {
                int min = 255;
                int max = 0;
                for (byte b : (byte[]) slice) {
                    int v = b & 0xFF;
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
                yield new double[] {min, max};
            }
            case UINT16 -> {
                int min = 65535;
                int max = 0;
                for (short s : (short[]) slice) {
                    int v = s & 0xFFFF;
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
                yield new double[] {min, max};
            }
            case INT32 -> {
                int min = Integer.MAX_VALUE;
                int max = Integer.MIN_VALUE;
                for (int v : (int[]) slice) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
                yield new double[] {min, max};
            }
            case FLOAT32 -> {
                float min = Float.POSITIVE_INFINITY;
                float max = Float.NEGATIVE_INFINITY;
                for (float v : (float[]) slice) {
                    if (v < min) {
                        min = v;
                    }
                    if (v > max) {
                        max = v;
                    }
                }
                yield new double[] {min, max};
            }
            case BIT -> {
                long ones = Bits.count((long[]) slice, n);
                yield new double[] {ones == n ? 1 : 0, ones > 0 ? 1 : 0};
            }
        };
    }

    /** True when {@code v} lies in {@code [min, max]}. */
    public boolean contains(double v) {
        return v >= min && v <= max;
    }

    /** For example {@code [0, 255]}. */
    @Override
    public String toString() {
        return "[" + Grid.number(min).replaceAll("\\.0$", "") + ", " + Grid.number(max).replaceAll("\\.0$", "")
                + "]";
    }
}
