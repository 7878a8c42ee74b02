package io.github.stack3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Test helper: reads the recorded cross-checks in {@code src/test/resources/crosscheck/} (what cv2.inRange,
 * skimage's threshold_otsu and the seed program gave, written by {@code make_crosscheck.py}; formats in the
 * README there and in each manifest's header). Uses only the stable API: the {@code Volume.of…} factories and
 * {@link Stack3D#spacing}.
 */
public final class CrossCheckFixtures {

    private CrossCheckFixtures() {
    }

    /** The fixture folder on the test class path. */
    public static Path dir() {
        try {
            return Path.of(CrossCheckFixtures.class.getResource("/crosscheck/README.md").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The records of {@code manifest} whose first word is {@code kind}, split at spaces, without the kind. */
    public static List<String[]> records(String manifest, String kind) {
        try {
            List<String[]> out = new ArrayList<>();
            for (String line : Files.readAllLines(dir().resolve(manifest), StandardCharsets.UTF_8)) {
                String[] t = line.strip().split(" ");
                if (t[0].equals(kind)) {
                    out.add(Arrays.copyOfRange(t, 1, t.length));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A random volume of {@code inrange.txt}, with its samples as doubles for failure messages. */
    public record RawVolume(String name, String dtype, int width, int height, int depth, Volume volume,
            double[] values) {

        /** Reads {@code volumes/NAME.raw}: little-endian uint8, uint16 or float32, index (z·h + y)·w + x. */
        public static RawVolume read(String name, String dtype, int w, int h, int d) throws IOException {
            int n = w * h;
            int size = dtype.equals("uint8") ? 1 : dtype.equals("uint16") ? 2 : 4;
            ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(dir().resolve("volumes/" + name + ".raw")))
                    .order(ByteOrder.LITTLE_ENDIAN);
            assertEquals((long) n * d * size, b.capacity(), name + ".raw size");
            double[] values = new double[n * d];
            byte[][] b8 = new byte[d][n];
            short[][] s16 = new short[d][n];
            float[][] f32 = new float[d][n];
            for (int i = 0; i < n * d; i++) {
                switch (dtype) {
                    case "uint8" -> values[i] = (b8[i / n][i % n] = b.get()) & 0xFF;
                    case "uint16" -> values[i] = (s16[i / n][i % n] = b.getShort()) & 0xFFFF;
                    case "float32" -> values[i] = f32[i / n][i % n] = b.getFloat();
                    default -> throw new IllegalArgumentException("dtype " + dtype);
                }
            }
            Volume v = switch (dtype) {
                case "uint8" -> Volume.ofBytes(w, h, b8, Stack3D.spacing(1, 1, 1, "px"));
                case "uint16" -> Volume.ofShorts(w, h, s16, Stack3D.spacing(1, 1, 1, "px"));
                default -> Volume.ofFloats(w, h, f32, Stack3D.spacing(1, 1, 1, "px"));
            };
            return new RawVolume(name, dtype, w, h, d, v, values);
        }

        /** Bytes of one packed mask: one bit per voxel. */
        public int maskBytes() {
            return (width * height * depth + 7) / 8;
        }
    }

    /** Bit {@code i} of the mask that starts at byte {@code offset}: bit {@code i % 8} of byte {@code i / 8}. */
    public static boolean bit(byte[] bits, int offset, int i) {
        return (bits[offset + i / 8] >> (i % 8) & 1) != 0;
    }

    /**
     * A point cloud as the fixtures store point sets: one {@code "x y z\n"} line per point, integers, sorted by z,
     * then y, then x. Fails unless every coordinate is an integer (unit spacing).
     */
    public static List<String> sortedLines(PointCloud points) {
        float[] xyz = points.xyz();
        List<long[]> p = new ArrayList<>();
        for (int i = 0; i < xyz.length; i += 3) {
            long[] q = {(long) xyz[i], (long) xyz[i + 1], (long) xyz[i + 2]};
            assertTrue(q[0] == xyz[i] && q[1] == xyz[i + 1] && q[2] == xyz[i + 2],
                    "point " + i / 3 + " has non-integer coordinates " + xyz[i] + " " + xyz[i + 1] + " " + xyz[i + 2]);
            p.add(q);
        }
        p.sort((a, b) -> a[2] != b[2] ? Long.compare(a[2], b[2])
                : a[1] != b[1] ? Long.compare(a[1], b[1]) : Long.compare(a[0], b[0]));
        List<String> lines = new ArrayList<>(p.size());
        for (long[] q : p) {
            lines.add(q[0] + " " + q[1] + " " + q[2]);
        }
        return lines;
    }

    /** SHA-256, in lower-case hex, of the lines joined as {@code make_crosscheck.py} joins them (each + "\n"). */
    public static String sha256(List<String> lines) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                md.update((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
