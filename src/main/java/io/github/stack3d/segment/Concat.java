package io.github.stack3d.segment;

import java.lang.reflect.Array;
import java.util.function.IntFunction;

/** Joins arrays made one per slice into one array, in slice order. */
final class Concat {

    private Concat() {
    }

    /**
     * The elements of {@code parts} one after another, in an array that {@code allocate} makes for their total
     * length: {@code Concat.of(perSlice, long[]::new)}.
     */
    static <A> A of(A[] parts, IntFunction<A> allocate) {
        int total = 0;
        for (A p : parts) {
            total += Array.getLength(p);
        }
        A all = allocate.apply(total);
        int at = 0;
        for (A p : parts) {
            int n = Array.getLength(p);
            System.arraycopy(p, 0, all, at, n);
            at += n;
        }
        return all;
    }
}
