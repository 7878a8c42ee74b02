package io.github.stack3d.io.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FloatParserTest {

    @Test
    void readsPlainAndScientificNumbers() {
        assertEquals(0.1f, parseFloat("0.1"));
        assertEquals(-12.5f, parseFloat("-12.5"));
        assertEquals(1.5e-7f, parseFloat("1.5e-7"));
        assertEquals(1e8f, parseFloat("1E+08"));
        assertEquals(3f, parseFloat("+3"));
        assertEquals(0.5f, parseFloat(".5"));
        assertEquals(5f, parseFloat("5."));
        assertEquals(Float.floatToRawIntBits(-0f), Float.floatToRawIntBits(parseFloat("-0")));
        assertEquals(Float.floatToRawIntBits(-0f), Float.floatToRawIntBits(parseFloat("-0.000e5")));
        assertEquals(Float.MIN_VALUE, parseFloat("1e-45"));
        assertEquals(Float.POSITIVE_INFINITY, parseFloat("1e39"));
        assertEquals(0.1, FloatParser.parseDouble(bytes("0.1"), 0, 3));
    }

    @Test
    void readsCAndJavaSpellingsOfSpecialValues() {
        assertTrue(Float.isNaN(parseFloat("nan")));
        assertTrue(Float.isNaN(parseFloat("NaN")));
        assertEquals(Float.POSITIVE_INFINITY, parseFloat("inf"));
        assertEquals(Float.NEGATIVE_INFINITY, parseFloat("-INF"));
        assertEquals(Float.POSITIVE_INFINITY, parseFloat("Infinity"));
        assertEquals(Float.NEGATIVE_INFINITY, parseFloat("-infinity"));
    }

    @Test
    void rejectsWhatIsNotANumber() {
        for (String s : new String[] {"", "-", ".", "abc", "1e", "1e+", "1.2.3", "1,5", "--1", "0x"}) {
            assertThrows(NumberFormatException.class, () -> parseFloat(s), s);
        }
    }

    @Test
    void randomDecimalsMatchTheJdkBitForBit() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 300_000; i++) {
            StringBuilder s = new StringBuilder(random.nextBoolean() ? "-" : "");
            int digits = 1 + random.nextInt(18);
            int point = random.nextInt(digits + 1);
            for (int d = 0; d < digits; d++) {
                if (d == point) {
                    s.append('.');
                }
                s.append((char) ('0' + random.nextInt(10)));
            }
            if (random.nextBoolean()) {
                s.append('e').append(random.nextInt(-50, 50));
            }
            String t = s.toString();
            assertEquals(Float.floatToRawIntBits(Float.parseFloat(t)), Float.floatToRawIntBits(parseFloat(t)), t);
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(t)),
                    Double.doubleToRawLongBits(FloatParser.parseDouble(bytes(t), 0, t.length())), t);
        }
    }

    @Test
    void decimalsNearHalfWayBetweenFloatsRoundOnce() {
        // A 15-digit decimal close to the midpoint of two floats often parses to exactly that midpoint as a
        // double; casting the double to float would then round a second time, the wrong way in about half of
        // those cases. The parser must still agree with Float.parseFloat, which rounds once.
        SplittableRandom random = new SplittableRandom(11);
        int doubleRoundingTraps = 0;
        for (int i = 0; i < 100_000; i++) {
            float f = Float.intBitsToFloat(random.nextInt(0x0080_0000, 0x7F00_0000));
            BigDecimal mid = new BigDecimal(f).add(new BigDecimal(Math.nextUp(f))).divide(BigDecimal.valueOf(2));
            String t = String.format(Locale.ROOT, "%.14e", mid);
            float expected = Float.parseFloat(t);
            if ((float) Double.parseDouble(t) != expected) {
                doubleRoundingTraps++;
            }
            assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(parseFloat(t)), t);
        }
        assertTrue(doubleRoundingTraps > 50, "the test met only " + doubleRoundingTraps + " double-rounding cases");
    }

    @Test
    void readsBackTheShortestTextOfRandomFloats() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 200_000; i++) {
            float f = Float.intBitsToFloat(random.nextInt());
            if (Float.isNaN(f)) {
                continue;
            }
            String t = ShortestFloat.toString(f);
            assertEquals(Float.floatToRawIntBits(f), Float.floatToRawIntBits(parseFloat(t)), t);
        }
    }

    private static float parseFloat(String s) {
        byte[] b = bytes("  " + s + " ");
        return FloatParser.parseFloat(b, 2, 2 + s.length());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
