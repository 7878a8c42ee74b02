package io.github.stack3d.segment;

import java.util.Arrays;

/**
 * A label-equivalence table (union-find): labels {@code 0..size()−1}, each pointing towards the representative of
 * its set, which is always the set's smallest label (so a set's representative is the label given first).
 * Path halving keeps the chains short.
 */
final class Equivalences {

    private int[] parent = new int[1024];
    private int size;

    /** A new label, in a set of its own. */
    int add() {
        if (size == parent.length) {
            parent = Arrays.copyOf(parent, parent.length * 2);
        }
        parent[size] = size;
        return size++;
    }

    /** The number of labels. */
    int size() {
        return size;
    }

    /** The representative (smallest label) of {@code label}'s set. */
    int find(int label) {
        int[] p = parent;
        int x = label;
        while (p[x] != x) {
            p[x] = p[p[x]];
            x = p[x];
        }
        return x;
    }

    /** Joins the sets of {@code a} and {@code b}; their representative. */
    int union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra < rb) {
            parent[rb] = ra;
            return ra;
        }
        parent[ra] = rb;
        return rb;
    }

    /** Appends {@code other}'s labels as {@code size() .. size() + other.size() − 1}, keeping its sets. */
    void append(Equivalences other) {
        int offset = size;
        if (size + other.size > parent.length) {
            parent = Arrays.copyOf(parent, Math.max(parent.length * 2, size + other.size));
        }
        for (int i = 0; i < other.size; i++) {
            parent[offset + i] = other.parent[i] + offset;
        }
        size += other.size;
    }
}
