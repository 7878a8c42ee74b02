package io.github.stack3d;

/**
 * How a stack's voxels are stored, one primitive array per slice, index {@code y * width + x}. This enum is the
 * one place that knows every type: each constant allocates, reads, converts and copies its own slices, so adding a
 * type is one new constant (the compiler then demands each of these methods, and names every {@code switch} on the
 * type elsewhere, which are all switch expressions without a {@code default}).
 */
public enum SampleType {
    /** Bits, packed 64 to a {@code long}: voxel {@code i} is bit {@code i & 63} of word {@code i >>> 6}; masks. */
    BIT("1-bit", 0, 1, long[].class) {
        @Override
        public Object newSlice(int voxels) {
            return new long[words(voxels)];
        }

        @Override
        int length(Object slice, int voxels) {
            long[] bits = (long[]) slice;
            if (bits.length != words(voxels)) {
                return -1;
            }
            if ((voxels & 63) != 0 && bits[bits.length - 1] >>> (voxels & 63) != 0) {
                throw new IllegalArgumentException("a bit slice of " + voxels + " voxels has bits set past its "
                        + "last voxel; they must be 0");
            }
            return voxels;
        }

        @Override
        public double get(Object slice, int i) {
            return (((long[]) slice)[i >>> 6] >>> i) & 1;
        }

        @Override
        public float[] toFloats(Object slice, float[] into) {
            long[] s = (long[]) slice;
            for (int i = 0; i < into.length; i++) {
                into[i] = (s[i >>> 6] >>> i) & 1;
            }
            return into;
        }

        @Override
        public void copy(Object from, int fromIndex, Object to, int toIndex, int n) {
            long[] f = (long[]) from;
            long[] t = (long[]) to;
            for (int k = 0; k < n; k++) {
                int i = fromIndex + k;
                int o = toIndex + k;
                long bit = 1L << o;
                t[o >>> 6] = (f[i >>> 6] >>> i & 1) != 0 ? t[o >>> 6] | bit : t[o >>> 6] & ~bit;
            }
        }
    },
    /** Unsigned 8-bit integers, 0..255, as {@code byte[]} (read with {@code & 0xFF}). */
    UINT8("8-bit", 1, 255, byte[].class) {
        @Override
        public Object newSlice(int voxels) {
            return new byte[voxels];
        }

        @Override
        int length(Object slice, int voxels) {
            return ((byte[]) slice).length;
        }

        @Override
        public double get(Object slice, int i) {
            return ((byte[]) slice)[i] & 0xFF;
        }

        @Override
        public float[] toFloats(Object slice, float[] into) {
            byte[] s = (byte[]) slice;
            for (int i = 0; i < into.length; i++) {
                into[i] = s[i] & 0xFF;
            }
            return into;
        }
    },
    /** Unsigned 16-bit integers, 0..65535, as {@code short[]} (read with {@code & 0xFFFF}). */
    UINT16("16-bit", 2, 65535, short[].class) {
        @Override
        public Object newSlice(int voxels) {
            return new short[voxels];
        }

        @Override
        int length(Object slice, int voxels) {
            return ((short[]) slice).length;
        }

        @Override
        public double get(Object slice, int i) {
            return ((short[]) slice)[i] & 0xFFFF;
        }

        @Override
        public float[] toFloats(Object slice, float[] into) {
            short[] s = (short[]) slice;
            for (int i = 0; i < into.length; i++) {
                into[i] = s[i] & 0xFFFF;
            }
            return into;
        }
    },
    /** Signed 32-bit integers as {@code int[]}: labels (0 is background). */
    INT32("32-bit integer", 4, Integer.MAX_VALUE, int[].class) {
        @Override
        public Object newSlice(int voxels) {
            return new int[voxels];
        }

        @Override
        int length(Object slice, int voxels) {
            return ((int[]) slice).length;
        }

        @Override
        public double get(Object slice, int i) {
            return ((int[]) slice)[i];
        }

        @Override
        public float[] toFloats(Object slice, float[] into) {
            int[] s = (int[]) slice;
            for (int i = 0; i < into.length; i++) {
                into[i] = s[i];
            }
            return into;
        }

        @Override
        public double min() {
            return Integer.MIN_VALUE;
        }
    },
    /** 32-bit IEEE floats as {@code float[]}. */
    FLOAT32("32-bit float", 4, Float.MAX_VALUE, float[].class) {
        @Override
        public Object newSlice(int voxels) {
            return new float[voxels];
        }

        @Override
        int length(Object slice, int voxels) {
            return ((float[]) slice).length;
        }

        @Override
        public double get(Object slice, int i) {
            return ((float[]) slice)[i];
        }

        @Override
        public float[] toFloats(Object slice, float[] into) {
            System.arraycopy((float[]) slice, 0, into, 0, into.length);
            return into;
        }

        @Override
        public double min() {
            return -Float.MAX_VALUE;
        }
    };

    private final String label;
    private final int bytes;
    private final double max;
    private final Class<?> arrayClass;

    SampleType(String label, int bytes, double max, Class<?> arrayClass) {
        this.label = label;
        this.bytes = bytes;
        this.max = max;
        this.arrayClass = arrayClass;
    }

    /** A new slice of {@code voxels} voxels, all 0. */
    public abstract Object newSlice(int voxels);

    /** The voxel count of {@code slice} when it is a slice of this type holding {@code voxels}; -1 when not. */
    abstract int length(Object slice, int voxels);

    /** Voxel {@code i} of {@code slice} as a number. */
    public abstract double get(Object slice, int i);

    /** Every voxel of {@code slice} as a float into {@code into} (its length is the slice's voxel count). */
    public abstract float[] toFloats(Object slice, float[] into);

    /** Copies {@code n} voxels from {@code from[fromIndex..]} to {@code to[toIndex..]}. */
    public void copy(Object from, int fromIndex, Object to, int toIndex, int n) {
        System.arraycopy(from, fromIndex, to, toIndex, n);
    }

    /**
     * Checks that {@code slice} is a slice of this type holding {@code voxels} voxels.
     *
     * @throws IllegalArgumentException naming {@code what} when it is null, of another type or another size
     */
    public void requireSlice(Object slice, int voxels, String what) {
        if (slice == null) {
            throw new IllegalArgumentException(what + " is null; expected " + voxels + " " + this + " voxels");
        }
        int n;
        try {
            n = length(slice, voxels);
        } catch (ClassCastException e) {
            throw new IllegalArgumentException(what + " is a " + slice.getClass().getSimpleName() + "; expected a "
                    + arrayName() + " for " + this + " voxels", e);
        }
        if (n != voxels) {
            throw new IllegalArgumentException(what + " has " + (this == BIT ? ((long[]) slice).length + " words"
                    : java.lang.reflect.Array.getLength(slice) + " voxels") + "; expected "
                    + (this == BIT ? words(voxels) + " words for " + voxels + " voxels" : voxels + " voxels"));
        }
    }

    /** True when {@code array} is a slice array of this type for {@code voxels} voxels (any values). */
    public boolean fits(Object array, int voxels) {
        return array != null && array.getClass() == arrayClass
                && java.lang.reflect.Array.getLength(array) == (this == BIT ? words(voxels) : voxels);
    }

    /** The Java array one slice is: {@code long[]}, {@code byte[]}, {@code short[]}, {@code int[]}, {@code float[]}. */
    public String arrayName() {
        return arrayClass.getComponentType().getName() + "[]";
    }

    /** Bytes one voxel takes in memory; 0 for {@link #BIT}, which takes one eighth (see {@link #bytes(long)}). */
    public int bytesPerVoxel() {
        return bytes;
    }

    /** Bytes {@code voxels} voxels take in memory. */
    public long bytes(long voxels) {
        return this == BIT ? ((voxels + 63) >>> 6) * 8 : voxels * bytes;
    }

    /** Smallest value this type can hold. */
    public double min() {
        return 0;
    }

    /** Largest value this type can hold. */
    public double max() {
        return max;
    }

    /** True for every type but {@link #FLOAT32}. */
    public boolean isInteger() {
        return this != FLOAT32;
    }

    /** Words of 64 bits that hold {@code voxels} bits. */
    public static int words(int voxels) {
        return (int) ((voxels + 63L) >>> 6);
    }

    /** The label used in reports: {@code 1-bit}, {@code 8-bit}, {@code 16-bit}, {@code 32-bit float}, ... */
    @Override
    public String toString() {
        return label;
    }
}
