package io.github.stack3d.io;

import io.github.stack3d.Chart;
import io.github.stack3d.Checks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes charts as SVG files: an XML declaration and the chart's {@code <svg>} element ({@link Chart#svg()}), in
 * UTF-8, atomically ({@link AtomicWrite}): complete, or not there at all. Browsers, Inkscape and Illustrator open
 * them.
 */
public final class SvgWriter {

    private SvgWriter() {
    }

    /**
     * Writes {@code chart} to {@code file}, replacing an existing file.
     *
     * @return {@code file}
     * @throws IOException naming the file when its folder is missing or not writable, or writing fails
     */
    public static Path write(Chart chart, Path file) throws IOException {
        Checks.requireNonNull(chart, "chart");
        Checks.requireNonNull(file, "file");
        byte[] svg = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + chart.svg() + "\n")
                .getBytes(StandardCharsets.UTF_8);
        return AtomicWrite.write(file, out -> out.write(svg));
    }
}
