package io.github.stack3d.extract;

import static io.github.stack3d.CrossCheckFixtures.dir;
import static io.github.stack3d.CrossCheckFixtures.records;
import static io.github.stack3d.CrossCheckFixtures.sha256;
import static io.github.stack3d.CrossCheckFixtures.sortedLines;
import static io.github.stack3d.Stack3D.inRange;
import static io.github.stack3d.Stack3D.loadStack;
import static io.github.stack3d.Stack3D.shellPoints;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.stack3d.PointCloud;
import io.github.stack3d.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code shellPoints(inRange(loadStack(input), lo, hi))} holds exactly the points of the seed program's PLY
 * ({@code shared/seed/seed_shell.py INPUT out.ply --lo LO --hi HI --slice-thickness 1}), recorded in
 * {@code src/test/resources/crosscheck/shell.txt} by {@code /usr/bin/python3
 * src/test/resources/crosscheck/make_crosscheck.py --data ../shared/data --seed ../shared/seed/seed_shell.py}, so
 * that "identical to the seed program" is checked without Python (the live check in {@link ShellPointsTest} still
 * runs where {@code /usr/bin/python3} has cv2).
 */
class RecordedSeedTest {

    static Stream<Arguments> smallStacks() {
        return records("shell.txt", "points").stream().map(r -> Arguments.of(r[0], Double.parseDouble(r[1]),
                Double.parseDouble(r[2]), Integer.parseInt(r[3]), r[4], r[5]));
    }

    /**
     * The two small stacks in crosscheck/shell (12 unpadded slice files, which only a natural sort stacks right;
     * one big-endian zlib multipage TIFF): the full point list is stored, so a failure names the points.
     */
    @ParameterizedTest(name = "seed_shell.py {0} --lo {1} --hi {2}: {3} points")
    @MethodSource("smallStacks")
    void shellPointsEqualTheRecordedSeedOutput(String input, double lo, double hi, int count, String sha,
            String file) throws IOException {
        List<String> expected = Files.readAllLines(dir().resolve(file), StandardCharsets.UTF_8);
        assertEquals(count, expected.size(), file + " holds the recorded count");
        assertEquals(sha, sha256(expected), file + " is the recorded text");
        PointCloud ours = shellPoints(inRange(loadStack(dir().resolve(input).toString()), lo, hi));
        List<String> actual = sortedLines(ours);
        assertEquals(actual.size(), new HashSet<>(actual).size(), "no point twice");
        if (!expected.equals(actual)) {
            fail(input + " inRange(" + lo + ", " + hi + "): " + ours.size() + " points, the seed " + count
                    + "; only the seed's (x y z): " + firstOnlyIn(expected, actual) + "; only ours: "
                    + firstOnlyIn(actual, expected));
        }
    }

    /** Up to 8 lines of {@code a} that {@code b} lacks. */
    private static List<String> firstOnlyIn(List<String> a, List<String> b) {
        Set<String> other = new HashSet<>(b);
        List<String> out = new ArrayList<>();
        for (String s : a) {
            if (!other.contains(s) && out.size() < 8) {
                out.add(s);
            }
        }
        return out;
    }

    static Stream<Arguments> sharedStacks() {
        return records("shell.txt", "data").stream().map(r -> Arguments.of(r[0], Double.parseDouble(r[1]),
                Double.parseDouble(r[2]), Integer.parseInt(r[3]), r[4]));
    }

    /** The 114 cochlea slices (skipped without the shared data): the recorded count and SHA-256 of the point set. */
    @ParameterizedTest(name = "seed_shell.py {0} --lo {1} --hi {2}: {3} points")
    @MethodSource("sharedStacks")
    void shellPointsEqualTheRecordedSeedOutputOnSharedStacks(String input, double lo, double hi, int count,
            String sha) throws IOException {
        PointCloud ours = shellPoints(inRange(loadStack(TestData.require(input).toString()), lo, hi));
        List<String> actual = sortedLines(ours);
        assertEquals(count, ours.size(), input + " inRange(" + lo + ", " + hi + ") point count");
        assertEquals(actual.size(), new HashSet<>(actual).size(), "no point twice");
        assertEquals(sha, sha256(actual), input + " inRange(" + lo + ", " + hi + "): SHA-256 of the sorted points");
    }
}
