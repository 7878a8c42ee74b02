package io.github.stack3d.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.stack3d.Grid;
import io.github.stack3d.SampleType;
import io.github.stack3d.Volume;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Otsu from value counts summed over parts of a stack, as a cluster job computes it. */
class OtsuCountsTest {

    @Test
    void countsOfPartsSummedGiveTheLevelOfTheWholeStack() {
        SplittableRandom random = new SplittableRandom(3);
        int w = 23;
        int h = 19;
        int d = 17;
        short[][] slices = new short[d][w * h];
        for (short[] s : slices) {
            for (int i = 0; i < s.length; i++) {
                s[i] = (short) (random.nextBoolean() ? 900 + random.nextInt(300) : 3000 + random.nextInt(2000));
            }
        }
        Volume v = Volume.ofShorts(w, h, slices, Grid.PIXELS);
        long[] sum = new long[65536];
        for (int z0 = 0; z0 < d; z0 += 5) {
            short[][] part = java.util.Arrays.copyOfRange(slices, z0, Math.min(d, z0 + 5));
            long[] counts = Histogram.values(Volume.ofShorts(w, h, part, Grid.PIXELS));
            for (int i = 0; i < sum.length; i++) {
                sum[i] += counts[i];
            }
        }
        assertEquals(Otsu.threshold(v), Otsu.threshold(sum, SampleType.UINT16, "the stack"));
    }

    @Test
    void countsOfOneValueOrTheWrongLengthAreRefused() {
        long[] one = new long[256];
        one[7] = 100;
        assertThrows(IllegalArgumentException.class, () -> Otsu.threshold(one, SampleType.UINT8, "s"));
        assertThrows(IllegalArgumentException.class, () -> Otsu.threshold(new long[255], SampleType.UINT8, "s"));
        assertThrows(IllegalArgumentException.class, () -> Otsu.threshold(new long[256], SampleType.FLOAT32, "s"));
    }
}
