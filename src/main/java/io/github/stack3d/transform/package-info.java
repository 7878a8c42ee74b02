/**
 * Preprocessing that changes a {@link io.github.stack3d.Volume}'s grid: {@link
 * io.github.stack3d.transform.Resize} resizes every slice as {@code cv2.resize} does (the seed program's optional
 * step), {@link io.github.stack3d.transform.Downsample} shrinks a stack by block averaging, and {@link
 * io.github.stack3d.transform.Crop} cuts out a box. Each returns a new volume of the same sample type whose
 * spacing is adjusted so that physical coordinates keep their meaning.
 */
package io.github.stack3d.transform;
