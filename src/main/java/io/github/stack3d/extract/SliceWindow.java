package io.github.stack3d.extract;

import io.github.stack3d.SliceSource;

/**
 * The last two slices read from a source: what a slab of cubes between slices {@code z - 1} and {@code z} needs
 * for its voxel values and gradients. Slice {@code z} lives in slot {@code z % 2}; asking for a slice that is
 * not there drops the slot's old slice first, then reads it from the source into the old slice's array where the
 * source can ({@link SliceSource#slice(int, Object)}: no array per slice read from disk), so at most two slices per
 * window are ever held. A source in memory holds every slice anyway: then any slice can be read ({@link #any}), which
 * lets a vertex's gradient across slices be finished at once.
 */
final class SliceWindow {

    private static final int SLOTS = 2;

    private final SliceSource source;
    private final int width;
    private final int height;
    private final int depth;
    private final Object[] slices = new Object[SLOTS];
    private final int[] loaded = {-1, -1};
    /** Every slice by z where the source is in memory (references to its own arrays), else null. */
    private final Object[] all;

    SliceWindow(SliceSource source) {
        this.source = source;
        this.width = source.width();
        this.height = source.height();
        this.depth = source.depth();
        this.all = source.inMemory() ? new Object[depth] : null;
    }

    /** True when every slice can be read at any time ({@link #any}): the source is in memory. */
    boolean whole() {
        return all != null;
    }

    /** Makes slice {@code z} present (no-op when it already is). */
    void load(int z) {
        int slot = z % SLOTS;
        if (loaded[slot] == z) {
            return;
        }
        Object old = slices[slot];
        drop(slot);
        slices[slot] = all != null ? stored(z) : source.slice(z, old);
        loaded[slot] = z;
    }

    private Object stored(int z) {
        Object s = all[z];
        if (s == null) {
            s = source.slice(z);
            all[z] = s;
        }
        return s;
    }

    /** Forgets every slice. */
    void clear() {
        for (int slot = 0; slot < SLOTS; slot++) {
            drop(slot);
        }
    }

    private void drop(int slot) {
        slices[slot] = null;
        loaded[slot] = -1;
    }

    /** Slice {@code z}, read now unless present. */
    Object slice(int z) {
        load(z);
        return slices[z % SLOTS];
    }

    /** The value of voxel (x, y, z); the slice must be loaded. */
    float value(int x, int y, int z) {
        return value(slices[z % SLOTS], y * width + x);
    }

    /** Slice {@code z}, which must be loaded. */
    Object present(int z) {
        return slices[z % SLOTS];
    }

    /** Any slice {@code z}; the window must be {@link #whole()}. */
    Object any(int z) {
        return stored(z);
    }

    /** The value of voxel {@code i} ({@code y * width + x}) of a slice of this window's source. */
    float value(Object s, int i) {
        // by the array's class, which each sample type has its own of: one compare, where a switch on the type
        // loads the switch's map and then still casts; 8-bit here and the rest apart, small enough for C1 (a fresh
        // JVM's first compiler) to inline
        if (s instanceof byte[] bytes) {
            return bytes[i] & 0xFF;
        }
        return wideValue(s, i);
    }

    private static float wideValue(Object s, int i) {
        if (s instanceof short[] shorts) {
            return shorts[i] & 0xFFFF;
        }
        if (s instanceof float[] floats) {
            return floats[i];
        }
        if (s instanceof long[] bits) {
            return (bits[i >>> 6] >>> i) & 1;
        }
        return ((int[]) s)[i];
    }

    /**
     * The central difference at voxel (x, y, z) along {@code axis}, per step; one-sided at the stack's faces, and
     * across slices also where a neighbouring slice is not in the window.
     */
    double difference(int axis, int x, int y, int z) {
        return switch (axis) {
            case 0, 1 -> inSlice(axis, slices[z % SLOTS], x, y);
            default -> {
                int after = z + 1 < depth && has(z + 1) ? z + 1 : z;
                int before = z > 0 && has(z - 1) ? z - 1 : z;
                double d = value(x, y, after) - value(x, y, before);
                yield after - before == 2 ? d / 2 : d;
            }
        };
    }

    /** {@link #difference} along x ({@code axis} 0) or y (1) at voxel (x, y) of slice {@code s}. */
    double inSlice(int axis, Object s, int x, int y) {
        int i = y * width + x;
        if (axis == 0) {
            return difference(x, width, value(s, x + 1 < width ? i + 1 : i), value(s, x > 0 ? i - 1 : i));
        }
        return difference(y, height, value(s, y + 1 < height ? i + width : i), value(s, y > 0 ? i - width : i));
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
