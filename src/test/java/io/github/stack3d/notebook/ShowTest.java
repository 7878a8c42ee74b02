package io.github.stack3d.notebook;

import io.github.stack3d.Stack3D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code Stack3D.show} outside IJava: a PNG in the working folder and its path on standard output. */
class ShowTest {

    /** What {@link #showsAPngOutsideTheKernel} runs in a fresh JVM whose working folder is a temporary one. */
    public static final class Job {
        public static void main(String[] args) throws Exception {
            Stack3D.show(DisplayTest.ramp());
            Stack3D.show(Stack3D.toImage(Stack3D.histogram(DisplayTest.ramp())));
        }
    }

    @Test
    void showsAPngOutsideTheKernel(@TempDir Path dir) throws Exception {
        // the class path without the kernel's jar: show must not need it
        String cp = Arrays.stream(System.getProperty("surefire.test.class.path",
                        System.getProperty("java.class.path")).split(File.pathSeparator))
                .filter(e -> !e.contains("spencerpark")).collect(Collectors.joining(File.pathSeparator));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path out = dir.resolve("out.txt");
        Process p = new ProcessBuilder(java.toString(), "-Djava.awt.headless=true", "-cp", cp, Job.class.getName())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "job finished");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), String.join("\n", lines));
        Path first = dir.toRealPath().resolve("stack3d-show-1.png");
        Path second = dir.toRealPath().resolve("stack3d-show-2.png");
        assertEquals(2, lines.size(), String.join("\n", lines));
        assertEquals(first, Path.of(lines.get(0)).toRealPath(), "the first path printed");
        assertEquals(second, Path.of(lines.get(1)).toRealPath(), "the second path printed");
        BufferedImage montage = ImageIO.read(first.toFile());
        assertEquals(Stack3D.montage(DisplayTest.ramp(), 9).getWidth(), montage.getWidth(), "the volume's montage");
        assertEquals(720, ImageIO.read(second.toFile()).getWidth(), "the chart's picture, 720 px wide");
        try (var files = Files.list(dir)) {
            assertEquals(3, files.count(), "two PNGs and out.txt, no temporary files left");
        }
    }

    @Test
    void aValueWithoutAPictureIsItsText(@TempDir Path dir) throws Exception {
        assertEquals("plain", Display.show("plain", dir));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void nullIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Stack3D.show(null));
        assertTrue(e.getMessage().contains("x"), e.getMessage());
    }
}
