package io.github.stack3d.io.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ShortestFloatTest {

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

    @Test
    void randomFloatsReadBackExactlyWithTheFewestDigits() {
        SplittableRandom random = new SplittableRandom(20240611);
        for (int i = 0; i < 100_000; i++) {
            float f = Float.intBitsToFloat(random.nextInt());
            if (Float.isNaN(f) || Float.isInfinite(f)) {
                continue;
            }
            checkShortest(f);
        }
    }

    @Test
    void everyFloatBetweenOneAndTwoReadsBack() {
        // 2^23 floats; the round trip through Float.parseFloat must give the same bits for each.
        for (int bits = Float.floatToIntBits(1f); bits < Float.floatToIntBits(2f); bits++) {
            float f = Float.intBitsToFloat(bits);
            String s = ShortestFloat.toString(f);
            if (Float.floatToIntBits(Float.parseFloat(s)) != bits) {
                assertEquals(f, Float.parseFloat(s), s);
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

    /** Compares with the reference: the fewest significant digits p whose rounding of f reads back as f. */
    private static void checkShortest(float f) {
        String s = ShortestFloat.toString(f);
        assertEquals(Float.floatToRawIntBits(f), Float.floatToRawIntBits(Float.parseFloat(s)), s);
        if (f == 0) {
            return;
        }
        BigDecimal exact = new BigDecimal(f);
        int shortest = 0;
        for (int p = 1; p <= 9 && shortest == 0; p++) {
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
                if (Float.parseFloat(exact.round(new MathContext(p, mode)).toString()) == f) {
                    shortest = p;
                }
            }
        }
        assertEquals(shortest, significantDigits(s), "digits of " + s + " for " + exact);
        assertTrue(s.length() <= ShortestFloat.MAX_LENGTH, s);
    }

    private static int significantDigits(String s) {
        String mantissa = s.split("e")[0].replace("-", "").replace(".", "");
        return mantissa.replaceAll("^0+", "").replaceAll("0+$", "").length();
    }
}
