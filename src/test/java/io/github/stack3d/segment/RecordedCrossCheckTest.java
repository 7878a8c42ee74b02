package io.github.stack3d.segment;

import static io.github.stack3d.CrossCheckFixtures.bit;
import static io.github.stack3d.CrossCheckFixtures.dir;
import static io.github.stack3d.CrossCheckFixtures.records;
import static io.github.stack3d.Stack3D.inRange;
import static io.github.stack3d.Stack3D.loadStack;
import static io.github.stack3d.Stack3D.otsu;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.stack3d.CrossCheckFixtures.RawVolume;
import io.github.stack3d.Mask;
import io.github.stack3d.TestData;
import io.github.stack3d.Volume;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * stack3d's {@code inRange} and {@code otsu} against recorded results of cv2.inRange 4.6 and scikit-image 0.19's
 * {@code threshold_otsu}, so that "exactly cv2.inRange" and "exactly threshold_otsu" are checked without Python
 * (the live checks in {@link ThresholdTest} and {@link OtsuTest} still run where {@code /usr/bin/python3} has
 * them). Every expected value and mask comes from {@code src/test/resources/crosscheck/inrange.txt} and
 * {@code otsu.txt}, written by {@code /usr/bin/python3 src/test/resources/crosscheck/make_crosscheck.py --data
 * ../shared/data --seed ../shared/seed/seed_shell.py}.
 */
class RecordedCrossCheckTest {

    /** Each {@code case} of inrange.txt, with its volume's record and the offset of its mask in NAME.inrange.bits. */
    static Stream<Arguments> inRangeCases() {
        List<Arguments> out = new ArrayList<>();
        for (String[] vol : records("inrange.txt", "volume")) {
            int bytes = (Integer.parseInt(vol[2]) * Integer.parseInt(vol[3]) * Integer.parseInt(vol[4]) + 7) / 8;
            int k = 0;
            for (String[] c : records("inrange.txt", "case")) {
                if (c[0].equals(vol[0])) {
                    out.add(Arguments.of(c[0], Double.parseDouble(c[1]), Double.parseDouble(c[2]),
                            Long.parseLong(c[3]), k++ * bytes, vol));
                }
            }
        }
        return out.stream();
    }

    private static RawVolume volume(String[] vol) throws IOException {
        return RawVolume.read(vol[0], vol[1], Integer.parseInt(vol[2]), Integer.parseInt(vol[3]),
                Integer.parseInt(vol[4]));
    }

    private static String[] volumeRecord(String name) {
        return records("inrange.txt", "volume").stream().filter(v -> v[0].equals(name)).findFirst().orElseThrow();
    }

    /**
     * The mask equals cv2.inRange's voxel for voxel (recorded by make_crosscheck.py, see the class comment); where
     * cv2 selected nothing, stack3d must refuse with an IllegalArgumentException instead.
     */
    @ParameterizedTest(name = "{0} inRange({1}, {2}) selects {3}")
    @MethodSource("inRangeCases")
    void inRangeEqualsRecordedCv2(String name, double lo, double hi, long count, int offset, String[] vol)
            throws IOException {
        RawVolume v = volume(vol);
        byte[] bits = Files.readAllBytes(dir().resolve("volumes/" + name + ".inrange.bits"));
        int n = v.width() * v.height() * v.depth();
        assertEquals(0, bits.length % v.maskBytes(), name + ".inrange.bits holds whole masks");
        long recorded = 0;
        for (int i = 0; i < n; i++) {
            recorded += bit(bits, offset, i) ? 1 : 0;
        }
        assertEquals(count, recorded, "the fixture's count and its bits agree");
        String what = name + " inRange(" + lo + ", " + hi + ")";
        if (count == 0) {
            assertThrows(IllegalArgumentException.class, () -> inRange(v.volume(), lo, hi), what + ": cv2 selects none");
            return;
        }
        Mask m = inRange(v.volume(), lo, hi);
        assertEquals(List.of(v.width(), v.height(), v.depth()), List.of(m.width(), m.height(), m.depth()), what);
        for (int z = 0; z < v.depth(); z++) {
            for (int y = 0; y < v.height(); y++) {
                for (int x = 0; x < v.width(); x++) {
                    int i = (z * v.height() + y) * v.width() + x;
                    if (m.get(x, y, z) != bit(bits, offset, i)) {
                        fail(what + ": voxel (" + x + ", " + y + ", " + z + ") = " + v.values()[i] + " is "
                                + (bit(bits, offset, i) ? "in" : "out of") + " cv2's mask, not stack3d's");
                    }
                }
            }
        }
        assertEquals(count, m.count(), what + " count");
    }

    static Stream<Arguments> syntheticOtsu() {
        return records("otsu.txt", "synthetic").stream()
                .map(r -> Arguments.of(r[0], Double.parseDouble(r[1]), Long.parseLong(r[2])));
    }

    /**
     * otsu(v) is skimage's threshold_otsu t + 0.5 on integer data, the next float above t on float data (see
     * {@link Otsu}), and the voxels above it are exactly skimage's {@code v > t} (t and that count recorded by
     * make_crosscheck.py in otsu.txt; the volumes are those of inrange.txt).
     */
    @ParameterizedTest(name = "otsu({0}): skimage t = {1}, {2} voxels above")
    @MethodSource("syntheticOtsu")
    void otsuEqualsRecordedSkimageOnRandomVolumes(String name, double t, long above) throws IOException {
        RawVolume v = volume(volumeRecord(name));
        boolean integer = !v.dtype().equals("float32");
        assertEquals(integer ? t + 0.5 : Math.nextUp((float) t), otsu(v.volume()), name + ": skimage t = " + t);
        double max = v.dtype().equals("uint8") ? 255 : v.dtype().equals("uint16") ? 65535 : Float.MAX_VALUE;
        Mask m = inRange(v.volume(), integer ? t + 1 : Math.nextUp((float) t), max);
        for (int z = 0; z < v.depth(); z++) {
            for (int y = 0; y < v.height(); y++) {
                for (int x = 0; x < v.width(); x++) {
                    double value = v.values()[(z * v.height() + y) * v.width() + x];
                    assertEquals(value > t, m.get(x, y, z), name + " voxel (" + x + ", " + y + ", " + z + ") = " + value);
                }
            }
        }
        assertEquals(above, m.count(), name + ": skimage's count(v > t)");
    }

    static Stream<Arguments> dataOtsu() {
        return records("otsu.txt", "data").stream().map(r -> Arguments.of(r[0], r[1], Integer.parseInt(r[2]),
                Integer.parseInt(r[3]), Integer.parseInt(r[4]), Double.parseDouble(r[5]), Long.parseLong(r[6])));
    }

    /**
     * The shared stacks (skipped without {@code -Dstack3d.data}): loadStack gives the size tifffile gave, otsu is
     * skimage's t + 0.5, and {@code count(v > t)} is skimage's (all recorded by make_crosscheck.py in otsu.txt).
     */
    @ParameterizedTest(name = "otsu({0}): skimage t = {5}, {6} voxels above")
    @MethodSource("dataOtsu")
    void otsuEqualsRecordedSkimageOnSharedStacks(String path, String dtype, int w, int h, int d, double t,
            long above) throws IOException {
        Volume v = loadStack(TestData.require(path).toString());
        assertEquals("uint8", dtype, "this test knows 8-bit stacks only");
        Mask all = inRange(v, 0, 255);
        assertEquals(List.of(w, h, d), List.of(all.width(), all.height(), all.depth()), path + " size");
        assertEquals(t + 0.5, otsu(v), path + ": skimage t = " + t);
        assertEquals(above, inRange(v, t + 1, 255).count(), path + ": skimage's count(v > t)");
    }
}
