package io.github.stack3d.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.RenderMode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parser's rules, which are picocli's as the commands used them (messages quoted from picocli 4.7). */
class OptionsTest {

    /** A command's fields, bound to its options. */
    static final class Fields {
        String stack;
        String out;
        Double level;
        double lo;
        int frames;
        boolean below;
        RenderMode mode;
        Boolean progress;
        boolean verbose;

        Options options() {
            return new Options("A test command.")
                    .parameter("STACK", "the stack", Options.TEXT, v -> stack = v)
                    .parameter("OUT", "the output", Options.TEXT, v -> out = v)
                    .option("--level", "L", "the level", Options.DOUBLE, v -> level = v)
                    .option("--lo", "<lo>", "lower bound (default ${DEFAULT-VALUE})", "0", Options.DOUBLE, v -> lo = v)
                    .option("--frames", "<frames>", "frames (default ${DEFAULT-VALUE})", "36", Options.INT,
                            v -> frames = v)
                    .option("--mode", "<mode>", "the mode (default ${DEFAULT-VALUE})", "COMPOSITE",
                            Options.oneOf(RenderMode.class), v -> mode = v)
                    .flag("--below", "below the level", v -> below = v)
                    .negatable("--progress", "progress bars", v -> progress = v)
                    .flag("--verbose", "the stack trace", v -> verbose = v);
        }
    }

    private static String usageError(String... words) {
        return assertThrows(UsageException.class, () -> new Fields().options().parse(words, 0)).getMessage();
    }

    @Test
    void valuesFollowTheOptionOrAnEqualsSign() {
        Fields f = new Fields();
        f.options().parse(new String[] {"--level", "3.5", "a", "--lo=-2", "b.ply", "--frames=7", "--below"}, 0);
        assertEquals(3.5, f.level);
        assertEquals(-2, f.lo);
        assertEquals(7, f.frames);
        assertTrue(f.below);
        assertEquals("a", f.stack);
        assertEquals("b.ply", f.out);
    }

    @Test
    void defaultsAreConvertedAndHelpShowsThem() {
        Fields f = new Fields();
        Options o = f.options();
        o.parse(new String[] {"a", "b"}, 0);
        assertEquals(0, f.lo);
        assertEquals(36, f.frames);
        assertEquals(RenderMode.COMPOSITE, f.mode);
        assertNull(f.level);
        assertFalse(f.below);
        StringWriter help = new StringWriter();
        Help.print(new PrintWriter(help), "stack3d test", o, Map.of());
        String text = help.toString();
        assertTrue(text.startsWith("Usage: stack3d test [-hV] [--below] [--[no-]progress] [--verbose]\n"
                + " ".repeat(20) + "[--frames=<frames>] [--level=L] [--lo=<lo>] [--mode=<mode>]\n"
                + " ".repeat(20) + "STACK OUT\n"
                + "A test command.\n"), text);
        assertTrue(text.contains("\n      --frames=<frames>   frames (default 36)\n"), text);
        assertTrue(text.contains("\n      --mode=<mode>       the mode (default COMPOSITE)\n"), text);
        assertTrue(text.contains("\n      STACK" + " ".repeat(15) + "the stack\n"), text);
        assertTrue(text.contains("\n  -h, --help" + " ".repeat(14) + "Show this help message and exit.\n"), text);
        assertFalse(text.contains("Commands:"), text);
    }

    @Test
    void enumValuesInAnyCase() {
        Fields f = new Fields();
        f.options().parse(new String[] {"a", "b", "--mode", "mIp"}, 0);
        assertEquals(RenderMode.MIP, f.mode);
        assertEquals("Invalid value for option '--mode': expected one of [MIP, COMPOSITE, ISOSURFACE] "
                + "(case-insensitive) but was 'foo'", usageError("a", "b", "--mode", "foo"));
    }

    @Test
    void negatableFlag() {
        for (String[] words : new String[][] {{"a", "b", "--progress"}, {"a", "b", "--no-progress"}, {"a", "b"}}) {
            Fields f = new Fields();
            f.options().parse(words, 0);
            assertEquals(words.length == 2 ? null : words[2].equals("--progress"), f.progress, String.join(" ", words));
        }
        Fields f = new Fields();
        f.options().parse(new String[] {"a", "b", "--no-progress=false", "--verbose=TRUE"}, 0);
        assertTrue(f.progress && f.verbose);
        assertEquals("option '--progress' should be specified only once",
                usageError("a", "b", "--progress", "--no-progress"));
        assertEquals("Unknown option: '--no-below'", usageError("a", "b", "--no-below"));
    }

    @Test
    void wrongValuesNameTheOptionAndTheValue() {
        assertEquals("Invalid value for option '--lo': 'ten' is not a double", usageError("a", "b", "--lo", "ten"));
        assertEquals("Invalid value for option '--frames': '2.5' is not an int", usageError("a", "b", "--frames=2.5"));
        assertEquals("Invalid value for option '--below': 'yes' is not a boolean", usageError("a", "b", "--below=yes"));
        assertEquals("Missing required parameter for option '--level' (L)", usageError("a", "b", "--level"));
        assertEquals("Expected parameter for option '--level' but found '--below'",
                usageError("a", "b", "--level", "--below"));
        assertEquals("option '--lo' (<lo>) should be specified only once", usageError("a", "b", "--lo=1", "--lo", "2"));
    }

    @Test
    void missingParametersAndUnknownWords() {
        assertEquals("Missing required parameter: 'OUT'", usageError("a"));
        assertEquals("Missing required parameters: 'STACK', 'OUT'", usageError("--below"));
        assertEquals("Unknown option: '--levle'", usageError("a", "b", "--levle"));
        assertEquals("Unknown options: '--levle', '3'", usageError("a", "b", "--levle", "3"));
        assertEquals("Unmatched argument at index 2: 'c'", usageError("a", "b", "c"));
        assertEquals("Unmatched arguments from index 2: 'c', 'd'", usageError("a", "b", "c", "d"));
    }

    @Test
    void helpAndVersionWinOverMistakes() {
        Options o = new Fields().options();
        o.parse(new String[] {"--levle", "--help"}, 0);
        assertTrue(o.help());
        Options cluster = new Fields().options();
        cluster.parse(new String[] {"-hV"}, 0);
        assertTrue(cluster.help() && cluster.version());
        Options version = new Fields().options();
        version.parse(new String[] {"a", "-V", "--lo", "x"}, 0);
        assertTrue(version.version() && !version.help());
    }

    @Test
    void doubleDashEndsTheOptionsAndNegativeNumbersAreWords() {
        Fields f = new Fields();
        f.options().parse(new String[] {"-5", "--", "--help"}, 0);
        assertEquals("-5", f.stack);
        assertEquals("--help", f.out);
    }

    @Test
    void aCommandNameEndsTheWordsOfTheLevelAbove() {
        boolean[] verbose = new boolean[1];
        Options top = new Options("top").flag("--verbose", "the stack trace", v -> verbose[0] = v);
        assertEquals(1, top.parse(new String[] {"--verbose", "mesh", "--levle"}, 0, "mesh"::equals));
        assertTrue(verbose[0]);
        assertEquals("Unmatched arguments from index 0: 'meshh', 'x'", assertThrows(UsageException.class,
                () -> new Options("top").parse(new String[] {"meshh", "x"}, 0, "mesh"::equals)).getMessage());
    }

    @Test
    void unmatchedWordsGoWhereTheCommandSays() {
        List<String> rest = new ArrayList<>();
        boolean[] verbose = new boolean[1];
        new Options("jshell").flag("--verbose", "the stack trace", v -> verbose[0] = v).unmatched(rest::add)
                .parse(new String[] {"-R-Xmx8g", "--verbose", "script.jsh", "--startup=X"}, 0);
        assertEquals(List.of("-R-Xmx8g", "script.jsh", "--startup=X"), rest);
        assertTrue(verbose[0]);
    }
}
