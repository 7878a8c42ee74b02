/**
 * Points and surfaces from a mask or a stack: {@link io.github.stack3d.extract.ShellPoints} (the seed answer's
 * shell, point for point), {@link io.github.stack3d.extract.VoxelPoints} (every foreground voxel) and
 * {@link io.github.stack3d.extract.MarchingCubes} (closed, streamed, multithreaded iso-surfaces). Coordinates are
 * voxel index × spacing.
 */
package io.github.stack3d.extract;
