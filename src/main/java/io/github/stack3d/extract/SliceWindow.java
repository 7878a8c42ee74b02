package io.github.stack3d.extract;

import io.github.stack3d.SliceSource;

/**
 * The last four slices read from a source, so that voxel values and central-difference gradients are at hand
 * for the two slices a slab of cubes spans (one slice before and after each). Slice {@code z} lives in slot
 * {@code z & 3}; asking for a slice that is not there reads it from the source.
 */
final class SliceWindow {

    private final SliceSource source;
    private final int width;
    private final int height;
    private final int depth;
    private final byte[][] bytes = new byte[4][];
    private final short[][] shorts = new short[4][];
    private final float[][] floats = new float[4][];
    private final int[] loaded = {-1, -1, -1, -1};
    private final int kind;

    SliceWindow(SliceSource source) {
        this.source = source;
        this.width = source.width();
        this.height = source.height();
        this.depth = source.depth();
        this.kind = source.type().ordinal();
    }

    /** Makes slice {@code z} present (no-op when it already is). */
    void load(int z) {
        int slot = z & 3;
        if (loaded[slot] == z) {
            return;
        }
        switch (source.type()) {
            case UINT8 -> bytes[slot] = source.bytes(z);
            case UINT16 -> shorts[slot] = source.shorts(z);
            case FLOAT32 -> floats[slot] = source.floats(z);
        }
        loaded[slot] = z;
    }

    byte[] bytes(int z) {
        load(z);
        return bytes[z & 3];
    }

    short[] shorts(int z) {
        load(z);
        return shorts[z & 3];
    }

    float[] floats(int z) {
        load(z);
        return floats[z & 3];
    }

    /** The value of voxel (x, y, z); the slice must be loaded. */
    float value(int x, int y, int z) {
        int i = y * width + x;
        int slot = z & 3;
        return switch (kind) {
            case 0 -> bytes[slot][i] & 0xFF;
            case 1 -> shorts[slot][i] & 0xFFFF;
            default -> floats[slot][i];
        };
    }

    /**
     * The gradient at voxel (x, y, z) in value per voxel step, into {@code g}: central differences inside,
     * one-sided at the stack's faces. Slices z − 1 .. z + 1 (those that exist) must be loaded.
     */
    void gradient(int x, int y, int z, double[] g) {
        g[0] = difference(x, width, value(Math.min(x + 1, width - 1), y, z), value(Math.max(x - 1, 0), y, z));
        g[1] = difference(y, height, value(x, Math.min(y + 1, height - 1), z), value(x, Math.max(y - 1, 0), z));
        g[2] = difference(z, depth, value(x, y, Math.min(z + 1, depth - 1)), value(x, y, Math.max(z - 1, 0)));
    }

    private static double difference(int at, int size, double after, double before) {
        if (size == 1) {
            return 0;
        }
        return at == 0 || at == size - 1 ? after - before : (after - before) / 2;
    }
}
