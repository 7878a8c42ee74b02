package io.github.stack3d.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.stack3d.Stack3D;
import io.github.stack3d.Volume;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackPrefetchTest {

    @TempDir
    static Path dir;
    static Path slices;

    @BeforeAll
    static void writeSample() throws IOException {
        slices = Files.createDirectory(dir.resolve("slices"));
        Stack3D.writeStack(Stack3D.crop(Stack3D.sampleStack(), 0, 0, 0, 40, 30, 12), slices.toString());
    }

    @Test
    void theStackTheCommandLineNamesIsTheOneOpenedThen() throws IOException {
        Volume expected = Stack3D.openStack(slices.toString());
        StackPrefetch.start(new String[] {"mesh", slices.toString(), "out.ply", "--level", "100"});
        Volume v = StackPrefetch.open(slices.toString());
        assertEquals(expected.toString(), v.toString());
        assertEquals(expected.files(), v.files());
        assertEquals(Stack3D.otsu(expected), Stack3D.otsu(v));
    }

    @Test
    void aFailureIsTheOneOpeningWouldHaveThrown() {
        String missing = dir.resolve("missing").toString();
        IOException direct = assertThrows(IOException.class, () -> Stack3D.openStack(missing));
        StackPrefetch.start(new String[] {"info", missing});
        IOException prefetched = assertThrows(IOException.class, () -> StackPrefetch.open(missing));
        assertEquals(direct.getClass(), prefetched.getClass());
        assertEquals(direct.getMessage(), prefetched.getMessage());
    }

    @Test
    void anotherStackOrAnOptionFirstOpensTheStackAsked() throws IOException {
        String other = dir.resolve("other-missing").toString();
        StackPrefetch.start(new String[] {"shell", other});
        // the command opened another path than the word after it (not the case for today's commands): that one
        assertEquals(12, StackPrefetch.open(slices.toString()).depth());
        StackPrefetch.start(new String[] {"mesh", "--level", "100", slices.toString()});
        StackPrefetch.start(new String[] {"demo", slices.toString()});
        assertEquals(12, StackPrefetch.open(slices.toString()).depth());
        // the prefetch is used once: a second open opens again
        StackPrefetch.start(new String[] {"info", other});
        assertThrows(IOException.class, () -> StackPrefetch.open(other));
        assertEquals(12, StackPrefetch.open(slices.toString()).depth());
    }
}
