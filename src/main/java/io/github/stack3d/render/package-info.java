/**
 * Pictures of stacks and masks for people to look at: one slice as the file shows it ({@link
 * io.github.stack3d.render.SliceImage}), a mask drawn over its volume, and a labelled grid of evenly spaced slices
 * ({@link io.github.stack3d.render.Montage}), projections along an axis ({@link
 * io.github.stack3d.render.Projections}), Fiji-style orthogonal views ({@link io.github.stack3d.render.OrthoViews})
 * and histogram charts drawn for SVG and images alike ({@link io.github.stack3d.render.ChartPainter}). Every picture is a {@link java.awt.image.BufferedImage}, which IJava
 * shows inline and {@code savePng} writes; nothing here needs a display (headless Java works).
 */
package io.github.stack3d.render;
