package io.github.stack3d;

/**
 * One of the stack's three axes: x (columns, to the right in a slice image), y (rows, down it) and z (slices, in
 * stacking order). A projection along an axis collapses it; a picture of the other two shows them as
 * {@link #right()} and {@link #down()} say.
 */
public enum Axis {
    /** Columns: a projection along x shows z to the right and y down (as the YZ plane of orthogonal views). */
    X,
    /** Rows: a projection along y shows x to the right and z down (as the XZ plane of orthogonal views). */
    Y,
    /** Slices: a projection along z shows x to the right and y down, as a slice is shown. */
    Z;

    /** The axis a picture along this axis shows to the right: z for {@link #X}, x otherwise. */
    public Axis right() {
        return switch (this) {
            case X -> Z;
            case Y, Z -> X;
        };
    }

    /** The axis a picture along this axis shows downwards: z for {@link #Y}, y otherwise. */
    public Axis down() {
        return switch (this) {
            case Y -> Z;
            case X, Z -> Y;
        };
    }

    /** The voxel count of {@code stack} along this axis: its width, height or depth. */
    public int size(SliceSource stack) {
        return switch (this) {
            case X -> stack.width();
            case Y -> stack.height();
            case Z -> stack.depth();
        };
    }

    /** The voxel size of {@code grid} along this axis. */
    public double spacing(Grid grid) {
        return switch (this) {
            case X -> grid.sx();
            case Y -> grid.sy();
            case Z -> grid.sz();
        };
    }

    /** The axis name in lower case, {@code x}, {@code y} or {@code z}, as pictures label it. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
