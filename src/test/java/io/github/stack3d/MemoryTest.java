package io.github.stack3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoryTest {

    @Test
    void roomThatFitsPassesWithoutMakingTheName() {
        AtomicInteger made = new AtomicInteger();
        Memory.require(1024, () -> {
            made.incrementAndGet();
            return "a kilobyte";
        });
        Memory.require(1024, "a kilobyte");
        assertEquals(0, made.get());
    }

    @Test
    void roomBeyondTheHeapNamesWhatNeedsItWithAdvice() {
        long tooMuch = Runtime.getRuntime().maxMemory();
        AtomicInteger made = new AtomicInteger();
        IllegalStateException lazy = assertThrows(IllegalStateException.class, () -> Memory.require(tooMuch, () -> {
            made.incrementAndGet();
            return "the mesh (3 vertices, 1 triangles)";
        }));
        assertEquals(1, made.get());
        assertTrue(lazy.getMessage().startsWith("the mesh (3 vertices, 1 triangles) needs "), lazy.getMessage());
        assertTrue(lazy.getMessage().contains("-Xmx"), lazy.getMessage());
        IllegalStateException named = assertThrows(IllegalStateException.class,
                () -> Memory.require(tooMuch, "the stack"));
        assertTrue(named.getMessage().startsWith("the stack needs " + Memory.size(tooMuch) + " ("),
                named.getMessage());
    }
}
