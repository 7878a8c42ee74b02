/**
 * Point clouds and meshes in and out: PLY (ASCII and binary), STL (ASCII and binary), Wavefront OBJ and binary
 * glTF (GLB, written only), with the text and binary helpers they share. ASCII numbers are the shortest decimals that read back as the same
 * floats, in any locale; each file carries a stack3d note naming the coordinates' unit, which the readers take
 * back. Readers report malformed files with the file name, the line or byte offset, and what was expected.
 */
package io.github.stack3d.io.mesh;
