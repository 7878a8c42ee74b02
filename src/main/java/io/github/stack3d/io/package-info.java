/**
 * Files in and out: reading stacks of TIFF slices (TwelveMonkeys ImageIO), writing TIFF stacks, and writing and
 * reading PLY (ASCII and binary), STL (ASCII and binary), Wavefront OBJ and PNG. Every write is atomic
 * ({@link io.github.stack3d.io.AtomicWrite}): a temporary file beside the target, moved over it only when
 * complete. ASCII numbers are the shortest decimals that read back as the same floats, in any locale, and each
 * mesh file carries a stack3d note naming the coordinates' unit, which the readers take back. Readers report
 * malformed files with the file name, the line or byte offset, and what was expected.
 */
package io.github.stack3d.io;
