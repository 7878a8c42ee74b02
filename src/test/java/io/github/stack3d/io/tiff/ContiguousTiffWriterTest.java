package io.github.stack3d.io.tiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Grid;
import io.github.stack3d.Volume;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class ContiguousTiffWriterTest {

    @Test
    void slicesLieBackToBackAfterTheFirstDirectory() throws IOException {
        int w = 7;
        int h = 3;
        short[][] slices = new short[4][w * h];
        for (int z = 0; z < 4; z++) {
            for (int i = 0; i < w * h; i++) {
                slices[z][i] = (short) (1000 * z + i + 1);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContiguousTiffWriter.write(Volume.ofShorts(w, h, slices, Grid.of(0.5, 0.5, 3, "µm")), 0, 4, out);
        ByteBuffer file = ByteBuffer.wrap(out.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0x002A4949, file.getInt(0), "II, 42");
        assertEquals(8, file.getInt(4), "first IFD right after the header");
        int entries = file.getShort(8);
        int stripOffsets = -1;
        for (int e = 0; e < entries; e++) {
            if (file.getShort(10 + 12 * e) == 273) {
                stripOffsets = file.getInt(10 + 12 * e + 8);
            }
        }
        assertTrue(stripOffsets > 8 + 2 + 12 * entries, "pixels after the first IFD and its values");
        for (int z = 0; z < 4; z++) {
            for (int i = 0; i < w * h; i++) {
                assertEquals(slices[z][i], file.getShort(stripOffsets + 2 * (z * w * h + i)), "z=" + z + " i=" + i);
            }
        }
        int nextIfd = file.getInt(8 + 2 + 12 * entries);
        assertEquals(stripOffsets + 4 * w * h * 2, nextIfd, "the other IFDs follow the pixels");
        assertEquals(out.size(), nextIfd + 3 * (2 + 12 * 14 + 4));
    }
}
