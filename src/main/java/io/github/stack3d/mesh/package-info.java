/**
 * Work on triangle meshes: measurements ({@link io.github.stack3d.mesh.MeshMeasures}: surface area, enclosed
 * volume) and checks ({@link io.github.stack3d.mesh.MeshReport}: edges, boundary, manifoldness, orientation,
 * components, Euler characteristic, genus, bounds) and connected parts ({@link io.github.stack3d.mesh.MeshParts}:
 * each part's measures, the largest part, the mesh without small parts). Everything runs on the mesh's primitive arrays, in the units
 * of its coordinates, and is made for marching-cubes meshes of millions of triangles.
 */
package io.github.stack3d.mesh;
