package io.github.stack3d.render;

/** The box filter of supersampled pictures: every {@code s × s} block of pixels averaged into one. */
final class Supersample {

    private Supersample() {
    }

    /**
     * Averages {@code rows × width} RGB pixels of {@code color} in {@code s × s} blocks into {@code out} from
     * index {@code offset} (rows of {@code width / s} pixels); {@code width} and {@code rows} are multiples of s.
     */
    static void boxDown(int[] color, int width, int rows, int s, int[] out, int offset) {
        int ow = width / s;
        int n = s * s;
        int half = n / 2;
        for (int oy = 0; oy < rows / s; oy++) {
            for (int ox = 0; ox < ow; ox++) {
                int r = 0, g = 0, b = 0;
                for (int dy = 0; dy < s; dy++) {
                    int row = (oy * s + dy) * width + ox * s;
                    for (int dx = 0; dx < s; dx++) {
                        int c = color[row + dx];
                        r += c >> 16 & 255;
                        g += c >> 8 & 255;
                        b += c & 255;
                    }
                }
                out[offset + oy * ow + ox] = (r + half) / n << 16 | (g + half) / n << 8 | (b + half) / n;
            }
        }
    }
}
