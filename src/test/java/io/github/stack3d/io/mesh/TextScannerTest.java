package io.github.stack3d.io.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextScannerTest {

    @TempDir
    Path dir;

    @Test
    void readsTokensWithTheirLinesAndStopsAtLineEnds() throws IOException {
        Path file = Files.writeString(dir.resolve("t.txt"), "skip me\nv 1.5\t-2 \r\n\n  f 3/4 x\nlast");
        try (TextScanner in = new TextScanner(file, 8, 2)) {
            assertTrue(in.next());
            assertTrue(in.is("v"));
            assertTrue(in.nextOnLine());
            assertEquals(1.5f, in.floatValue("x"));
            assertTrue(in.nextOnLine());
            assertEquals(-2, in.longValue(-10, 10, "y"));
            assertFalse(in.nextOnLine(), "the line ends");
            assertEquals(2, in.line());
            assertTrue(in.next());
            assertEquals(4, in.line(), "two line ends, one of them CRLF, then a blank line");
            assertTrue(in.nextOnLine());
            assertEquals(3, in.integer(0, 1));
            assertEquals(4, in.integer(2, 3));
            assertEquals("x", in.restOfLine());
            in.nextLine();
            assertTrue(in.next());
            assertEquals("last", in.token());
            assertEquals(5, in.line());
            assertFalse(in.next());
        }
    }

    @Test
    void tokensAcrossBufferRefillsStayWhole() throws IOException {
        // 40,000 numbers of 1 to 7 characters: the 64 KiB buffer refills several times, often inside a token.
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            text.append(i * 37 % 1_000_003).append(i % 10 == 9 ? '\n' : ' ');
        }
        Path file = Files.writeString(dir.resolve("n.txt"), text);
        try (TextScanner in = new TextScanner(file, 0, 1)) {
            for (int i = 0; i < 40_000; i++) {
                assertTrue(in.next());
                assertEquals(i * 37 % 1_000_003, in.longValue(0, Long.MAX_VALUE, "n"), "number " + i);
                assertEquals(1 + i / 10, in.line());
            }
            assertFalse(in.next());
        }
    }

    @Test
    void errorsNameFileLineAndToken() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.txt"), "1\n2\n3.5 abc\n");
        try (TextScanner in = new TextScanner(file, 0, 1)) {
            in.next();
            in.next();
            in.next();
            IOException e = assertThrows(IOException.class, () -> in.longValue(0, 9, "count"));
            assertEquals(file + ": line 3: expected a whole number 0..9 (count), found \"3.5\"", e.getMessage());
            in.next();
            e = assertThrows(IOException.class, () -> in.floatValue("z"));
            assertEquals(file + ": line 3: expected a number (z), found \"abc\"", e.getMessage());
        }
    }
}
