package io.github.stack3d.io.tiff;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.stack3d.Volume;
import io.github.stack3d.io.FuzzFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;

/**
 * Coverage-guided fuzzing of the TIFF reader (Jazzer). {@link #headers} reads any bytes as a TIFF file (header,
 * IFDs, tags, then the pixels); {@link #strips} builds a well-formed header of a fuzzed kind (size, bits, samples,
 * photometric, compression, byte order) around fuzzed strip bytes, so the decoders see pixels. Whatever the bytes,
 * the reader returns slices of the size the header states, or throws the {@link IOException} naming the file that
 * it documents ({@link IllegalStateException} only for a stack that does not fit in the heap); anything else is a
 * finding. {@code mvn verify} replays {@code TiffReaderFuzzTestInputs/<target>/}.
 */
class TiffReaderFuzzTest {

    private static final int[] COMPRESSIONS = {1, 5, 8, 32773, 32946, 2, 7};

    @FuzzTest(maxDuration = "10m")
    void headers(byte[] data) {
        read(FuzzFiles.write(data, "tif"));
    }

    @FuzzTest(maxDuration = "10m")
    void strips(FuzzedDataProvider data) {
        ByteOrder order = data.consumeBoolean() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        int width = data.consumeInt(1, 40);
        int height = data.consumeInt(1, 40);
        int bits = data.pickValue(new int[] {1, 4, 8, 16, 32});
        int samples = data.consumeInt(1, 4);
        int photometric = data.consumeInt(0, 3);
        int format = data.consumeInt(1, 3);
        int compression = data.pickValue(COMPRESSIONS);
        int rowsPerStrip = data.consumeInt(1, height);
        int predictor = data.consumeInt(1, 3);
        byte[] pixels = data.consumeRemainingAsBytes();
        read(FuzzFiles.write(tiff(order, width, height, bits, samples, photometric, format, compression,
                rowsPerStrip, predictor, pixels), "tif"));
    }

    private static void read(Path file) {
        Volume volume;
        try {
            volume = TiffStackReader.read(List.of(file));
        } catch (IOException e) {
            if (e.getMessage() == null || !e.getMessage().contains(file.toString())) {
                throw new AssertionError("the message does not name the file: " + e.getMessage(), e);
            }
            return;
        } catch (IllegalStateException e) {
            if (e.getMessage() == null || !e.getMessage().contains("-Xmx")) {
                throw e;
            }
            return;
        }
        int n = volume.width() * volume.height();
        for (int z = 0; z < volume.depth(); z++) {
            int length = java.lang.reflect.Array.getLength(volume.slice(z));
            if (length != n) {
                throw new AssertionError("slice " + z + " holds " + length + " voxels; expected " + n);
            }
        }
    }

    /**
     * A classic TIFF of one page: the IFD (tags in ascending order) at byte 8, then the color map (for palette
     * images), then the strips: {@code rowsPerStrip} rows each, cut from {@code pixels} in equal parts.
     */
    static byte[] tiff(ByteOrder order, int width, int height, int bits, int samples, int photometric, int format,
                       int compression, int rowsPerStrip, int predictor, byte[] pixels) {
        int strips = (height + rowsPerStrip - 1) / rowsPerStrip;
        int tags = photometric == 3 ? 13 : 12;
        int ifdEnd = 8 + 2 + 12 * tags + 4;
        int mapEntries = photometric == 3 ? 3 << Math.min(bits, 8) : 0;
        int offsets = ifdEnd + 2 * mapEntries;
        int counts = offsets + 4 * strips;
        int data = counts + 4 * strips;
        ByteBuffer b = ByteBuffer.allocate(data + pixels.length).order(order);
        b.put(order == ByteOrder.BIG_ENDIAN ? (byte) 'M' : (byte) 'I').put(b.get(0)).putShort((short) 42).putInt(8);
        b.putShort((short) tags);
        entry(b, 256, 4, 1, width);
        entry(b, 257, 4, 1, height);
        entry(b, 258, 3, 1, bits);
        entry(b, 259, 3, 1, compression);
        entry(b, 262, 3, 1, photometric);
        entry(b, 273, 4, strips, strips == 1 ? data : offsets);
        entry(b, 277, 3, 1, samples);
        entry(b, 278, 4, 1, rowsPerStrip);
        entry(b, 279, 4, strips, strips == 1 ? pixels.length : counts);
        entry(b, 284, 3, 1, 1);
        entry(b, 317, 3, 1, predictor);
        if (photometric == 3) {
            entry(b, 320, 3, mapEntries, ifdEnd);
        }
        entry(b, 339, 3, 1, format);
        b.putInt(0);
        for (int i = 0; i < mapEntries; i++) {
            b.putShort((short) (i * 40503));
        }
        int part = pixels.length / strips;
        for (int s = 0; s < strips; s++) {
            b.putInt(data + s * part);
        }
        for (int s = 0; s < strips; s++) {
            b.putInt(s == strips - 1 ? pixels.length - s * part : part);
        }
        b.put(pixels);
        return b.array();
    }

    /** One IFD entry: a SHORT of count 1 inline, anything else as the 4-byte {@code value} (inline or offset). */
    static void entry(ByteBuffer b, int tag, int type, int count, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(count);
        if (type == 3 && count == 1) {
            b.putShort((short) value).putShort((short) 0);
        } else {
            b.putInt(value);
        }
    }
}
