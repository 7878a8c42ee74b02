/**
 * Segmentation: from a {@link io.github.stack3d.Volume} to a {@link io.github.stack3d.Mask}. {@link
 * io.github.stack3d.segment.Threshold} selects voxels by value, exactly as {@code cv2.inRange} does slice by
 * slice, or at or above a level; {@link io.github.stack3d.segment.Otsu} finds that level from the whole stack's
 * histogram, as {@code skimage.filters.threshold_otsu} does. Every mask keeps the volume's spacing, and a
 * threshold that selects nothing is an error that says where the values lie.
 */
package io.github.stack3d.segment;
