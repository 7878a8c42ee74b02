/**
 * Segmentation: from a {@link io.github.stack3d.Volume} to a {@link io.github.stack3d.Mask}, and from a mask to
 * its objects. {@link io.github.stack3d.segment.Threshold} selects voxels by value, exactly as {@code cv2.inRange}
 * does slice by slice, or at or above a level; {@link io.github.stack3d.segment.Otsu}, {@link
 * io.github.stack3d.segment.Li}, {@link io.github.stack3d.segment.Triangle}, {@link
 * io.github.stack3d.segment.IsoData}, {@link io.github.stack3d.segment.Mean} and {@link
 * io.github.stack3d.segment.Percentile} find that level from the whole stack's histogram, as
 * {@code skimage.filters.threshold_*} and {@code numpy.percentile} do. {@link
 * io.github.stack3d.segment.Components} finds 3D connected components (as {@code scipy.ndimage.label}) and
 * {@link io.github.stack3d.segment.Holes} fills enclosed holes (as {@code binary_fill_holes}), both on runs of
 * bits in one pass over the slices. Every mask keeps the volume's grid, and a threshold that selects nothing is an
 * error that says where the values lie.
 */
package io.github.stack3d.segment;
