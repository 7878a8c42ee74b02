package io.github.stack3d.io.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ShortestFloatTest {

    private static final int SAMPLED_PER_EXPONENT = 4096;
    private static final int SAMPLED_PER_FAR_EXPONENT = 128;
    private static final int SHORTEST_CHECKED_PER_EXPONENT = 32;

    @Test
    void writesKnownValuesInTheirShortestForm() {
        // Expected texts worked out by hand: the fewest digits whose nearest float is the value.
        assertEquals("0.1", ShortestFloat.toString(0.1f));
        assertEquals("12.5", ShortestFloat.toString(12.5f));
        assertEquals("1", ShortestFloat.toString(1f));
        assertEquals("-3", ShortestFloat.toString(-3f));
        assertEquals("100", ShortestFloat.toString(100f));
        assertEquals("12345678", ShortestFloat.toString(12345678f));
        assertEquals("1e8", ShortestFloat.toString(1e8f));
        assertEquals("0.0001", ShortestFloat.toString(1e-4f));
        assertEquals("1e-5", ShortestFloat.toString(1e-5f));
        assertEquals("1.5e-7", ShortestFloat.toString(1.5e-7f));
        assertEquals("0.33333334", ShortestFloat.toString(1f / 3));
        assertEquals("0.3", ShortestFloat.toString(0.1f + 0.2f));
        assertEquals("16777216", ShortestFloat.toString(16777216f));
        assertEquals("3.4028235e38", ShortestFloat.toString(Float.MAX_VALUE));
        assertEquals("1.1754944e-38", ShortestFloat.toString(Float.MIN_NORMAL));
        assertEquals("1e-45", ShortestFloat.toString(Float.MIN_VALUE));
        assertEquals("0", ShortestFloat.toString(0f));
        assertEquals("-0", ShortestFloat.toString(-0f));
        assertEquals("NaN", ShortestFloat.toString(Float.NaN));
        assertEquals("Infinity", ShortestFloat.toString(Float.POSITIVE_INFINITY));
        assertEquals("-Infinity", ShortestFloat.toString(Float.NEGATIVE_INFINITY));
        assertEquals("0.012", ShortestFloat.toString(0.012f));
        assertEquals("12.05", ShortestFloat.toString(12.05f));
        assertEquals("1000.0001", ShortestFloat.toString(1000.0001f));
    }

    /**
     * A deterministic sample instead of an exhaustive sweep, over every biased exponent 0..254 (0 = subnormals)
     * and both signs: the significand edges, a stride over all 2^23 significands (shifted per exponent, so the
     * low bits vary too) and random significands from a fixed seed, each read back through
     * {@code Float.parseFloat}; the edges and the first random ones of each exponent are also checked for the
     * fewest digits against the BigDecimal reference. The 143 exponents from 1e-13 to 1e30, where mesh
     * coordinates live and ShortestFloat works in doubles, get 4096 floats each; the 112 others, where it takes
     * the slower BigDecimal path (about 5 µs a float), 128 each: 600,000 floats in all. The
     * exhaustive sweep of [1, 2) this replaces (2^23 floats) took several seconds alone.
     */
    @Test
    void samplesOfEveryExponentReadBackAndTheEdgesWithTheFewestDigits() {
        SplittableRandom random = new SplittableRandom(20240611);
        int[] edges = {0, 1, 2, 3, 0x3FFFFF, 0x400000, 0x400001, 0x7FFFFD, 0x7FFFFE, 0x7FFFFF};
        int significands = 1 << 23;
        for (int exponent = 0; exponent < 255; exponent++) {
            int base = exponent << 23;
            float least = Float.intBitsToFloat(base);
            int half = (least >= 1e-13f && least < 1e30f ? SAMPLED_PER_EXPONENT : SAMPLED_PER_FAR_EXPONENT) / 2;
            int stride = significands / half;
            for (int m : edges) {
                checkShortest(Float.intBitsToFloat(base | m));
                checkShortest(Float.intBitsToFloat(Integer.MIN_VALUE | base | m));
            }
            for (int m = exponent * 997 % stride; m < significands; m += stride) {
                checkReadsBack(base | m | (m / stride & 1) << 31);
            }
            for (int i = 0; i < half; i++) {
                int bits = base | random.nextInt(significands) | random.nextInt(2) << 31;
                if (i < SHORTEST_CHECKED_PER_EXPONENT) {
                    checkShortest(Float.intBitsToFloat(bits));
                } else {
                    checkReadsBack(bits);
                }
            }
        }
    }

    @Test
    void floatsNearPowersOfTenHaveTheFewestDigits() {
        // Where the digit count changes, and where ShortestFloat switches between doubles and BigDecimal.
        for (int k = -45; k <= 38; k++) {
            float f = Float.parseFloat("1e" + k);
            for (float g = Math.nextDown(Math.nextDown(f)), end = Math.nextUp(Math.nextUp(f)); g <= end;
                    g = Math.nextUp(g)) {
                checkShortest(g);
                checkShortest(-g);
            }
        }
    }

    @Test
    void typicalCoordinatesReadBackWithFewestDigits() {
        // Voxel index times spacing, as extraction writes them.
        float[] spacings = {0.1f, 0.25f, 0.3f, 0.65f, 1.1f, 2.5f, 7.3f};
        for (float s : spacings) {
            for (int i = 0; i < 3000; i++) {
                checkShortest(i * s);
                checkShortest(-i * s);
            }
        }
    }

    /** The text of the float with these bits reads back as the same bits. */
    private static void checkReadsBack(int bits) {
        String s = ShortestFloat.toString(Float.intBitsToFloat(bits));
        if (Float.floatToRawIntBits(Float.parseFloat(s)) != bits) {
            assertEquals(Integer.toHexString(bits), Integer.toHexString(Float.floatToRawIntBits(Float.parseFloat(s))),
                    s);
        }
    }

    /**
     * Compares with the reference: the text reads back as f, and with one significant digit fewer neither
     * rounding of f (down or up, the two nearest candidates) does. Any shorter decimal is also one with a digit
     * fewer, so the text has the fewest digits p whose rounding of f reads back as f.
     */
    private static void checkShortest(float f) {
        String s = ShortestFloat.toString(f);
        assertEquals(Float.floatToRawIntBits(f), Float.floatToRawIntBits(Float.parseFloat(s)), s);
        assertTrue(s.length() <= ShortestFloat.MAX_LENGTH, s);
        if (f == 0) {
            return;
        }
        int digits = significantDigits(s);
        assertTrue(digits >= 1 && digits <= 9, s);
        if (digits == 1) {
            return;
        }
        BigDecimal exact = new BigDecimal(f);
        for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
            String shorter = exact.round(new MathContext(digits - 1, mode)).toString();
            assertTrue(Float.parseFloat(shorter) != f, "digits of " + s + " for " + exact + ": " + shorter
                    + " reads back too");
        }
    }

    private static int significantDigits(String s) {
        String mantissa = s.split("e")[0].replace("-", "").replace(".", "");
        return mantissa.replaceAll("^0+", "").replaceAll("0+$", "").length();
    }
}
