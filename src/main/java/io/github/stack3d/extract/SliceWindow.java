package io.github.stack3d.extract;

import io.github.stack3d.SliceSource;

/**
 * The last two slices read from a source: what a slab of cubes between slices {@code z - 1} and {@code z} needs
 * for its voxel values and gradients. Slice {@code z} lives in slot {@code z % 2}; asking for a slice that is
 * not there drops the slot's old slice first, then reads it from the source, so at most two slices per window are
 * ever held.
 */
final class SliceWindow {

    private static final int SLOTS = 2;

    private final SliceSource source;
    private final int width;
    private final int height;
    private final int depth;
    private final byte[][] bytes = new byte[SLOTS][];
    private final short[][] shorts = new short[SLOTS][];
    private final float[][] floats = new float[SLOTS][];
    private final int[] loaded = {-1, -1};
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
        int slot = z % SLOTS;
        if (loaded[slot] == z) {
            return;
        }
        drop(slot);
        switch (source.type()) {
            case UINT8 -> bytes[slot] = source.bytes(z);
            case UINT16 -> shorts[slot] = source.shorts(z);
            case FLOAT32 -> floats[slot] = source.floats(z);
        }
        loaded[slot] = z;
    }

    /** Forgets every slice. */
    void clear() {
        for (int slot = 0; slot < SLOTS; slot++) {
            drop(slot);
        }
    }

    private void drop(int slot) {
        bytes[slot] = null;
        shorts[slot] = null;
        floats[slot] = null;
        loaded[slot] = -1;
    }

    byte[] bytes(int z) {
        load(z);
        return bytes[z % SLOTS];
    }

    short[] shorts(int z) {
        load(z);
        return shorts[z % SLOTS];
    }

    float[] floats(int z) {
        load(z);
        return floats[z % SLOTS];
    }

    /** The value of voxel (x, y, z); the slice must be loaded. */
    float value(int x, int y, int z) {
        int i = y * width + x;
        int slot = z % SLOTS;
        return switch (kind) {
            case 0 -> bytes[slot][i] & 0xFF;
            case 1 -> shorts[slot][i] & 0xFFFF;
            default -> floats[slot][i];
        };
    }

    /**
     * The central difference at voxel (x, y, z) along {@code axis}, per step; one-sided at the stack's faces, and
     * across slices also where a neighbouring slice is not in the window.
     */
    double difference(int axis, int x, int y, int z) {
        return switch (axis) {
            case 0 -> difference(x, width, value(Math.min(x + 1, width - 1), y, z), value(Math.max(x - 1, 0), y, z));
            case 1 -> difference(y, height, value(x, Math.min(y + 1, height - 1), z),
                    value(x, Math.max(y - 1, 0), z));
            default -> {
                int after = z + 1 < depth && has(z + 1) ? z + 1 : z;
                int before = z > 0 && has(z - 1) ? z - 1 : z;
                double d = value(x, y, after) - value(x, y, before);
                yield after - before == 2 ? d / 2 : d;
            }
        };
    }

    /** True when slice {@code z} is present. */
    boolean has(int z) {
        return loaded[z % SLOTS] == z;
    }

    private static double difference(int at, int size, double after, double before) {
        if (size == 1) {
            return 0;
        }
        return at == 0 || at == size - 1 ? after - before : (after - before) / 2;
    }
}
