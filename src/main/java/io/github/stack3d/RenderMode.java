package io.github.stack3d;

/** How a volume rendering turns the samples along each ray into a pixel. */
public enum RenderMode {
    /** Maximum-intensity projection: the brightest sample along the ray, through the colormap. */
    MIP,
    /**
     * Front-to-back alpha blending of every sample's color and opacity from the transfer function, stopping when
     * the ray is nearly opaque.
     */
    COMPOSITE,
    /** The first point where the ray reaches the level, shaded from the value gradient there. */
    ISOSURFACE
}
