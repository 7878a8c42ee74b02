package io.github.stack3d.io.mesh;

import java.util.Arrays;

/** A growing array of floats, for readers that do not know the vertex count in advance. */
final class FloatList {

    private float[] values;
    private int size;

    FloatList(int capacity) {
        values = new float[Math.max(capacity, 16)];
    }

    /** Appends three values (one vertex or normal). */
    void add(float a, float b, float c) {
        if (size + 3 > values.length) {
            grow(size + 3);
        }
        values[size] = a;
        values[size + 1] = b;
        values[size + 2] = c;
        size += 3;
    }

    /** Value {@code i}. */
    float get(int i) {
        return values[i];
    }

    /** Number of values. */
    int size() {
        return size;
    }

    /** The values, in an array of exactly {@link #size()} (the internal one when it fits exactly). */
    float[] toArray() {
        return size == values.length ? values : Arrays.copyOf(values, size);
    }

    private void grow(int needed) {
        long capacity = Math.max(needed, values.length + (values.length >> 1));
        if (capacity > Integer.MAX_VALUE - 8) {
            if (needed > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("more than " + (Integer.MAX_VALUE - 8) + " values; too many "
                        + "vertices for one mesh");
            }
            capacity = Integer.MAX_VALUE - 8;
        }
        values = Arrays.copyOf(values, (int) capacity);
    }
}
