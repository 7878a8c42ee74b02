package io.github.stack3d.io.mesh;

/**
 * Numbers distinct points: each call with coordinates seen before (bit for bit, so 0.0 and -0.0 differ) returns
 * the earlier number; new coordinates get the next number and are appended to {@link #vertices()}. An
 * open-addressing hash table of vertex numbers on the coordinates' float bits, for readers of formats that
 * repeat shared corners (STL).
 */
final class VertexIndex {

    private final FloatList vertices;
    private int[] table;
    private int count;

    VertexIndex(int expected) {
        vertices = new FloatList(3 * expected);
        table = new int[Integer.highestOneBit(Math.max(16, 2 * expected)) << 1];
    }

    /** The number of the vertex at (x, y, z), adding it when new. */
    int indexOf(float x, float y, float z) {
        int bx = Float.floatToRawIntBits(x);
        int by = Float.floatToRawIntBits(y);
        int bz = Float.floatToRawIntBits(z);
        int mask = table.length - 1;
        for (int slot = hash(bx, by, bz) & mask; ; slot = (slot + 1) & mask) {
            int entry = table[slot];
            if (entry == 0) {
                table[slot] = ++count;
                vertices.add(x, y, z);
                if (2 * count > table.length) {
                    grow();
                }
                return count - 1;
            }
            int v = 3 * (entry - 1);
            if (Float.floatToRawIntBits(vertices.get(v)) == bx && Float.floatToRawIntBits(vertices.get(v + 1)) == by
                    && Float.floatToRawIntBits(vertices.get(v + 2)) == bz) {
                return entry - 1;
            }
        }
    }

    /** The distinct vertices, 3 coordinates each, in the order they were first seen. */
    float[] vertices() {
        return vertices.toArray();
    }

    private void grow() {
        if (table.length >= 1 << 30) {
            throw new IllegalStateException("more than " + count + " distinct vertices; too many for one mesh");
        }
        int[] old = table;
        table = new int[old.length << 1];
        int mask = table.length - 1;
        for (int entry : old) {
            if (entry != 0) {
                int v = 3 * (entry - 1);
                int slot = hash(Float.floatToRawIntBits(vertices.get(v)), Float.floatToRawIntBits(vertices.get(v + 1)),
                        Float.floatToRawIntBits(vertices.get(v + 2))) & mask;
                while (table[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = entry;
            }
        }
    }

    /** Mixes the three coordinates' bits (multiply-xorshift, as in MurmurHash3's finaliser). */
    private static int hash(int x, int y, int z) {
        int h = x * 0x9E3779B1 + y;
        h = h * 0x85EBCA6B + z;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }
}
