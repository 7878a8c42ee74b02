/**
 * Inline display in Jupyter's IJava kernel: when the library is loaded in IJava, {@link
 * io.github.stack3d.notebook.Display} registers render functions with the kernel's renderer so that a cell ending
 * in a volume, mask, labels, mesh or point cloud shows a card (text facts, a small picture as a PNG data URI, a
 * histogram as SVG), a chart shows as SVG and a {@link java.awt.image.BufferedImage} as PNG. Everything that
 * touches the kernel is found by reflection in {@code Display}; the rest ({@link
 * io.github.stack3d.notebook.Cards}, {@link io.github.stack3d.notebook.InlinePng}) is plain Java, so the library
 * compiles and runs without the kernel on the class path. {@link io.github.stack3d.notebook.Viewer} is the
 * interactive 3D view of a mesh, points or a volume (its page is built in {@code io.github.stack3d.web}), shown
 * as HTML.
 */
package io.github.stack3d.notebook;
