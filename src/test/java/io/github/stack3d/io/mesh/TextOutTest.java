package io.github.stack3d.io.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextOutTest {

    @Test
    void writesNumbersAndTextInOrderAcrossFlushes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TextOut out = new TextOut(bytes);
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            out.number(i * 0.5f).space().number(-i * 1_000_003L).text(" µ").newline();
            expected.append(i % 2 == 0 ? String.valueOf(i / 2) : i / 2 + ".5").append(' ')
                    .append(-i * 1_000_003L).append(" µ\n");
        }
        out.number(Long.MIN_VALUE).bytes("x".repeat(70_000).getBytes(StandardCharsets.US_ASCII));
        out.flush();
        expected.append(Long.MIN_VALUE).append("x".repeat(70_000));
        assertEquals(expected.toString(), bytes.toString(StandardCharsets.UTF_8));
    }
}
