package io.github.stack3d.transform;

import io.github.stack3d.Parallel;
import io.github.stack3d.Checks;
import io.github.stack3d.Memory;
import io.github.stack3d.SampleType;
import io.github.stack3d.Volume;
import java.util.stream.IntStream;

/**
 * Cutting a box out of a volume: an exact copy of its voxels, in the same place. The crop's grid has the volume's
 * spacing and its origin moved to the box's first voxel, so every voxel keeps its physical position and a mesh of
 * the crop lies where the same surface of the whole volume lies.
 */
public final class Crop {

    private Crop() {
    }

    /**
     * The box of {@code w × h × d} voxels whose first voxel is (x, y, z), copied (the result shares no array with
     * {@code volume}); voxel (i, j, k) of the box is voxel (x+i, y+j, z+k) of the volume, at the same physical
     * position (the grid's origin moves to voxel (x, y, z); a volume on disk reads only slices z..z+d−1).
     *
     * @param volume any sample type
     * @param x      first column, {@code 0..width−1}
     * @param y      first row, {@code 0..height−1}
     * @param z      first slice, {@code 0..depth−1}
     * @param w      box width, {@code 1..width−x}
     * @param h      box height, {@code 1..height−y}
     * @param d      box depth, {@code 1..depth−z}
     * @return a new volume of {@code w × h × d} voxels in memory, same sample type and spacing
     * @throws IllegalArgumentException naming the parameter when the box leaves the volume
     * @throws IllegalStateException    when the box does not fit in the Java heap
     */
    public static Volume of(Volume volume, int x, int y, int z, int w, int h, int d) {
        Checks.requireNonNull(volume, "volume");
        requireInside(x, w, volume.width(), "x", "w", "width");
        requireInside(y, h, volume.height(), "y", "h", "height");
        requireInside(z, d, volume.depth(), "z", "d", "depth");
        SampleType type = volume.type();
        Memory.require(type.bytes((long) w * h) * d,
                "the " + w + "×" + h + "×" + d + " crop of " + volume);
        int sw = volume.width();
        Object[] out = new Object[d];
        Parallel.forEach(d, k -> {
            Object src = volume.slice(z + k);
            Object dst = type.newSlice(w * h);
            for (int j = 0; j < h; j++) {
                type.copy(src, (y + j) * sw + x, dst, j * w, w);
            }
            out[k] = dst;
        });
        return Volume.of(type, w, h, out, volume.grid().shiftedBy(x, y, z));
    }

    private static void requireInside(int start, int size, int extent, String startName, String sizeName,
                                      String extentName) {
        if (start < 0 || start >= extent) {
            throw new IllegalArgumentException(startName + " is " + start + "; expected 0.." + (extent - 1)
                    + " (the volume's " + extentName + " is " + extent + ")");
        }
        if (size < 1) {
            throw new IllegalArgumentException(sizeName + " is " + size + "; expected 1.." + (extent - start));
        }
        if (size > extent - start) {
            throw new IllegalArgumentException(sizeName + " is " + size + "; expected 1.." + (extent - start)
                    + ": the box's " + startName + " would run " + start + ".." + ((long) start + size - 1)
                    + ", past the volume's " + extentName + " " + extent);
        }
    }
}
