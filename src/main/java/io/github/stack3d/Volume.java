package io.github.stack3d;

import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * A 3D grey image: {@code depth} slices of {@code width × height} voxels in the sample type they were read with
 * (8-bit {@code byte[]}, unsigned 16-bit {@code short[]} or 32-bit {@code float[]}, one array per slice, index
 * {@code y * width + x}), placed in space by its {@link Grid}.
 *
 * <p>A volume is either in memory ({@link #inMemory()}: {@code loadStack}, and every computed volume) or on disk
 * ({@code openStack}), where each slice is read when an algorithm asks for it, so that a stack larger than memory
 * streams; {@link #load()} brings it into memory. Immutable: operations return new volumes. The factories wrap the
 * arrays they are given (no copy); the caller hands them over and must not change them afterwards. Volumes
 * remember the files they came from, so that {@link #describe()} shows the order in which slices were stacked.
 */
public final class Volume implements SliceSource {

    private final int width;
    private final int height;
    private final SampleType type;
    private final Grid grid;
    private final Slices slices;
    private final List<Path> files;
    private final List<String> notes;
    /** Computed on first use; the voxels never change, so neither does it. */
    private volatile ValueRange range;

    private Volume(int width, int height, SampleType type, Grid grid, Slices slices, List<Path> files) {
        this(width, height, type, grid, slices, files, List.of());
    }

    private Volume(int width, int height, SampleType type, Grid grid, Slices slices, List<Path> files,
                   List<String> notes) {
        this.width = width;
        this.height = height;
        this.type = type;
        this.grid = Checks.requireNonNull(grid, "grid");
        this.slices = slices;
        this.files = List.copyOf(Checks.requireNonNull(files, "files"));
        this.notes = List.copyOf(Checks.requireNonNull(notes, "notes"));
    }

    /** An 8-bit volume wrapping {@code slices} ({@code slices[z][y * width + x]}, values 0..255 read unsigned). */
    public static Volume ofBytes(int width, int height, byte[][] slices, Grid grid) {
        return of(SampleType.UINT8, width, height, slices, grid);
    }

    /** An unsigned 16-bit volume wrapping {@code slices}. */
    public static Volume ofShorts(int width, int height, short[][] slices, Grid grid) {
        return of(SampleType.UINT16, width, height, slices, grid);
    }

    /** A 32-bit float volume wrapping {@code slices}. */
    public static Volume ofFloats(int width, int height, float[][] slices, Grid grid) {
        return of(SampleType.FLOAT32, width, height, slices, grid);
    }

    /**
     * A volume of any grey type wrapping {@code slices}, each an array of that type ({@link SampleType#newSlice}).
     *
     * @throws IllegalArgumentException naming the slice that is null or of another size or type, or when
     *                                  {@code type} is not a grey type (8-bit, 16-bit or float)
     */
    public static Volume of(SampleType type, int width, int height, Object[] slices, Grid grid) {
        requireGrey(type);
        return new Volume(width, height, type, grid, Slices.stored(type, width, height, slices, "slices"),
                List.of());
    }

    /**
     * A volume whose slices are made when asked for, by {@code reader} (for example decoded from a file), never
     * all held at once: what {@code openStack} returns.
     *
     * @param reader makes slice {@code z} as a new array of {@code type}; it may throw
     *               {@link java.io.UncheckedIOException} naming the file
     * @param files  the files read, in stacking order (may be empty)
     */
    public static Volume onDemand(SampleType type, int width, int height, int depth, Grid grid, List<Path> files,
                                  IntFunction<?> reader) {
        requireGrey(type);
        return new Volume(width, height, type, grid, Slices.made(type, width, height, depth, reader), files);
    }

    /**
     * A volume whose slices are read when asked for, by {@code reader}, into an array given back for reuse where
     * the caller streams ({@link SliceSource#slice(int, Object)}): as {@link #onDemand(SampleType, int, int, int,
     * Grid, List, IntFunction)} otherwise.
     */
    public static Volume onDemandInto(SampleType type, int width, int height, int depth, Grid grid, List<Path> files,
                                      SliceReader reader) {
        requireGrey(type);
        return new Volume(width, height, type, grid, Slices.made(type, width, height, depth, reader), files);
    }

    /** Reads slice {@code z} of a volume on disk when asked for. */
    @FunctionalInterface
    public interface SliceReader {
        /**
         * Slice {@code z}: a new array of the volume's type, or {@code reuse} (a slice array this reader returned
         * before, which its caller gives up; may be null) with slice {@code z} written into it.
         */
        Object read(int z, Object reuse);
    }

    private static void requireGrey(SampleType type) {
        Checks.requireNonNull(type, "type");
        if (type == SampleType.BIT || type == SampleType.INT32) {
            throw new IllegalArgumentException("a volume holds 8-bit, 16-bit or float values, not " + type
                    + (type == SampleType.BIT ? " (that is a Mask)" : " (that is Labels)"));
        }
    }

    /** The same voxels placed by another grid, for stacks whose files carry none or a wrong one. */
    public Volume withGrid(Grid grid) {
        return new Volume(width, height, type, grid, slices, files, notes);
    }

    /** The same voxels, remembering the files they were read from (in stacking order), for {@link #describe()}. */
    public Volume withFiles(List<Path> files) {
        return new Volume(width, height, type, grid, slices, files, notes);
    }

    /**
     * The same voxels with notes on how they were read that a person should know (for example that some slices
     * were RGB and became luminance), shown by {@link #describe()}.
     */
    public Volume withNotes(List<String> notes) {
        return new Volume(width, height, type, grid, slices, files, notes);
    }

    /** The notes on how this volume was read ({@link #withNotes}); empty for most volumes. */
    public List<String> notes() {
        return notes;
    }

    /**
     * This volume in memory: every slice read (in parallel) and kept; the volume itself when it already is.
     *
     * @throws IllegalStateException when the voxels do not fit in the Java heap (with advice)
     * @throws java.io.UncheckedIOException naming the file when a slice cannot be read
     */
    public Volume load() {
        if (slices.inMemory()) {
            return this;
        }
        Volume v = new Volume(width, height, type, grid, slices.load(toString()), files, notes);
        v.range = range;
        return v;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public int depth() {
        return slices.depth();
    }

    @Override
    public SampleType type() {
        return type;
    }

    @Override
    public Grid grid() {
        return grid;
    }

    @Override
    public Object slice(int z) {
        return slices.get(z);
    }

    @Override
    public Object slice(int z, Object reuse) {
        return slices.get(z, reuse);
    }

    @Override
    public boolean inMemory() {
        return slices.inMemory();
    }

    /** The files this volume was read from, in stacking order; empty for a volume made in memory. */
    public List<Path> files() {
        return files;
    }

    /** The value of voxel (x, y, z) as a number, whatever the sample type (a volume on disk reads slice z). */
    public double value(int x, int y, int z) {
        Checks.requireInRange(x, 0, width - 1, "x");
        Checks.requireInRange(y, 0, height - 1, "y");
        return type.get(slice(z), y * width + x);
    }

    /**
     * The smallest and largest voxel value (NaN voxels of float volumes are skipped); computed once, in one
     * parallel pass over the slices (which reads a volume on disk once).
     */
    public ValueRange range() {
        ValueRange r = range;
        if (r == null) {
            r = ValueRange.of(this);
            range = r;
        }
        return r;
    }

    /**
     * A report of what this volume is and where it came from: size, type, grid, value range (for a volume in
     * memory), and for a loaded stack the number of files and the first and last few names in stacking order, so a
     * wrong order shows, then its {@linkplain #notes() notes}.
     */
    public String describe() {
        StringBuilder s = new StringBuilder(toString()).append('\n');
        s.append("  size: ").append(width).append(" × ").append(height).append(" px, ").append(depth())
                .append(depth() == 1 ? " slice" : " slices").append(", ").append(Memory.size(sizeInBytes()))
                .append(inMemory() ? " in memory" : " on disk, read slice by slice when needed").append('\n');
        s.append("  voxel: ").append(grid).append(", type ").append(type);
        if (inMemory() || range != null) {
            s.append(", values ").append(range());
        }
        s.append('\n');
        if (files.isEmpty()) {
            s.append("  made in memory\n");
        } else if (files.size() == 1) {
            s.append("  from 1 file: ").append(files.get(0)).append('\n');
        } else {
            Path folder = files.get(0).toAbsolutePath().getParent();
            s.append("  from ").append(files.size()).append(" files in ").append(folder).append(": ")
                    .append(names(files)).append('\n');
        }
        for (String note : notes) {
            s.append("  note: ").append(note).append('\n');
        }
        return s.toString();
    }

    private static String names(List<Path> files) {
        int n = files.size();
        if (n <= 8) {
            return files.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", "));
        }
        return names(files.subList(0, 3)) + ", … " + names(files.subList(n - 3, n));
    }

    /**
     * For example {@code Volume[121×154×114, 8-bit, 1.0×1.0×1.0 px]} (width×height×depth), and for a volume read
     * on demand {@code Volume[512×512×512, 8-bit, 1.0×1.0×1.0 px, on disk: 512 files in /data/scan]}.
     */
    @Override
    public String toString() {
        String where = "";
        if (!inMemory()) {
            where = files.isEmpty() ? ", computed slice by slice" : files.size() == 1 ? ", on disk: " + files.get(0)
                    : ", on disk: " + files.size() + " files in " + files.get(0).toAbsolutePath().getParent();
        }
        return "Volume[" + width + "×" + height + "×" + depth() + ", " + type + ", " + grid + where + "]";
    }
}
