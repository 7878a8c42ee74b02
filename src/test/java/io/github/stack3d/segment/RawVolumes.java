package io.github.stack3d.segment;

import io.github.stack3d.Grid;
import io.github.stack3d.Volume;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Test helper for cross-checks with Python: writes volumes as raw little-endian files that numpy reads with
 * {@code np.fromfile(path, dtype).reshape(depth, height, width)}, and makes random volumes.
 */
public final class RawVolumes {

    private RawVolumes() {
    }

    /** The numpy dtype of a volume's samples: {@code u1}, {@code <u2} or {@code <f4}. */
    public static String dtype(Volume v) {
        return switch (v.type()) {
            case UINT8 -> "u1";
            case UINT16 -> "<u2";
            case FLOAT32 -> "<f4";
            case INT32 -> "<i4";
            case BIT -> throw new IllegalArgumentException("bits have no numpy dtype");
        };
    }

    /** Writes all voxels, slice after slice, row after row, little-endian. */
    public static Path write(Volume v, Path file) throws IOException {
        ByteBuffer b = ByteBuffer.allocate((int) v.sizeInBytes()).order(ByteOrder.LITTLE_ENDIAN);
        for (int z = 0; z < v.depth(); z++) {
            switch (v.type()) {
                case UINT8 -> b.put(v.bytes(z));
                case UINT16 -> {
                    for (short s : v.shorts(z)) {
                        b.putShort(s);
                    }
                }
                case FLOAT32 -> {
                    for (float f : v.floats(z)) {
                        b.putFloat(f);
                    }
                }
            }
        }
        Files.write(file, b.array());
        return file;
    }

    /** Python arguments that describe a raw file written by {@link #write}: path, dtype, depth, height, width. */
    public static String[] args(Volume v, Path file) {
        return new String[] {file.toString(), dtype(v), String.valueOf(v.depth()), String.valueOf(v.height()),
            String.valueOf(v.width())};
    }

    /** Uniform random 8-bit values. */
    public static Volume randomBytes(Random rnd, int w, int h, int d) {
        byte[][] s = new byte[d][w * h];
        for (byte[] slice : s) {
            rnd.nextBytes(slice);
        }
        return Volume.ofBytes(w, h, s, Grid.PIXELS);
    }
}
