package io.github.stack3d;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A 3D image: {@code depth} slices of {@code width × height} voxels, stored as one primitive array per slice
 * in the sample type it was read with (8-bit {@code byte[]}, unsigned 16-bit {@code short[]}, 32-bit
 * {@code float[]}), with its voxel {@link Spacing}. Voxel (x, y, z) is {@code slice z, index y * width + x}.
 *
 * <p>Immutable: operations return new volumes. The factories wrap the arrays they are given (no copy); the
 * caller hands them over and must not change them afterwards. Volumes remember the files they were loaded from,
 * so that {@link #describe()} can show the order in which slices were stacked.
 */
public final class Volume implements SliceSource {

    private final int width;
    private final int height;
    private final SampleType type;
    private final Spacing spacing;
    private final byte[][] bytes;
    private final short[][] shorts;
    private final float[][] floats;
    private final List<Path> files;
    /** Computed on first use; the voxels never change, so neither does it. */
    private volatile ValueRange range;

    private Volume(int width, int height, SampleType type, Spacing spacing, byte[][] bytes, short[][] shorts,
                   float[][] floats, List<Path> files) {
        this.width = Checks.requirePositive(width, "width");
        this.height = Checks.requirePositive(height, "height");
        this.type = type;
        this.spacing = Checks.requireNonNull(spacing, "spacing");
        this.bytes = bytes;
        this.shorts = shorts;
        this.floats = floats;
        this.files = List.copyOf(files);
        Object[] slices = bytes != null ? bytes : shorts != null ? shorts : floats;
        Checks.requirePositive(slices.length, "depth");
        for (int z = 0; z < slices.length; z++) {
            int length = slices[z] == null ? -1 : java.lang.reflect.Array.getLength(slices[z]);
            if (length != width * height) {
                throw new IllegalArgumentException("slice " + z + " has " + length + " voxels; expected "
                        + width + "×" + height + " = " + width * height);
            }
        }
    }

    /** An 8-bit volume wrapping {@code slices} (values 0..255 read as unsigned). */
    public static Volume ofBytes(int width, int height, byte[][] slices, Spacing spacing) {
        return new Volume(width, height, SampleType.UINT8, spacing, slices, null, null, List.of());
    }

    /** An unsigned 16-bit volume wrapping {@code slices}. */
    public static Volume ofShorts(int width, int height, short[][] slices, Spacing spacing) {
        return new Volume(width, height, SampleType.UINT16, spacing, null, slices, null, List.of());
    }

    /** A 32-bit float volume wrapping {@code slices}. */
    public static Volume ofFloats(int width, int height, float[][] slices, Spacing spacing) {
        return new Volume(width, height, SampleType.FLOAT32, spacing, null, null, slices, List.of());
    }

    /** The same voxels with another spacing, for stacks whose files carry none or a wrong one. */
    @Override
    public Volume withSpacing(Spacing spacing) {
        return new Volume(width, height, type, spacing, bytes, shorts, floats, files);
    }

    /** The same voxels, remembering the files they were read from (in stacking order), for {@link #describe()}. */
    public Volume withFiles(List<Path> files) {
        return new Volume(width, height, type, spacing, bytes, shorts, floats, files);
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
        return bytes != null ? bytes.length : shorts != null ? shorts.length : floats.length;
    }

    @Override
    public SampleType type() {
        return type;
    }

    @Override
    public Spacing spacing() {
        return spacing;
    }

    /** The files this volume was read from, in stacking order; empty for a volume made in memory. */
    public List<Path> files() {
        return files;
    }

    @Override
    public byte[] bytes(int z) {
        requireType(SampleType.UINT8, "bytes");
        return bytes[Checks.requireSlice(z, depth())];
    }

    @Override
    public short[] shorts(int z) {
        requireType(SampleType.UINT16, "shorts");
        return shorts[Checks.requireSlice(z, depth())];
    }

    @Override
    public float[] floats(int z) {
        requireType(SampleType.FLOAT32, "floats");
        return floats[Checks.requireSlice(z, depth())];
    }

    /** The value of voxel (x, y, z) as a number, whatever the sample type. */
    public double value(int x, int y, int z) {
        Checks.requireInRange(x, 0, width - 1, "x");
        Checks.requireInRange(y, 0, height - 1, "y");
        Checks.requireSlice(z, depth());
        int i = y * width + x;
        return switch (type) {
            case UINT8 -> bytes[z][i] & 0xFF;
            case UINT16 -> shorts[z][i] & 0xFFFF;
            case FLOAT32 -> floats[z][i];
        };
    }

    /** The smallest and largest voxel value (NaN voxels of float volumes are skipped); computed once. */
    public ValueRange range() {
        ValueRange r = range;
        if (r == null) {
            r = computeRange();
            range = r;
        }
        return r;
    }

    private ValueRange computeRange() {
        double[][] perSlice = IntStream.range(0, depth()).parallel().mapToObj(this::sliceRange)
                .toArray(double[][]::new);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] r : perSlice) {
            min = Math.min(min, r[0]);
            max = Math.max(max, r[1]);
        }
        return new ValueRange(min, max);
    }

    private double[] sliceRange(int z) {
        int n = width * height;
        switch (type) {
            case UINT8 -> {
                int min = 255;
                int max = 0;
                for (byte b : bytes[z]) {
                    int v = b & 0xFF;
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
                return new double[] {min, max};
            }
            case UINT16 -> {
                int min = 65535;
                int max = 0;
                for (short s : shorts[z]) {
                    int v = s & 0xFFFF;
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
                return new double[] {min, max};
            }
            default -> {
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    float v = floats[z][i];
                    if (v < min) {
                        min = v;
                    }
                    if (v > max) {
                        max = v;
                    }
                }
                return new double[] {min, max};
            }
        }
    }

    /** Bytes the voxels take in memory. */
    public long sizeInBytes() {
        return voxelCount() * type.bytesPerVoxel();
    }

    /**
     * A report of what this volume is and where it came from: size, type, spacing, value range, and for a loaded
     * stack the number of files and the first and last few names in stacking order, so a wrong order shows.
     */
    public String describe() {
        StringBuilder s = new StringBuilder(toString()).append('\n');
        s.append("  size: ").append(width).append(" × ").append(height).append(" px, ").append(depth())
                .append(depth() == 1 ? " slice" : " slices").append(", ").append(Memory.size(sizeInBytes()))
                .append('\n');
        s.append("  voxel: ").append(spacing).append(", type ").append(type).append(", values ")
                .append(range()).append('\n');
        if (files.isEmpty()) {
            s.append("  made in memory\n");
        } else if (files.size() == 1) {
            s.append("  from 1 file: ").append(files.get(0)).append('\n');
        } else {
            Path folder = files.get(0).toAbsolutePath().getParent();
            s.append("  from ").append(files.size()).append(" files in ").append(folder).append(": ")
                    .append(names(files)).append('\n');
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

    private void requireType(SampleType wanted, String accessor) {
        if (type != wanted) {
            throw new IllegalStateException("volume is " + type + "; " + accessor + "(z) reads " + wanted
                    + " volumes only (use floatSlice(z, buffer) for any type)");
        }
    }

    /** For example {@code Volume[121×154×114, 8-bit, 1.0×1.0×1.0 px]} (width×height×depth). */
    @Override
    public String toString() {
        return "Volume[" + width + "×" + height + "×" + depth() + ", " + type + ", " + spacing + "]";
    }
}
