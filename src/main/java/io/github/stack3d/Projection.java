package io.github.stack3d;

/**
 * How a projection turns the voxels along each ray (a line of voxels parallel to an {@link Axis}) into one
 * pixel. NaN voxels are skipped.
 */
public enum Projection {
    /** The largest value along the ray (maximum-intensity projection); for labels the largest label. */
    MAX,
    /** The smallest value along the ray; for labels the smallest label other than 0 (background). */
    MIN,
    /** The mean of the values along the ray (sum divided by the number of voxels on it); not for labels. */
    MEAN,
    /** The sum of the values along the ray; not for labels. */
    SUM
}
