package io.github.stack3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ParallelTest {

    private final int before = Parallel.threads();

    @AfterEach
    void restore() {
        Parallel.threads(before);
    }

    @Test
    void everyIndexRunsOnceOnTheLibrarysThreads() {
        Parallel.threads(2);
        AtomicLong sum = new AtomicLong();
        Set<String> names = ConcurrentHashMap.newKeySet();
        Parallel.forEach(10_000, i -> {
            sum.addAndGet(i);
            names.add(Thread.currentThread().getName());
        });
        assertEquals(10_000L * 9_999 / 2, sum.get());
        names.forEach(n -> assertEquals(true, n.startsWith("stack3d-") || n.equals(Thread.currentThread().getName()),
                n));
    }

    @Test
    void oneThreadRunsEverythingOnTheCaller() {
        Stack3D.threads(1);
        assertEquals(1, Stack3D.threads());
        Set<Thread> seen = ConcurrentHashMap.newKeySet();
        Parallel.forEach(100, i -> seen.add(Thread.currentThread()));
        assertEquals(Set.of(Thread.currentThread()), seen);
    }

    @Test
    void theFirstFailureIsRethrownAsItWas() {
        Parallel.threads(2);
        IllegalArgumentException boom = new IllegalArgumentException("slice 17 is odd");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Parallel.forEach(100, i -> {
            if (i == 17) {
                throw boom;
            }
        }));
        assertSame(boom, e);
        assertThrows(IllegalArgumentException.class, () -> Stack3D.threads(0));
    }

    @Test
    void resultsDoNotDependOnTheNumberOfThreads() {
        Volume v = io.github.stack3d.sample.SampleStacks.sphere(40, 13.3);
        Stack3D.threads(1);
        Mesh one = Stack3D.marchingCubes(v, 0);
        PointCloud onePoints = Stack3D.shellPoints(Stack3D.threshold(v, 0));
        Stack3D.threads(2);
        Mesh two = Stack3D.marchingCubes(v, 0);
        PointCloud twoPoints = Stack3D.shellPoints(Stack3D.threshold(v, 0));
        org.junit.jupiter.api.Assertions.assertArrayEquals(one.vertices(), two.vertices());
        org.junit.jupiter.api.Assertions.assertArrayEquals(one.triangles(), two.triangles());
        org.junit.jupiter.api.Assertions.assertArrayEquals(onePoints.xyz(), twoPoints.xyz());
    }
}
