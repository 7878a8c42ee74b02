package io.github.stack3d.render;

/**
 * Resizes a row-major picture to another size by box averaging: output pixel (u, v) is the rounded mean of the
 * source pixels in columns {@code [u·w/tw, (u+1)·w/tw)} and rows {@code [v·h/th, (v+1)·h/th)} (at least one
 * each). Shrinking averages every source pixel into exactly one output pixel (no aliasing, unlike sampling);
 * enlarging by a whole factor repeats each pixel as a square.
 */
final class Resample {

    private Resample() {
    }

    /** Grey levels {@code src} ({@code w × h}) resized to {@code tw × th}; {@code src} itself when sizes agree. */
    static byte[] grey(byte[] src, int w, int h, int tw, int th) {
        if (tw == w && th == h) {
            return src;
        }
        int[] xs = bounds(w, tw);
        int[] ys = bounds(h, th);
        byte[] out = new byte[tw * th];
        for (int v = 0; v < th; v++) {
            int y0 = ys[v];
            int y1 = Math.max(y0 + 1, ys[v + 1]);
            for (int u = 0; u < tw; u++) {
                int x0 = xs[u];
                int x1 = Math.max(x0 + 1, xs[u + 1]);
                int sum = 0;
                for (int y = y0; y < y1; y++) {
                    for (int x = x0, i = y * w + x0; x < x1; x++, i++) {
                        sum += src[i] & 0xFF;
                    }
                }
                int count = (y1 - y0) * (x1 - x0);
                out[v * tw + u] = (byte) ((sum + count / 2) / count);
            }
        }
        return out;
    }

    /** RGB pixels {@code src} ({@code 0xRRGGBB}, {@code w × h}) resized to {@code tw × th}, channel by channel. */
    static int[] rgb(int[] src, int w, int h, int tw, int th) {
        if (tw == w && th == h) {
            return src;
        }
        int[] xs = bounds(w, tw);
        int[] ys = bounds(h, th);
        int[] out = new int[tw * th];
        for (int v = 0; v < th; v++) {
            int y0 = ys[v];
            int y1 = Math.max(y0 + 1, ys[v + 1]);
            for (int u = 0; u < tw; u++) {
                int x0 = xs[u];
                int x1 = Math.max(x0 + 1, xs[u + 1]);
                int r = 0;
                int g = 0;
                int b = 0;
                for (int y = y0; y < y1; y++) {
                    for (int x = x0, i = y * w + x0; x < x1; x++, i++) {
                        r += src[i] >> 16 & 0xFF;
                        g += src[i] >> 8 & 0xFF;
                        b += src[i] & 0xFF;
                    }
                }
                int count = (y1 - y0) * (x1 - x0);
                int half = count / 2;
                out[v * tw + u] = (r + half) / count << 16 | (g + half) / count << 8 | (b + half) / count;
            }
        }
        return out;
    }

    /** {@code bounds[u] = floor(u · size / target)} for u = 0..target. */
    private static int[] bounds(int size, int target) {
        int[] b = new int[target + 1];
        for (int u = 0; u <= target; u++) {
            b[u] = (int) ((long) u * size / target);
        }
        return b;
    }
}
