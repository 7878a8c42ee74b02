package io.github.stack3d.mesh;

/**
 * An indexed binary min-heap of edge indices keyed by a cost array the caller owns: the edge with the smallest
 * cost comes first, and of equal costs the smaller edge index, so the order of collapses is fully determined by
 * the costs (no dependence on insertion order or threads). {@link #update} restores the order after the caller
 * changed an edge's cost; {@link #remove} takes any edge out.
 */
final class EdgeHeap {

    private final double[] cost;
    private final int[] heap;
    private final int[] position; // index in heap, or -1 when the edge is not in it
    private int size;

    /** An empty heap for edges {@code 0 .. cost.length − 1}. */
    EdgeHeap(double[] cost) {
        this.cost = cost;
        this.heap = new int[cost.length];
        this.position = new int[cost.length];
        java.util.Arrays.fill(position, -1);
    }

    /** Puts every edge {@code 0 .. n − 1} in, in linear time (Floyd's heap construction). */
    void fill(int n) {
        for (int e = 0; e < n; e++) {
            heap[e] = e;
            position[e] = e;
        }
        size = n;
        for (int i = size / 2 - 1; i >= 0; i--) {
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
            position[e] = i;
            up(i);
        } else {
            up(i);
            down(position[e]);
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
            position[last] = i;
            up(i);
            down(position[last]);
        }
    }

    private boolean less(int a, int b) {
        return cost[a] < cost[b] || cost[a] == cost[b] && a < b;
    }

    private void up(int i) {
        int e = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            int p = heap[parent];
            if (!less(e, p)) {
                break;
            }
            heap[i] = p;
            position[p] = i;
            i = parent;
        }
        heap[i] = e;
        position[e] = i;
    }

    private void down(int i) {
        int e = heap[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && less(heap[child + 1], heap[child])) {
                child++;
            }
            int c = heap[child];
            if (!less(c, e)) {
                break;
            }
            heap[i] = c;
            position[c] = i;
            i = child;
        }
        heap[i] = e;
        position[e] = i;
    }
}
