/**
 * Preprocessing that changes a {@link io.github.stack3d.Volume}'s grid while keeping every object where it is in
 * physical space: {@link io.github.stack3d.transform.Crop} cuts out a box (the origin moves to its first voxel),
 * {@link io.github.stack3d.transform.Downsample} shrinks a stack by block averaging and
 * {@link io.github.stack3d.transform.Resize} resizes every slice as {@code cv2.resize} does (the seed program's
 * optional step); both scale the spacing and move the origin to the centre of the first new voxel, so that a
 * ball's centre stays at the same physical point. Each returns a new volume in memory of the same sample type.
 */
package io.github.stack3d.transform;
