/**
 * stack3d: 2D image slices to 3D. {@link io.github.stack3d.Stack3D} is the facade people call (from jshell, a
 * notebook or a program); beside it live the data types every stage takes and returns:
 * {@link io.github.stack3d.Volume} (slices as stored, with a {@link io.github.stack3d.Grid}),
 * {@link io.github.stack3d.Mask}, {@link io.github.stack3d.PointCloud}, {@link io.github.stack3d.Mesh}, and
 * {@link io.github.stack3d.SliceSource}, the slice-at-a-time view that both a loaded volume and a stack streamed
 * from disk offer. Voxel (x, y, z) is column, row and slice; coordinates written anywhere are
 * {@code (x·sx, y·sy, z·sz)}.
 */
package io.github.stack3d;
