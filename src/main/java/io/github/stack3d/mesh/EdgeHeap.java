package io.github.stack3d.mesh;

/**
 * An indexed binary min-heap of edge indices keyed by a cost array the caller owns: the edge with the smallest
 * cost comes first, and of equal costs the smaller edge index, so the order of collapses is fully determined by
 * the costs (no dependence on insertion order or threads). {@link #update} restores the order after the caller
 * changed an edge's cost; {@link #remove} takes any edge out.
 *
 * <p>Each heap slot keeps a copy of its edge's cost next to the edge, so sifting reads two arrays in heap order
 * rather than the cost array at random; the heap has four children per node, which halves its depth.
 */
final class EdgeHeap {

    private final double[] cost;
    private final int[] heap;
    private final double[] key; // cost of heap[i], copied when it enters or moves
    private final int[] position; // index in heap, or -1 when the edge is not in it
    private int size;

    /** An empty heap for edges {@code 0 .. cost.length − 1}. */
    EdgeHeap(double[] cost) {
        this.cost = cost;
        this.heap = new int[cost.length];
        this.key = new double[cost.length];
        this.position = new int[cost.length];
        java.util.Arrays.fill(position, -1);
    }

    /** Puts every edge {@code 0 .. n − 1} in, in linear time (Floyd's heap construction). */
    void fill(int n) {
        for (int e = 0; e < n; e++) {
            heap[e] = e;
            key[e] = cost[e];
            position[e] = e;
        }
        size = n;
        for (int i = (size - 2) / 4; i >= 0; i--) {
            down(i);
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The first edge; the heap must not be empty. */
    int peek() {
        return heap[0];
    }

    boolean contains(int e) {
        return position[e] >= 0;
    }

    /** Inserts {@code e}, or moves it to its place when its cost changed. */
    void update(int e) {
        int i = position[e];
        if (i < 0) {
            i = size++;
            heap[i] = e;
            key[i] = cost[e];
            position[e] = i;
            up(i);
        } else {
            double was = key[i];
            key[i] = cost[e];
            if (cost[e] < was) {
                up(i);
            } else {
                down(i);
            }
        }
    }

    /** Takes {@code e} out when it is in. */
    void remove(int e) {
        int i = position[e];
        if (i < 0) {
            return;
        }
        position[e] = -1;
        int last = heap[--size];
        if (i < size) {
            heap[i] = last;
            key[i] = key[size];
            position[last] = i;
            up(i);
            down(position[last]);
        }
    }

    /** Whether cost {@code ca} of edge {@code a} comes before cost {@code cb} of edge {@code b}. */
    private static boolean less(double ca, int a, double cb, int b) {
        return ca < cb || ca == cb && a < b;
    }

    private void up(int i) {
        int e = heap[i];
        double c = key[i];
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            int p = heap[parent];
            if (!less(c, e, key[parent], p)) {
                break;
            }
            heap[i] = p;
            key[i] = key[parent];
            position[p] = i;
            i = parent;
        }
        heap[i] = e;
        key[i] = c;
        position[e] = i;
    }

    private void down(int i) {
        int e = heap[i];
        double c = key[i];
        while (true) {
            int first = 4 * i + 1;
            if (first >= size) {
                break;
            }
            int child = first;
            int last = Math.min(size, first + 4);
            for (int j = first + 1; j < last; j++) {
                if (less(key[j], heap[j], key[child], heap[child])) {
                    child = j;
                }
            }
            int h = heap[child];
            if (!less(key[child], h, c, e)) {
                break;
            }
            heap[i] = h;
            key[i] = key[child];
            position[h] = i;
            i = child;
        }
        heap[i] = e;
        key[i] = c;
        position[e] = i;
    }
}
