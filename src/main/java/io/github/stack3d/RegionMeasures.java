package io.github.stack3d;

/**
 * Measures every label of a {@link Labels} image in one pass over its slices: per label the voxel count, the
 * bounding box and the sums of x, y and z. Runs of slices are measured in parallel, each into its own tables, as
 * many runs as keep those tables within {@value #TABLE_BYTES} bytes (one run, on the calling thread, for millions
 * of labels).
 */
final class RegionMeasures {

    private static final long TABLE_BYTES = 64L << 20;
    /** Per label: min x, min y, min z, max x, max y, max z. */
    private static final int BOX = 6;

    private final int[] box;
    private final long[] sums;

    private RegionMeasures(int labels) {
        box = new int[BOX * labels];
        for (int i = 0; i < labels; i++) {
            box[BOX * i] = Integer.MAX_VALUE;
            box[BOX * i + 1] = Integer.MAX_VALUE;
            box[BOX * i + 2] = Integer.MAX_VALUE;
            box[BOX * i + 3] = -1;
            box[BOX * i + 4] = -1;
            box[BOX * i + 5] = -1;
        }
        sums = new long[3 * labels];
    }

    /** Per label (index = label) its region; null for 0 and for labels without voxels. */
    static Region[] of(Labels labels, long[] sizes) {
        int n = sizes.length;
        int depth = labels.depth();
        long perTable = (long) n * (BOX * 4 + 3 * 8);
        int runs = (int) Math.max(1, Math.min(Math.min(depth, 2 * Parallel.threads()), TABLE_BYTES / perTable));
        RegionMeasures[] part = new RegionMeasures[runs];
        Parallel.forEach(runs, r -> {
            RegionMeasures m = new RegionMeasures(n);
            for (int z = (int) ((long) r * depth / runs); z < (int) ((r + 1L) * depth / runs); z++) {
                m.add(labels.ints(z), labels.width(), z);
            }
            part[r] = m;
        });
        RegionMeasures total = part[0];
        for (int r = 1; r < runs; r++) {
            total.merge(part[r]);
        }
        Grid g = labels.grid();
        Region[] regions = new Region[n];
        for (int l = 1; l < n; l++) {
            long v = sizes[l];
            if (v > 0) {
                int[] b = total.box;
                regions[l] = new Region(l, v, b[BOX * l], b[BOX * l + 1], b[BOX * l + 2], b[BOX * l + 3],
                        b[BOX * l + 4], b[BOX * l + 5], g.x((double) total.sums[3 * l] / v),
                        g.y((double) total.sums[3 * l + 1] / v), g.z((double) total.sums[3 * l + 2] / v),
                        v * g.voxelVolume());
            }
        }
        return regions;
    }

    private void add(int[] slice, int width, int z) {
        for (int y = 0, i = 0; i < slice.length; y++) {
            for (int x = 0; x < width; x++, i++) {
                int l = slice[i];
                if (l != 0) {
                    int b = BOX * l;
                    box[b] = Math.min(box[b], x);
                    box[b + 1] = Math.min(box[b + 1], y);
                    box[b + 2] = Math.min(box[b + 2], z);
                    box[b + 3] = Math.max(box[b + 3], x);
                    box[b + 4] = Math.max(box[b + 4], y);
                    box[b + 5] = z;
                    sums[3 * l] += x;
                    sums[3 * l + 1] += y;
                    sums[3 * l + 2] += z;
                }
            }
        }
    }

    private void merge(RegionMeasures o) {
        for (int i = 0; i < box.length; i += BOX) {
            for (int k = 0; k < 3; k++) {
                box[i + k] = Math.min(box[i + k], o.box[i + k]);
                box[i + 3 + k] = Math.max(box[i + 3 + k], o.box[i + 3 + k]);
            }
        }
        for (int i = 0; i < sums.length; i++) {
            sums[i] += o.sums[i];
        }
    }
}
