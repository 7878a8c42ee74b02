package io.github.stack3d;

/** What a surface does where the object touches the edge of the stack. */
public enum Border {
    /** Capped: the stack is treated as surrounded by background, so every surface is closed (watertight). */
    CLOSED,
    /** Open: the surface stops at the outermost voxel centres and has holes where the object is cut. */
    OPEN
}
