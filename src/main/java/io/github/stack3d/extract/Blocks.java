package io.github.stack3d.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Growable output of primitive values in fixed-size blocks: appending never copies what is already stored, and
 * {@link #moveTo} releases each block as it is copied out, so the peak memory stays near one copy of the result.
 */
final class Blocks {

    private static final int SHIFT = 15;
    private static final int SIZE = 1 << SHIFT;

    /** Floats, appended three at a time. */
    static final class Floats {
        private final List<float[]> blocks = new ArrayList<>();
        private float[] current = new float[0];
        private int used;
        private long size;

        void add(float a, float b, float c) {
            if (used + 3 > current.length) {
                current = new float[SIZE * 3];
                blocks.add(current);
                used = 0;
            }
            current[used] = a;
            current[used + 1] = b;
            current[used + 2] = c;
            used += 3;
            size += 3;
        }

        long size() {
            return size;
        }

        /** Copies everything into {@code dest} from {@code offset} and forgets it. */
        void moveTo(float[] dest, int offset) {
            for (int b = 0; b < blocks.size(); b++) {
                float[] block = blocks.get(b);
                int n = b == blocks.size() - 1 ? used : block.length;
                System.arraycopy(block, 0, dest, offset, n);
                offset += n;
                blocks.set(b, null);
            }
            blocks.clear();
            current = new float[0];
        }
    }

    /** Ints, appended three at a time. */
    static final class Ints {
        private final List<int[]> blocks = new ArrayList<>();
        private int[] current = new int[0];
        private int used;
        private long size;

        void add(int a, int b, int c) {
            if (used + 3 > current.length) {
                current = new int[SIZE * 3];
                blocks.add(current);
                used = 0;
            }
            current[used] = a;
            current[used + 1] = b;
            current[used + 2] = c;
            used += 3;
            size += 3;
        }

        long size() {
            return size;
        }

        /**
         * Copies everything into {@code dest} from {@code offset} and forgets it, mapping each value v to
         * {@code v + shift} when v >= 0 and to {@code negativeBase - v - 1} when v < 0.
         */
        void moveTo(int[] dest, int offset, int shift, int negativeBase) {
            for (int b = 0; b < blocks.size(); b++) {
                int[] block = blocks.get(b);
                int n = b == blocks.size() - 1 ? used : block.length;
                for (int i = 0; i < n; i++) {
                    int v = block[i];
                    dest[offset + i] = v >= 0 ? v + shift : negativeBase - v - 1;
                }
                offset += n;
                blocks.set(b, null);
            }
            blocks.clear();
            current = new int[0];
        }
    }

    private Blocks() {
    }
}
