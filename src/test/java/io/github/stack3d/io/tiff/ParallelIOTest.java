package io.github.stack3d.io.tiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelIOTest {

    @Test
    void resultsComeInIndexOrder() throws IOException {
        Integer[] squares = ParallelIO.map("test", 1000, Integer[]::new, i -> i * i);
        assertArrayEquals(IntStream.range(0, 1000).map(i -> i * i).boxed().toArray(Integer[]::new), squares);
    }

    @Test
    void theIoExceptionOfATaskIsRethrownAsItIs() {
        IOException e = assertThrows(IOException.class, () -> ParallelIO.map("test", 100, String[]::new, i -> {
            if (i == 37) {
                throw new IOException("slice_37.tif: broken");
            }
            return "ok";
        }));
        assertEquals("slice_37.tif: broken", e.getMessage());
    }

    @Test
    void uncheckedExceptionsOfATaskPassThroughUnchanged() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> ParallelIO.map("test", 10, String[]::new, i -> {
            throw new UncheckedIOException("slice " + i + " unreadable", new IOException("disk"));
        }));
        assertTrue(e.getMessage().startsWith("slice "), e.getMessage());
    }
}
