package io.github.stack3d.io.tiff;

import io.github.stack3d.Checks;
import io.github.stack3d.SampleType;
import io.github.stack3d.SliceSource;
import io.github.stack3d.Spacing;
import io.github.stack3d.Volume;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A TIFF stack on disk that reads a slice each time one is asked for, so that stacks larger than memory can
 * stream through algorithms that need a few slices at a time (thresholding, shell points, marching cubes).
 *
 * <p>Opening reads the headers only (size, type, spacing, where each page is). Each call of {@link #bytes},
 * {@link #shorts} or {@link #floats} decodes that slice from its file and returns a new array, which the caller
 * owns; nothing is cached. Safe for any number of threads: every read opens its own view of the file, and a page
 * of a multipage file is decoded without walking the file's other pages.
 *
 * <pre>{@code
 * LazyStack big = LazyStack.open(StackFiles.resolve("scan/"));   // LazyStack[2048×2048×1500, 16-bit, ...]
 * short[] middle = big.shorts(750);
 * }</pre>
 */
public final class LazyStack implements SliceSource {

    private final TiffStackLayout stack;

    private LazyStack(TiffStackLayout stack) {
        this.stack = stack;
    }

    /**
     * Opens {@code files} (every page of each, in order) as a stack, reading their headers only.
     *
     * @throws IOException naming the file that is missing, not a TIFF, of an unsupported kind, or of another size
     *                     or type than the first
     */
    public static LazyStack open(List<Path> files) throws IOException {
        return new LazyStack(TiffStackLayout.scan(files));
    }

    /**
     * Reads every slice into memory, in parallel, as {@link TiffStackReader#read} does.
     *
     * @throws IOException naming the file and page that could not be decoded
     * @throws IllegalStateException when the volume does not fit in the Java heap
     */
    public Volume load() throws IOException {
        return TiffStackReader.read(stack);
    }

    /** The files, in stacking order. */
    public List<Path> files() {
        return stack.files();
    }

    @Override
    public int width() {
        return stack.width();
    }

    @Override
    public int height() {
        return stack.height();
    }

    @Override
    public int depth() {
        return stack.depth();
    }

    @Override
    public SampleType type() {
        return stack.type();
    }

    @Override
    public Spacing spacing() {
        return stack.spacing();
    }

    /**
     * Slice {@code z} of an 8-bit stack, read from disk now.
     *
     * @throws UncheckedIOException naming the file and page when it cannot be read
     */
    @Override
    public byte[] bytes(int z) {
        return (byte[]) slice(z, SampleType.UINT8, "bytes");
    }

    /**
     * Slice {@code z} of a 16-bit stack, read from disk now.
     *
     * @throws UncheckedIOException naming the file and page when it cannot be read
     */
    @Override
    public short[] shorts(int z) {
        return (short[]) slice(z, SampleType.UINT16, "shorts");
    }

    /**
     * Slice {@code z} of a 32-bit float stack, read from disk now.
     *
     * @throws UncheckedIOException naming the file and page when it cannot be read
     */
    @Override
    public float[] floats(int z) {
        return (float[]) slice(z, SampleType.FLOAT32, "floats");
    }

    private Object slice(int z, SampleType wanted, String accessor) {
        if (stack.type() != wanted) {
            throw new IllegalStateException("stack is " + stack.type() + "; " + accessor + "(z) reads " + wanted
                    + " stacks only (use floatSlice(z, buffer) for any type)");
        }
        TiffPage page = stack.pages().get(Checks.requireSlice(z, depth()));
        try {
            return TiffPageDecoder.decode(page);
        } catch (IOException e) {
            throw new UncheckedIOException("slice " + z + ": " + e.getMessage(), e);
        }
    }

    /** For example {@code LazyStack[512×512×512, 8-bit, 1.0×1.0×1.0 px, 512 files in /tmp/x]}. */
    @Override
    public String toString() {
        return "LazyStack[" + stack.summary() + "]";
    }
}
