/**
 * Pictures of stacks and masks for people to look at: one slice as the file shows it ({@link
 * io.github.stack3d.render.SliceImage}), a mask drawn over its volume, a labelled grid of evenly spaced slices
 * ({@link io.github.stack3d.render.Montage}), and volume renderings by ray casting (MIP, composite, isosurface:
 * {@link io.github.stack3d.render.VolumeRender}). Every picture is a {@link java.awt.image.BufferedImage}, which
 * IJava shows inline and {@code savePng} writes; nothing here needs a display (headless Java works).
 */
package io.github.stack3d.render;
