package io.github.stack3d.render;

import io.github.stack3d.Bits;
import io.github.stack3d.Labels;
import io.github.stack3d.Memory;
import io.github.stack3d.Parallel;
import io.github.stack3d.SliceSource;

/**
 * A whole stack in memory for random access, in a compact primitive layout per sample type (8-bit {@code byte[][]},
 * 16-bit {@code short[][]}, float {@code float[][]}; masks as 0/1 bytes, labels as 0/1 bytes for their surfaces),
 * one array per slice, index {@code y * nx + x}: what a ray caster samples. A {@link io.github.stack3d.Volume}
 * in memory is used as it is (its slices are the stored arrays); anything else is read once, after
 * {@link Memory#require} has checked that it fits.
 *
 * <p>{@link #sample} interpolates trilinearly at a fractional index position inside {@code [0, n−1]} on each axis;
 * each axis has at least 2 voxels.
 */
abstract class VoxelGrid {

    final int nx;
    final int ny;
    final int nz;

    VoxelGrid(int nx, int ny, int nz) {
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
    }

    /** The value at index position (x, y, z), trilinear between the 8 voxels around it. */
    abstract float sample(float x, float y, float z);

    /**
     * The smallest and largest (finite) value of row {@code y} of slice {@code z} over each run of columns
     * {@code 8b .. 8b+8} (9 voxels: a brick and the first column of the next, which interpolation reaches).
     */
    abstract void rowRuns(int z, int y, float[] min, float[] max);

    /** The stack's values for ray casting; see the class comment. */
    static VoxelGrid of(SliceSource source) {
        int nx = source.width();
        int ny = source.height();
        int nz = source.depth();
        if (nx < 2 || ny < 2 || nz < 2) {
            throw new IllegalArgumentException("volume is " + nx + "×" + ny + "×" + nz
                    + " voxels; volume rendering needs at least 2 along each axis");
        }
        if (source instanceof Labels || source.type() == io.github.stack3d.SampleType.INT32) {
            Memory.require((long) nx * ny * nz, "volume rendering of " + source + " (label surfaces)");
            return new Bytes(nx, ny, nz, read(source, z -> nonZero((int[]) source.slice(z))));
        }
        return switch (source.type()) {
            case BIT -> {
                Memory.require((long) nx * ny * nz, "volume rendering of " + source + " (as 0/1 bytes)");
                yield new Bytes(nx, ny, nz, read(source, z -> unpack((long[]) source.slice(z), nx * ny)));
            }
            case UINT8 -> {
                require(source);
                yield new Bytes(nx, ny, nz, read(source, z -> (byte[]) source.slice(z)));
            }
            case UINT16 -> {
                require(source);
                yield new Shorts(nx, ny, nz, read(source, z -> (short[]) source.slice(z)));
            }
            case FLOAT32 -> {
                require(source);
                yield new Floats(nx, ny, nz, read(source, z -> (float[]) source.slice(z)));
            }
            case INT32 -> throw new AssertionError("labels are handled above");
        };
    }

    private static void require(SliceSource source) {
        if (!source.inMemory()) {
            Memory.require(source.sizeInBytes(), "volume rendering of " + source + " (read into memory once)");
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T[] read(SliceSource source, java.util.function.IntFunction<T> slice) {
        Object[] slices = new Object[source.depth()];
        Parallel.forEach(slices.length, z -> slices[z] = slice.apply(z));
        T first = (T) slices[0];
        T[] typed = (T[]) java.lang.reflect.Array.newInstance(first.getClass(), slices.length);
        System.arraycopy(slices, 0, typed, 0, slices.length);
        return typed;
    }

    private static byte[] unpack(long[] bits, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = Bits.get(bits, i) ? (byte) 1 : 0;
        }
        return b;
    }

    private static byte[] nonZero(int[] labels) {
        byte[] b = new byte[labels.length];
        for (int i = 0; i < labels.length; i++) {
            b[i] = labels[i] != 0 ? (byte) 1 : 0;
        }
        return b;
    }

    /** Unsigned 8-bit values. */
    static final class Bytes extends VoxelGrid {
        private final byte[][] data;

        Bytes(int nx, int ny, int nz, byte[][] data) {
            super(nx, ny, nz);
            this.data = data;
        }

        @Override
        float sample(float x, float y, float z) {
            int i = (int) x;
            int j = (int) y;
            int k = (int) z;
            if (i > nx - 2) {
                i = nx - 2;
            }
            if (j > ny - 2) {
                j = ny - 2;
            }
            if (k > nz - 2) {
                k = nz - 2;
            }
            float fx = x - i;
            float fy = y - j;
            float fz = z - k;
            byte[] a = data[k];
            byte[] b = data[k + 1];
            int o = j * nx + i;
            int p = o + nx;
            float a00 = a[o] & 255;
            float a01 = a[o + 1] & 255;
            float a10 = a[p] & 255;
            float a11 = a[p + 1] & 255;
            float b00 = b[o] & 255;
            float b01 = b[o + 1] & 255;
            float b10 = b[p] & 255;
            float b11 = b[p + 1] & 255;
            float a0 = a00 + fx * (a01 - a00);
            float a1 = a10 + fx * (a11 - a10);
            float b0 = b00 + fx * (b01 - b00);
            float b1 = b10 + fx * (b11 - b10);
            float av = a0 + fy * (a1 - a0);
            float bv = b0 + fy * (b1 - b0);
            return av + fz * (bv - av);
        }

        @Override
        void rowRuns(int z, int y, float[] min, float[] max) {
            byte[] s = data[z];
            int row = y * nx;
            for (int b = 0; b < min.length; b++) {
                int lo = 255;
                int hi = 0;
                for (int x = 8 * b, end = Math.min(8 * b + 8, nx - 1); x <= end; x++) {
                    int v = s[row + x] & 255;
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
                min[b] = lo;
                max[b] = hi;
            }
        }
    }

    /** Unsigned 16-bit values. */
    static final class Shorts extends VoxelGrid {
        private final short[][] data;

        Shorts(int nx, int ny, int nz, short[][] data) {
            super(nx, ny, nz);
            this.data = data;
        }

        @Override
        float sample(float x, float y, float z) {
            int i = Math.min((int) x, nx - 2);
            int j = Math.min((int) y, ny - 2);
            int k = Math.min((int) z, nz - 2);
            float fx = x - i;
            float fy = y - j;
            float fz = z - k;
            short[] a = data[k];
            short[] b = data[k + 1];
            int o = j * nx + i;
            int p = o + nx;
            float a0 = lerp(a[o] & 0xFFFF, a[o + 1] & 0xFFFF, fx);
            float a1 = lerp(a[p] & 0xFFFF, a[p + 1] & 0xFFFF, fx);
            float b0 = lerp(b[o] & 0xFFFF, b[o + 1] & 0xFFFF, fx);
            float b1 = lerp(b[p] & 0xFFFF, b[p + 1] & 0xFFFF, fx);
            return lerp(lerp(a0, a1, fy), lerp(b0, b1, fy), fz);
        }

        @Override
        void rowRuns(int z, int y, float[] min, float[] max) {
            short[] s = data[z];
            int row = y * nx;
            for (int b = 0; b < min.length; b++) {
                int lo = 65535;
                int hi = 0;
                for (int x = 8 * b, end = Math.min(8 * b + 8, nx - 1); x <= end; x++) {
                    int v = s[row + x] & 0xFFFF;
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
                min[b] = lo;
                max[b] = hi;
            }
        }
    }

    /** 32-bit float values; NaN samples stay NaN (they add nothing to any mode). */
    static final class Floats extends VoxelGrid {
        private final float[][] data;

        Floats(int nx, int ny, int nz, float[][] data) {
            super(nx, ny, nz);
            this.data = data;
        }

        @Override
        float sample(float x, float y, float z) {
            int i = Math.min((int) x, nx - 2);
            int j = Math.min((int) y, ny - 2);
            int k = Math.min((int) z, nz - 2);
            float fx = x - i;
            float fy = y - j;
            float fz = z - k;
            float[] a = data[k];
            float[] b = data[k + 1];
            int o = j * nx + i;
            int p = o + nx;
            float a0 = lerp(a[o], a[o + 1], fx);
            float a1 = lerp(a[p], a[p + 1], fx);
            float b0 = lerp(b[o], b[o + 1], fx);
            float b1 = lerp(b[p], b[p + 1], fx);
            return lerp(lerp(a0, a1, fy), lerp(b0, b1, fy), fz);
        }

        @Override
        void rowRuns(int z, int y, float[] min, float[] max) {
            float[] s = data[z];
            int row = y * nx;
            for (int b = 0; b < min.length; b++) {
                float lo = Float.POSITIVE_INFINITY;
                float hi = Float.NEGATIVE_INFINITY;
                for (int x = 8 * b, end = Math.min(8 * b + 8, nx - 1); x <= end; x++) {
                    float v = s[row + x];
                    if (v >= -Float.MAX_VALUE && v <= Float.MAX_VALUE) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
                min[b] = lo;
                max[b] = hi;
            }
        }
    }

    static float lerp(float a, float b, float t) {
        return a + t * (b - a);
    }
}
