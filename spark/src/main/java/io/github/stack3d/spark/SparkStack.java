package io.github.stack3d.spark;

import io.github.stack3d.Checks;
import io.github.stack3d.Grid;
import io.github.stack3d.SampleType;
import io.github.stack3d.Volume;
import io.github.stack3d.io.tiff.StackFiles;
import io.github.stack3d.io.tiff.TiffStackReader;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A stack on storage every executor reads (a shared file system, or one copied to the same path on each node),
 * described by strings and numbers only so that it travels with the tasks: its files, the slice size, sample type,
 * depth and grid. The driver reads the headers once ({@link #open}); a task opens only the files of the slices its
 * slab reads ({@link #slices}).
 *
 * <p>Two layouts: a folder (or glob) of single-page TIFF slices, one file per slice in natural order, or one
 * multipage TIFF (a task then reads that file's page directory, and only its slab's pages).
 */
public final class SparkStack implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String location;
    private final String[] files;
    private final int width;
    private final int height;
    private final int depth;
    private final SampleType type;
    private final double[] grid;
    private final String unit;

    private SparkStack(String location, String[] files, int width, int height, int depth, SampleType type,
                       Grid grid) {
        this.location = location;
        this.files = files;
        this.width = width;
        this.height = height;
        this.depth = depth;
        this.type = type;
        this.grid = new double[] {grid.sx(), grid.sy(), grid.sz(), grid.ox(), grid.oy(), grid.oz()};
        this.unit = grid.unit();
    }

    /**
     * Reads the headers of the stack at {@code location}: a folder of slices, a glob, or one multipage TIFF.
     *
     * @throws IOException naming the file that is missing, not a TIFF, or differs from the others, or when the
     *                     stack mixes multipage files with others (no slab can then name its files)
     */
    public static SparkStack open(String location) throws IOException {
        Checks.requireNonNull(location, "stack");
        List<Path> paths = StackFiles.resolve(location);
        Volume v = TiffStackReader.open(paths);
        if (paths.size() != 1 && paths.size() != v.depth()) {
            throw new IOException(location + ": " + paths.size() + " files hold " + v.depth() + " slices; a cluster "
                    + "job reads a folder of single-page slices or one multipage TIFF");
        }
        String[] names = new String[paths.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = paths.get(i).toAbsolutePath().toString();
        }
        return new SparkStack(location, names, v.width(), v.height(), v.depth(), v.type(), v.grid());
    }

    /** This stack with another grid (spacing, origin and unit), as the command line's {@code --spacing}. */
    public SparkStack withGrid(Grid grid) {
        Checks.requireNonNull(grid, "grid");
        return new SparkStack(location, files, width, height, depth, type, grid);
    }

    /** The voxels along the stack's longest side. */
    public int longestSide() {
        return Math.max(width, Math.max(height, depth));
    }

    /** The stack's slices. */
    public int depth() {
        return depth;
    }

    /** The voxel size, origin and unit. */
    public Grid grid() {
        return new Grid(grid[0], grid[1], grid[2], grid[3], grid[4], grid[5], unit);
    }

    /** The files read, in stacking order. */
    public List<String> files() {
        return List.of(files);
    }

    /** The sample type of every slice. */
    public SampleType type() {
        return type;
    }

    /**
     * The whole stack as a volume on disk of which only slices {@code first .. last} can be read: the files of
     * those slices are opened now (their headers read), and any other slice throws.
     *
     * @throws UncheckedIOException naming the file when one cannot be opened
     */
    public Volume slices(int first, int last) {
        Volume opened = open(first, last);
        int offset = files.length == 1 ? 0 : first;
        return Volume.onDemand(type, width, height, depth, grid(), opened.files(), z -> {
            if (z < first || z > last) {
                throw new IllegalStateException("slice " + z + " is outside the slices " + first + ".." + last
                        + " this task reads");
            }
            return opened.slice(z - offset);
        });
    }

    /** Slices {@code first .. last} as a stack of their own (slice 0 is slice {@code first}), read on demand. */
    public Volume range(int first, int last) {
        Volume opened = open(first, last);
        int offset = files.length == 1 ? first : 0;
        return Volume.onDemand(type, width, height, last - first + 1, grid(), opened.files(),
                z -> opened.slice(z + offset));
    }

    /** The files holding slices {@code first .. last}, opened, checked against the stack the driver read. */
    private Volume open(int first, int last) {
        Checks.requireInRange(first, 0, depth - 1, "first");
        Checks.requireInRange(last, first, depth - 1, "last");
        boolean single = files.length == 1;
        List<Path> paths = new ArrayList<>();
        for (int z = single ? 0 : first; z <= (single ? 0 : last); z++) {
            paths.add(Path.of(files[z]));
        }
        Volume opened;
        try {
            opened = TiffStackReader.open(paths);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        if (opened.width() != width || opened.height() != height || opened.type() != type
                || opened.depth() != (single ? depth : last - first + 1)) {
            throw new IllegalStateException(paths.get(0) + " changed since the job started: it is " + opened
                    + ", but the stack was " + width + "×" + height + "×" + depth + " " + type);
        }
        return opened;
    }

    @Override
    public String toString() {
        return "SparkStack[" + location + ": " + width + "×" + height + "×" + depth + " " + type + ", "
                + files.length + (files.length == 1 ? " file" : " files") + "]";
    }
}
