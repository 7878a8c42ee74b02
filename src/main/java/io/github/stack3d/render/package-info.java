/**
 * Pictures of stacks, masks, meshes and points for people to look at: one slice as the file shows it ({@link
 * io.github.stack3d.render.SliceImage}), a mask drawn over its volume, a labelled grid of evenly spaced slices
 * ({@link io.github.stack3d.render.Montage}), projections along an axis ({@link
 * io.github.stack3d.render.Projections}), Fiji-style orthogonal views ({@link io.github.stack3d.render.OrthoViews}),
 * histogram charts drawn alike for SVG and images ({@link io.github.stack3d.render.ChartPainter}), volume
 * renderings by ray casting (MIP, composite, isosurface: {@link io.github.stack3d.render.VolumeRender}), shaded
 * pictures of meshes drawn by a software rasterizer ({@link io.github.stack3d.render.MeshRender}), depth-shaded
 * point clouds ({@link io.github.stack3d.render.PointsRender}) and turntable animations of anything drawn through a
 * {@link io.github.stack3d.View} ({@link io.github.stack3d.render.Turntable}). Every picture is a {@link
 * java.awt.image.BufferedImage}, which IJava shows inline and {@code savePng} writes; charts are {@link
 * io.github.stack3d.Chart}s, also SVG text. Nothing here needs a display (headless Java works).
 */
package io.github.stack3d.render;
