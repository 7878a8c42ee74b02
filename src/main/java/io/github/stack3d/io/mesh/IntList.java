package io.github.stack3d.io.mesh;

import java.util.Arrays;

/** A growing array of ints, for readers that do not know the triangle count in advance. */
final class IntList {

    private int[] values;
    private int size;

    IntList(int capacity) {
        values = new int[Math.max(capacity, 16)];
    }

    /** Appends one value. */
    void add(int a) {
        if (size == values.length) {
            grow(size + 1);
        }
        values[size++] = a;
    }

    /** Value {@code i}. */
    int get(int i) {
        return values[i];
    }

    /** Replaces value {@code i}. */
    void set(int i, int value) {
        values[i] = value;
    }

    /** Appends three values (one triangle). */
    void add(int a, int b, int c) {
        if (size + 3 > values.length) {
            grow(size + 3);
        }
        values[size] = a;
        values[size + 1] = b;
        values[size + 2] = c;
        size += 3;
    }

    /** Number of values. */
    int size() {
        return size;
    }

    /** The values, in an array of exactly {@link #size()} (the internal one when it fits exactly). */
    int[] toArray() {
        return size == values.length ? values : Arrays.copyOf(values, size);
    }

    private void grow(int needed) {
        long capacity = Math.max(needed, values.length + (values.length >> 1));
        if (capacity > Integer.MAX_VALUE - 8) {
            if (needed > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("more than " + (Integer.MAX_VALUE - 8) + " values; too many "
                        + "triangles for one mesh");
            }
            capacity = Integer.MAX_VALUE - 8;
        }
        values = Arrays.copyOf(values, (int) capacity);
    }
}
