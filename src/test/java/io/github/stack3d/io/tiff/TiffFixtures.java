package io.github.stack3d.io.tiff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.stack3d.Python;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The fixtures of {@code src/test/resources/stacks/formats/} and the formulas they were made from
 * ({@code make_fixtures.py} there): x = column, y = row, z = page, 37 × 23 pixels.
 */
final class TiffFixtures {

    static final int W = 37;
    static final int H = 23;

    private TiffFixtures() {
    }

    /** A fixture file by name. */
    static Path path(String name) {
        try {
            return Path.of(TiffFixtures.class.getResource("/stacks/formats/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test fixture " + name + " is missing", e);
        }
    }

    static int gray8(int x, int y, int z) {
        return (x * 7 + y * 13 + z * 29) & 255;
    }

    static int gray16(int x, int y, int z) {
        return (x * 1031 + y * 257 + z * 4099) & 65535;
    }

    static float float32(int x, int y, int z) {
        return (x - 2 * y) * 0.25f + z * 0.5f;
    }

    static boolean bit(int x, int y, int z) {
        return (x * 3 + y * 5 + z) % 7 < 3;
    }

    /** R, G, B, A of rgb8/rgba8 fixtures. */
    static int[] rgba8(int x, int y) {
        return new int[] {(x * 11 + y * 3) & 255, (x * 5 + y * 17) & 255, (x * 19 + y * 7) & 255,
                (x * 13 + y * 23) & 255};
    }

    static int[] rgb16(int x, int y) {
        return new int[] {(x * 2111 + y * 977) & 65535, (x * 613 + y * 3001) & 65535, (x * 1709 + y * 4099) & 65535};
    }

    static int paletteIndex(int x, int y) {
        return (x * 7 + y * 13) & 255;
    }

    /** 16-bit R, G, B of color map entry {@code i} of palette8.tif. */
    static int[] colorMap(int i) {
        return new int[] {(i * 40503) & 65535, (i * 9973 + 12345) & 65535, (i * 30011 + 777) & 65535};
    }

    /**
     * Reference luminance: OpenCV's {@code icvCvt_BGRA2Gray_8u_C4C1R} / {@code _16u_CnC1R}
     * (modules/imgcodecs/src/utils.cpp): cR = 0.299·2^14 rounded = 4899, cG = 0.587·2^14 rounded = 9617,
     * cB = 2^14 − cR − cG = 1868, {@code descale(sum, 14)} = (sum + 2^13) >> 14.
     */
    static int luminance(int r, int g, int b) {
        return (r * 4899 + g * 9617 + b * 1868 + 8192) >> 14;
    }

    /** Slice z of a fixture made by a per-voxel formula, as 8-bit values. */
    static byte[] bytes(int z, VoxelFormula f) {
        byte[] s = new byte[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                s[y * W + x] = (byte) f.value(x, y, z);
            }
        }
        return s;
    }

    /** Slice z of a fixture made by a per-voxel formula, as 16-bit values. */
    static short[] shorts(int z, VoxelFormula f) {
        short[] s = new short[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                s[y * W + x] = (short) f.value(x, y, z);
            }
        }
        return s;
    }

    static float[] floats(int z) {
        float[] s = new float[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                s[y * W + x] = float32(x, y, z);
            }
        }
        return s;
    }

    /** An integer voxel value at (x, y, z). */
    @FunctionalInterface
    interface VoxelFormula {
        int value(int x, int y, int z);
    }

    /**
     * What {@code cv2.imread(file, flags)} returns, row-major ({@code flags}: a Python expression such as
     * {@code cv2.IMREAD_GRAYSCALE}); skips the test when OpenCV is absent.
     */
    static int[] openCv(Path file, String flags) {
        Python.requireModules("cv2");
        Python.Result r = Python.run(List.of("-c", "import cv2, sys\n"
                + "a = cv2.imread(sys.argv[1], " + flags + ")\n"
                + "print(a.shape[1], a.shape[0], a.dtype)\n"
                + "print(' '.join(str(int(v)) for v in a.ravel()))\n", file.toString()), null);
        assertEquals(0, r.exitCode(), r.output());
        String[] lines = r.output().strip().split("\n");
        return Arrays.stream(lines[lines.length - 1].trim().split(" ")).mapToInt(Integer::parseInt).toArray();
    }
}
