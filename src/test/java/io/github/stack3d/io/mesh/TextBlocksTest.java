package io.github.stack3d.io.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextBlocksTest {

    @Test
    void parallelBlocksComeOutInOrder() throws IOException {
        // 5.5 blocks' worth of records, more than one batch on a 2-core pool: each line names its record.
        int count = TextBlocks.BLOCK * 11 / 2;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TextBlocks.write(bytes, count, (text, from, to) -> {
            for (int i = from; i < to; i++) {
                text.number(i).space().number(i * 0.25f).newline();
            }
        });
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < count; i++) {
            expected.append(i).append(' ').append(ShortestFloat.toString(i * 0.25f)).append('\n');
        }
        assertEquals(expected.toString(), bytes.toString(StandardCharsets.US_ASCII));
    }

    @Test
    void noRecordsWriteNothing() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TextBlocks.write(bytes, 0, (text, from, to) -> text.number(from));
        assertEquals(0, bytes.size());
    }
}
