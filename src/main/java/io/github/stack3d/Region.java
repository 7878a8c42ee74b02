package io.github.stack3d;

/**
 * One object of a {@link Labels} image, measured: its voxel count, bounding box (voxel indices, as {@code crop}
 * takes them), centroid (physical, placed by the labels' {@link Grid}) and volume (physical).
 *
 * @param label     the label, 1 or more
 * @param voxels    the number of voxels with this label
 * @param minX      the first column of the bounding box
 * @param minY      the first row
 * @param minZ      the first slice
 * @param maxX      the last column (inclusive)
 * @param maxY      the last row
 * @param maxZ      the last slice
 * @param centroidX the mean x of the voxels, in the grid's unit: {@code ox + mean column · sx}
 * @param centroidY the mean y, {@code oy + mean row · sy}
 * @param centroidZ the mean z, {@code oz + mean slice · sz}
 * @param volume    {@code voxels} times one voxel's volume, in {@code unit³}
 */
public record Region(int label, long voxels, int minX, int minY, int minZ, int maxX, int maxY, int maxZ,
        double centroidX, double centroidY, double centroidZ, double volume) {

    /** The bounding box's width in voxels. */
    public int width() {
        return maxX - minX + 1;
    }

    /** The bounding box's height in voxels. */
    public int height() {
        return maxY - minY + 1;
    }

    /** The bounding box's depth in voxels. */
    public int depth() {
        return maxZ - minZ + 1;
    }
}
