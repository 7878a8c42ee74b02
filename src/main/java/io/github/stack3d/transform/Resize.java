package io.github.stack3d.transform;

import io.github.stack3d.Parallel;
import io.github.stack3d.Checks;
import io.github.stack3d.Memory;
import io.github.stack3d.SampleType;
import io.github.stack3d.Grid;
import io.github.stack3d.Volume;
import java.util.stream.IntStream;

/**
 * Bilinear resizing of every slice, as {@code cv2.resize(slice, (width, height))} does by default
 * ({@code INTER_LINEAR}, OpenCV 4.6).
 *
 * <p>Output pixel {@code dx} samples the source at {@code (dx + 0.5)·(oldWidth / newWidth) − 0.5} (pixel
 * centres at half-integers), computed in float; positions left of the first or right of the last column take
 * that column. Rows work the same way, except that OpenCV keeps the row weights of a position above the first
 * or below the last row and applies them to that row twice; this class does the same.
 *
 * <p>8-bit slices use OpenCV's fixed-point arithmetic, so the result is the same byte for byte (checked against
 * cv2 on random slices): weights are rounded to multiples of 1/2048; a row pass gives
 * {@code D = S[sx]·a0 + S[sx+1]·a1}; the column pass gives
 * {@code (((b0·(D0 >> 4)) >> 16) + ((b1·(D1 >> 4)) >> 16) + 2) >> 2}, the formula of OpenCV's vectorised
 * {@code VResizeLinearVec_32s8u}, which its scalar code repeats. 16-bit and float slices use the float weights
 * in float arithmetic, as OpenCV does; 16-bit results are rounded to the nearest integer (ties to even) and
 * clamped to 0..65535.
 *
 * <p>Halving both sides exactly ({@code oldWidth = 2·width}, {@code oldHeight = 2·height}) is where OpenCV
 * switches to its 2×2 block average ({@code INTER_AREA}), and so does this class: {@code (a+b+c+d+2) >> 2} for
 * 8- and 16-bit (for 8-bit the same as the bilinear formula), and {@code ((a+b)+(c+d))·0.25} for float, except
 * in the last {@code width mod 4} columns, where OpenCV's scalar code sums {@code ((a+b)+c)+d}.
 */
public final class Resize {

    private static final int COEF_SCALE = 2048;

    private Resize() {
    }

    /**
     * Every slice resized to {@code width × height}; the x and y spacing grow by {@code oldWidth / width} and
     * {@code oldHeight / height}, and the origin moves by half a new pixel less half an old one (pixel centres, as
     * {@code cv2.resize} samples them), so physical sizes and positions stay. The same size returns {@code volume} itself.
     *
     * @param volume any sample type
     * @param width  new slice width in pixels, 1 or more
     * @param height new slice height in pixels, 1 or more
     * @return a new volume with the same depth and sample type
     * @throws IllegalArgumentException when {@code width} or {@code height} is below 1
     * @throws IllegalStateException    when the result does not fit in the Java heap
     */
    public static Volume bilinear(Volume volume, int width, int height) {
        Checks.requireNonNull(volume, "volume");
        Checks.requirePositive(width, "width");
        Checks.requirePositive(height, "height");
        int sw = volume.width();
        int sh = volume.height();
        if (width == sw && height == sh) {
            return volume;
        }
        if ((long) width * height > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("width × height is " + width + " × " + height + " = "
                    + Checks.count((long) width * height) + " pixels; one slice holds at most "
                    + Checks.count(Integer.MAX_VALUE - 8));
        }
        int depth = volume.depth();
        Memory.require(volume.type().bytes((long) width * height) * depth, "the resized " + volume);
        Grid spacing = volume.grid().resampled((double) sw / width, (double) sh / height, 1);
        if (sw == 2 * width && sh == 2 * height) {
            return halved(volume, spacing);
        }
        Axis xs = Axis.of(sw, width, true);
        Axis ys = Axis.of(sh, height, false);
        Object[] out = new Object[depth];
        Parallel.forEach(depth, z -> out[z] = switch (volume.type()) {
            case UINT8 -> bytes(volume.bytes(z), sw, xs, ys);
            case UINT16 -> shorts(volume.shorts(z), sw, xs, ys);
            case FLOAT32 -> floats(volume.floats(z), sw, xs, ys);
            case BIT, INT32 -> throw new IllegalArgumentException("a volume holds grey values, not " + volume.type());
        });
        return Volume.of(volume.type(), width, height, out, spacing);
    }

    /** The 2×2 block average, OpenCV's path for an exact halving (see the class comment). */
    private static Volume halved(Volume volume, Grid spacing) {
        int sw = volume.width();
        int dw = sw / 2;
        int dh = volume.height() / 2;
        int depth = volume.depth();
        return switch (volume.type()) {
            case UINT8 -> {
                byte[][] out = new byte[depth][];
                Parallel.forEach(depth, z -> {
                    byte[] s = volume.bytes(z);
                    byte[] o = new byte[dw * dh];
                    for (int y = 0; y < dh; y++) {
                        for (int x = 0, i = 2 * y * sw; x < dw; x++, i += 2) {
                            o[y * dw + x] = (byte) (((s[i] & 0xFF) + (s[i + 1] & 0xFF) + (s[i + sw] & 0xFF)
                                    + (s[i + sw + 1] & 0xFF) + 2) >> 2);
                        }
                    }
                    out[z] = o;
                });
                yield Volume.ofBytes(dw, dh, out, spacing);
            }
            case UINT16 -> {
                short[][] out = new short[depth][];
                Parallel.forEach(depth, z -> {
                    short[] s = volume.shorts(z);
                    short[] o = new short[dw * dh];
                    for (int y = 0; y < dh; y++) {
                        for (int x = 0, i = 2 * y * sw; x < dw; x++, i += 2) {
                            o[y * dw + x] = (short) (((s[i] & 0xFFFF) + (s[i + 1] & 0xFFFF) + (s[i + sw] & 0xFFFF)
                                    + (s[i + sw + 1] & 0xFFFF) + 2) >> 2);
                        }
                    }
                    out[z] = o;
                });
                yield Volume.ofShorts(dw, dh, out, spacing);
            }
            case FLOAT32 -> {
                int vectorColumns = dw & ~3;
                float[][] out = new float[depth][];
                Parallel.forEach(depth, z -> {
                    float[] s = volume.floats(z);
                    float[] o = new float[dw * dh];
                    for (int y = 0; y < dh; y++) {
                        for (int x = 0, i = 2 * y * sw; x < dw; x++, i += 2) {
                            float a = s[i];
                            float b = s[i + 1];
                            float c = s[i + sw];
                            float d = s[i + sw + 1];
                            o[y * dw + x] = (x < vectorColumns ? (a + b) + (c + d) : ((a + b) + c) + d) * 0.25f;
                        }
                    }
                    out[z] = o;
                });
                yield Volume.ofFloats(dw, dh, out, spacing);
            }
            case BIT, INT32 -> throw new IllegalArgumentException("a volume holds grey values, not " + volume.type());
        };
    }

    /**
     * The sampling of one axis: for output index {@code d} the source indices {@code i0[d]}, {@code i1[d]} (both
     * inside the source) and their weights, as float ({@code w0}, {@code w1}) and as fixed point ({@code f0},
     * {@code f1}, scaled by 2048).
     */
    private record Axis(int[] i0, int[] i1, float[] w0, float[] w1, int[] f0, int[] f1) {

        /**
         * {@code clampWeights}: OpenCV sets the weight to (1, 0) outside the source along x, but keeps the computed
         * weights along y (both rows then being the edge row).
         */
        static Axis of(int source, int target, boolean clampWeights) {
            double scale = 1.0 / ((double) target / source);
            int[] i0 = new int[target];
            int[] i1 = new int[target];
            float[] w0 = new float[target];
            float[] w1 = new float[target];
            int[] f0 = new int[target];
            int[] f1 = new int[target];
            for (int d = 0; d < target; d++) {
                float f = (float) ((d + 0.5) * scale - 0.5);
                int s = (int) Math.floor(f);
                f -= s;
                if (clampWeights && s < 0) {
                    f = 0;
                    s = 0;
                }
                if (clampWeights && s >= source - 1) {
                    f = 0;
                    s = source - 1;
                }
                i0[d] = Math.min(Math.max(s, 0), source - 1);
                i1[d] = Math.min(Math.max(s + 1, 0), source - 1);
                w0[d] = 1f - f;
                w1[d] = f;
                f0[d] = (int) Math.rint(w0[d] * COEF_SCALE);
                f1[d] = (int) Math.rint(w1[d] * COEF_SCALE);
            }
            return new Axis(i0, i1, w0, w1, f0, f1);
        }
    }

    private static byte[] bytes(byte[] src, int sw, Axis xs, Axis ys) {
        int dw = xs.i0.length;
        int dh = ys.i0.length;
        byte[] out = new byte[dw * dh];
        int[][] rows = new int[2][dw];
        int[] rowIds = {-1, -1};
        for (int dy = 0; dy < dh; dy++) {
            int[] d0 = row(src, sw, ys.i0[dy], xs, rows, rowIds);
            int[] d1 = row(src, sw, ys.i1[dy], xs, rows, rowIds);
            int b0 = ys.f0[dy];
            int b1 = ys.f1[dy];
            int o = dy * dw;
            for (int dx = 0; dx < dw; dx++) {
                out[o + dx] = (byte) ((((b0 * (d0[dx] >> 4)) >> 16) + ((b1 * (d1[dx] >> 4)) >> 16) + 2) >> 2);
            }
        }
        return out;
    }

    /** The fixed-point row pass of source row {@code y}, from a two-row cache (rows y and y + 1 differ in parity). */
    private static int[] row(byte[] src, int sw, int y, Axis xs, int[][] rows, int[] rowIds) {
        int k = y & 1;
        int[] d = rows[k];
        if (rowIds[k] != y) {
            int base = y * sw;
            for (int dx = 0; dx < d.length; dx++) {
                d[dx] = (src[base + xs.i0[dx]] & 0xFF) * xs.f0[dx] + (src[base + xs.i1[dx]] & 0xFF) * xs.f1[dx];
            }
            rowIds[k] = y;
        }
        return d;
    }

    private static short[] shorts(short[] src, int sw, Axis xs, Axis ys) {
        int dw = xs.i0.length;
        int dh = ys.i0.length;
        float[] in = new float[src.length];
        for (int i = 0; i < src.length; i++) {
            in[i] = src[i] & 0xFFFF;
        }
        float[] f = floats(in, sw, xs, ys);
        short[] out = new short[dw * dh];
        for (int i = 0; i < out.length; i++) {
            out[i] = (short) Math.max(0, Math.min(65535, (int) Math.rint(f[i])));
        }
        return out;
    }

    private static float[] floats(float[] src, int sw, Axis xs, Axis ys) {
        int dw = xs.i0.length;
        int dh = ys.i0.length;
        float[] out = new float[dw * dh];
        float[] d0 = new float[dw];
        float[] d1 = new float[dw];
        for (int dy = 0; dy < dh; dy++) {
            rowFloat(src, sw, ys.i0[dy], xs, d0);
            rowFloat(src, sw, ys.i1[dy], xs, d1);
            float b0 = ys.w0[dy];
            float b1 = ys.w1[dy];
            int o = dy * dw;
            if (b1 == 0) {
                for (int dx = 0; dx < dw; dx++) {
                    out[o + dx] = d0[dx] * b0;
                }
            } else {
                for (int dx = 0; dx < dw; dx++) {
                    out[o + dx] = d0[dx] * b0 + d1[dx] * b1;
                }
            }
        }
        return out;
    }

    /** The float row pass; a zero weight skips its term, so an infinite edge value stays infinite. */
    private static void rowFloat(float[] src, int sw, int y, Axis xs, float[] into) {
        int base = y * sw;
        for (int dx = 0; dx < into.length; dx++) {
            float v = src[base + xs.i0[dx]] * xs.w0[dx];
            float w1 = xs.w1[dx];
            into[dx] = w1 == 0 ? v : v + src[base + xs.i1[dx]] * w1;
        }
    }
}
