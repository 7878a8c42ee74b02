package io.github.stack3d;

/** How a volume's voxels are stored: the sample type of the TIFF files it came from, kept as it is. */
public enum SampleType {
    /** Unsigned 8-bit integers, 0..255, stored as {@code byte[]} slices (read with {@code & 0xFF}). */
    UINT8("8-bit", 1, 0, 255),
    /** Unsigned 16-bit integers, 0..65535, stored as {@code short[]} slices (read with {@code & 0xFFFF}). */
    UINT16("16-bit", 2, 0, 65535),
    /** 32-bit IEEE floats, stored as {@code float[]} slices. */
    FLOAT32("32-bit float", 4, -Float.MAX_VALUE, Float.MAX_VALUE);

    private final String label;
    private final int bytes;
    private final double min;
    private final double max;

    SampleType(String label, int bytes, double min, double max) {
        this.label = label;
        this.bytes = bytes;
        this.min = min;
        this.max = max;
    }

    /** Bytes one voxel takes in memory. */
    public int bytesPerVoxel() {
        return bytes;
    }

    /** Smallest value this type can hold. */
    public double min() {
        return min;
    }

    /** Largest value this type can hold. */
    public double max() {
        return max;
    }

    /** True for the integer types. */
    public boolean isInteger() {
        return this != FLOAT32;
    }

    /** The label used in reports: {@code 8-bit}, {@code 16-bit}, {@code 32-bit float}. */
    @Override
    public String toString() {
        return label;
    }
}
