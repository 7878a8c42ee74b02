package io.github.stack3d.io.mesh;

import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * The scalar types of PLY properties, under their classic names and their sized aliases
 * ({@code char}/{@code int8} ... {@code double}/{@code float64}), with their size and value range.
 */
enum PlyType {
    CHAR("char", "int8", 1, Byte.MIN_VALUE, Byte.MAX_VALUE),
    UCHAR("uchar", "uint8", 1, 0, 0xFF),
    SHORT("short", "int16", 2, Short.MIN_VALUE, Short.MAX_VALUE),
    USHORT("ushort", "uint16", 2, 0, 0xFFFF),
    INT("int", "int32", 4, Integer.MIN_VALUE, Integer.MAX_VALUE),
    UINT("uint", "uint32", 4, 0, 0xFFFF_FFFFL),
    FLOAT("float", "float32", 4, 0, 0),
    DOUBLE("double", "float64", 8, 0, 0);

    final String word;
    final String alias;
    final int size;
    final long min;
    final long max;

    PlyType(String word, String alias, int size, long min, long max) {
        this.word = word;
        this.alias = alias;
        this.size = size;
        this.min = min;
        this.max = max;
    }

    /** True for the whole-number types. */
    boolean isInteger() {
        return this != FLOAT && this != DOUBLE;
    }

    /** Reads a value of this type from the buffer (which has {@link #size} bytes left), as a double. */
    double read(ByteBuffer b) {
        switch (this) {
            case FLOAT:
                return b.getFloat();
            case DOUBLE:
                return b.getDouble();
            default:
                return readInteger(b);
        }
    }

    /** Reads a whole number of this type (which must be an integer type) from the buffer. */
    long readInteger(ByteBuffer b) {
        switch (this) {
            case CHAR:
                return b.get();
            case UCHAR:
                return b.get() & 0xFF;
            case SHORT:
                return b.getShort();
            case USHORT:
                return b.getShort() & 0xFFFF;
            case INT:
                return b.getInt();
            case UINT:
                return b.getInt() & 0xFFFF_FFFFL;
            default:
                throw new IllegalStateException(word + " is not an integer type");
        }
    }

    /** The type named {@code name} in a header, if there is one. */
    static Optional<PlyType> named(String name) {
        for (PlyType t : values()) {
            if (t.word.equals(name) || t.alias.equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return word;
    }
}
