package io.github.stack3d.web;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round trips of the viewer's geometry code through a decoder written as {@code viewer.js} decodes (its
 * {@code positions} and {@code indices} functions, line for line).
 */
class GeometryCodeTest {

    /** viewer.js {@code positions}: 16-bit differences, low bytes then high bytes, over the bounds. */
    private static float[] decodePositions(byte[] bytes, int count, double[] bounds) {
        int m = 3 * count;
        float[] out = new float[m];
        int[] previous = new int[3];
        for (int i = 0; i < m; i++) {
            int a = i % 3;
            int q = (previous[a] + ((bytes[i] & 255) | (bytes[m + i] & 255) << 8)) & 0xFFFF;
            previous[a] = q;
            out[i] = (float) (bounds[a] + q * ((bounds[a + 3] - bounds[a]) / 65535));
        }
        return out;
    }

    /** viewer.js {@code indices}: zigzag varint differences (in doubles, as JavaScript numbers are). */
    private static int[] decodeIndices(byte[] bytes, int count) {
        int[] out = new int[count];
        int p = 0;
        double previous = 0;
        for (int i = 0; i < count; i++) {
            double z = 0;
            double scale = 1;
            int b;
            do {
                b = bytes[p++] & 255;
                z += (b & 0x7F) * scale;
                scale *= 128;
            } while ((b & 0x80) != 0);
            previous += z % 2 == 0 ? z / 2 : -(z + 1) / 2;
            out[i] = (int) previous;
        }
        assertEquals(bytes.length, p, "every byte read");
        return out;
    }

    @Test
    void positionsComeBackWithinHalfAStepAndTheBoxEndsExactly() {
        Random random = new Random(8);
        int n = 5000;
        float[] xyz = new float[3 * n];
        for (int i = 0; i < xyz.length; i++) {
            // x over 0..1000, y over -3..-1, z over 1e-3 of a unit: three very different extents
            xyz[i] = (float) (i % 3 == 0 ? random.nextDouble() * 1000 : i % 3 == 1 ? -3 + 2 * random.nextDouble()
                    : 5 + 1e-3 * random.nextDouble());
        }
        double[] b = GeometryCode.bounds(xyz);
        byte[] code = GeometryCode.positions(xyz, b);
        assertEquals(6 * n, code.length, "two bytes a coordinate");
        float[] back = decodePositions(code, n, b);
        float[] min = {Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE};
        float[] max = {-Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
        for (int i = 0; i < xyz.length; i++) {
            int a = i % 3;
            double halfStep = (b[a + 3] - b[a]) / 131070;
            // half a step of quantisation, plus the float rounding of the decoded value
            assertEquals(xyz[i], back[i], halfStep + Math.ulp(xyz[i]), "coordinate " + a + " of point " + i / 3);
            min[a] = Math.min(min[a], back[i]);
            max[a] = Math.max(max[a], back[i]);
        }
        for (int a = 0; a < 3; a++) {
            assertEquals((float) b[a], min[a], "the lowest value is quantised to 0 and comes back exactly, axis " + a);
            assertEquals((float) b[a + 3], max[a], Math.ulp((float) b[a + 3]), "the highest value (65535), axis " + a);
        }
    }

    @Test
    void quantisationUsesTheWholeSixteenBitsAndAFlatAxisIsZero() {
        double[] b = {-2, 7, 7, 2, 7, 8};
        assertEquals(0, GeometryCode.quantise(-2, b, 0));
        assertEquals(65535, GeometryCode.quantise(2, b, 0));
        assertEquals(32768, GeometryCode.quantise(0, b, 0), "the middle, rounded up from 32767.5");
        assertEquals(0, GeometryCode.quantise(7, b, 1), "an axis without extent");
        float[] flat = {1, 7, 3, 4, 7, 5};
        double[] fb = GeometryCode.bounds(flat);
        assertArrayEquals(new float[] {1, 7, 3, 4, 7, 5}, decodePositions(GeometryCode.positions(flat, fb), 2, fb));
    }

    @Test
    void indicesRoundTripWithLargeJumpsBothWays() {
        int[] t = {0, 1, 2, 2, 1, 3, 2_000_000_000, 0, Integer.MAX_VALUE, 5, 5, 5, 63, 64, 65, 8191, 8192, 0};
        byte[] code = GeometryCode.indices(t);
        assertArrayEquals(t, decodeIndices(code, t.length));
        assertEquals(1, GeometryCode.indices(new int[] {63}).length, "zigzag 126 fits one byte");
        assertEquals(2, GeometryCode.indices(new int[] {64}).length, "zigzag 128 needs two");
    }

    @Test
    void aStripOfNeighbouringTrianglesCostsAboutABytePerIndex() {
        int n = 100_000;
        int[] t = new int[3 * n];
        for (int i = 0; i < n; i++) {
            t[3 * i] = i;
            t[3 * i + 1] = i + 1;
            t[3 * i + 2] = i + 2;
        }
        byte[] code = GeometryCode.indices(t);
        assertArrayEquals(t, decodeIndices(code, t.length));
        assertEquals(t.length, code.length, "differences +1, +1, -1: one byte each");
    }

    @Test
    void noPointOrANonFiniteCoordinateIsRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GeometryCode.bounds(new float[0]))
                .getMessage().contains("no points"));
        String m = assertThrows(IllegalArgumentException.class,
                () -> GeometryCode.bounds(new float[] {0, 0, 0, 1, Float.NaN, 1})).getMessage();
        assertTrue(m.contains("coordinate 1 of point 1 is NaN"), m);
    }
}
