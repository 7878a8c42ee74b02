/**
 * What every file format shares: atomic writes ({@link io.github.stack3d.io.AtomicWrite}: a temporary file beside
 * the target, forced to disk and moved over it only when complete), PNG pictures and looping GIF animations ({@link
 * io.github.stack3d.io.GifWriter}) and SVG charts ({@link io.github.stack3d.io.SvgWriter}). The formats themselves live
 * in {@link io.github.stack3d.io.tiff} (stacks of slices) and {@link io.github.stack3d.io.mesh} (points and
 * meshes).
 */
package io.github.stack3d.io;
