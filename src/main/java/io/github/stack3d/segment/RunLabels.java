package io.github.stack3d.segment;

import io.github.stack3d.Checks;
import io.github.stack3d.Grid;
import io.github.stack3d.Labels;
import io.github.stack3d.Memory;
import io.github.stack3d.Parallel;
import io.github.stack3d.SliceSource;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The connected components of a mask's foreground (or of its background), found on runs: each row's runs of set
 * bits are read from the bit-packed words 64 voxels at a time, and each run is linked to the runs it touches in
 * the row above and, in 3D, in the three rows of the slice before (Hoshen–Kopelman labelling with a
 * label-equivalence table, {@link Equivalences}). The slices are labelled in parallel runs of consecutive slices,
 * each with its own table; the tables are then appended and the runs at the seams linked, so every slice is read
 * once and only the runs are kept.
 *
 * <p>Connectivity 6 links runs that share a face, 18 also those sharing an edge, 26 also a corner; a planar
 * labelling links no slice to another, and then 6 means 4-connected and 18 or 26 8-connected in the slice.
 * Components are numbered {@code 0..components()−1} in the order of their first voxel in (z, y, x) scan order,
 * which is the order {@code scipy.ndimage.label} numbers them.
 */
final class RunLabels {

    private final int width;
    private final int height;
    private final int depth;
    private final boolean background;
    private final boolean planar;
    /** Offsets in a row: {@code rows[z][y] .. rows[z][y + 1] − 1} are the runs of row y of slice z. */
    private final int[][] rows;
    /** Per slice, three ints a run: its first x, its last x and (once resolved) its component. */
    private final int[][] runs;
    private final int reach;
    private final int diagonal;
    private int components;
    private long[] sizes;

    private RunLabels(SliceSource mask, int connectivity, boolean background, boolean planar) {
        this.width = mask.width();
        this.height = mask.height();
        this.depth = mask.depth();
        this.background = background;
        this.planar = planar;
        this.rows = new int[depth][];
        this.runs = new int[depth][];
        this.reach = connectivity == 6 ? 0 : 1;
        this.diagonal = connectivity == 6 ? -1 : connectivity == 18 ? 0 : 1;
    }

    /**
     * The components of the set bits of {@code mask} ({@code background}: of its clear bits), {@code connectivity}
     * 6, 18 or 26, linked across slices unless {@code planar}.
     */
    static RunLabels of(SliceSource mask, int connectivity, boolean background, boolean planar) {
        RunLabels r = new RunLabels(mask, connectivity, background, planar);
        List<Slab> slabs = Histogram.fold(mask, () -> r.new Slab(), (s, z) -> s.add(z, mask.bits(z)));
        Equivalences all = new Equivalences();
        int[] offset = new int[r.depth];
        for (Slab s : slabs) {
            Arrays.fill(offset, s.first, r.depth, all.size());
            all.append(s.labels);
        }
        Parallel.forEach(r.depth, z -> r.shift(z, offset[z]));
        for (int k = 1; k < slabs.size() && !planar; k++) {
            r.linkSlices(slabs.get(k).first, all);
        }
        r.resolve(all);
        return r;
    }

    /** The number of components. */
    int components() {
        return components;
    }

    /** Voxels per component. */
    long[] sizes() {
        return sizes;
    }

    /** The runs of slice z: three ints each (first x, last x, component); row y holds runs {@code rows(z)[y]..}. */
    int[] runs(int z) {
        return runs[z];
    }

    /** Run offsets per row of slice z, {@code height + 1} of them. */
    int[] rows(int z) {
        return rows[z];
    }

    /**
     * The components ordered by decreasing size, equal sizes in scan order (the first met first): {@code rank[c]}
     * is component c's place, from 0.
     */
    int[] ranksBySize() {
        return ranksBySize(sizes);
    }

    /** {@code rank[c]}: the place of {@code sizes[c]} by decreasing size, equal sizes by index, from 0. */
    static int[] ranksBySize(long[] sizes) {
        int n = sizes.length;
        long max = 0;
        for (long s : sizes) {
            max = Math.max(max, s);
        }
        int[] order;
        if (max < 1L << 32) {
            long[] keys = new long[n];
            for (int c = 0; c < n; c++) {
                keys[c] = (max - sizes[c]) << 31 | c;
            }
            Arrays.parallelSort(keys);
            order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = (int) (keys[i] & Integer.MAX_VALUE);
            }
        } else {
            order = IntStream.range(0, n).boxed()
                    .sorted(Comparator.comparingLong((Integer c) -> -sizes[c]).thenComparingInt(c -> c))
                    .mapToInt(Integer::intValue).toArray();
        }
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            rank[order[i]] = i;
        }
        return rank;
    }

    /** Labels with {@code label[c]} on the voxels of component c (0: background). */
    Labels labels(int[] label, Grid grid) {
        Memory.require(4L * width * height * depth, "the labels of " + Checks.count(components) + " components");
        int[][] slices = new int[depth][];
        Parallel.forEach(depth, z -> {
            int[] s = new int[width * height];
            int[] r = runs[z];
            int[] offsets = rows[z];
            for (int y = 0; y < height; y++) {
                for (int i = offsets[y]; i < offsets[y + 1]; i++) {
                    Arrays.fill(s, y * width + r[3 * i], y * width + r[3 * i + 1] + 1, label[r[3 * i + 2]]);
                }
            }
            slices[z] = s;
        });
        return Labels.of(width, height, slices, grid);
    }

    /** Sets, in {@code bits[z]} (slices of this size), the voxels of the components with {@code keep[c]}. */
    void paint(boolean[] keep, long[][] bits) {
        Parallel.forEach(depth, z -> {
            int[] r = runs[z];
            int[] offsets = rows[z];
            for (int y = 0; y < height; y++) {
                for (int i = offsets[y]; i < offsets[y + 1]; i++) {
                    if (keep[r[3 * i + 2]]) {
                        setRange(bits[z], y * width + r[3 * i], y * width + r[3 * i + 1] + 1);
                    }
                }
            }
        });
    }

    /** Sets bits {@code from .. to − 1}. */
    static void setRange(long[] bits, int from, int to) {
        int first = from >>> 6;
        int last = (to - 1) >>> 6;
        long head = -1L << from;
        long tail = -1L >>> -to;
        if (first == last) {
            bits[first] |= head & tail;
            return;
        }
        bits[first] |= head;
        for (int w = first + 1; w < last; w++) {
            bits[w] = -1L;
        }
        bits[last] |= tail;
    }

    private void shift(int z, int offset) {
        int[] r = runs[z];
        for (int i = 2; i < r.length; i += 3) {
            r[i] += offset;
        }
    }

    /** Links the runs of slice z to those of slice z − 1 (labelled already, as in the pass). */
    private void linkSlices(int z, Equivalences labels) {
        int[] cur = runs[z];
        int[] prev = runs[z - 1];
        int[] up = rows[z - 1];
        int[] here = rows[z];
        for (int y = 0; y < height; y++) {
            linkToSlice(cur, here[y], here[y + 1], prev, up, y, labels);
        }
    }

    private void linkToSlice(int[] cur, int c0, int c1, int[] prev, int[] up, int y, Equivalences labels) {
        link(cur, c0, c1, prev, up[y], up[y + 1], reach, labels);
        if (diagonal >= 0) {
            if (y > 0) {
                link(cur, c0, c1, prev, up[y - 1], up[y], diagonal, labels);
            }
            if (y < height - 1) {
                link(cur, c0, c1, prev, up[y + 1], up[y + 2], diagonal, labels);
            }
        }
    }

    /**
     * Gives each run {@code c0..c1−1} of {@code cur} the set of every run {@code o0..o1−1} of {@code other} that
     * touches it (within {@code d} voxels along x: 0 for a shared face, 1 to include edges and corners); a run
     * without a set yet (−1) takes the first one it touches.
     */
    private static void link(int[] cur, int c0, int c1, int[] other, int o0, int o1, int d, Equivalences labels) {
        int j = o0;
        for (int c = c0; c < c1; c++) {
            int s = cur[3 * c] - d;
            int e = cur[3 * c + 1] + d;
            while (j < o1 && other[3 * j + 1] < s) {
                j++;
            }
            int label = cur[3 * c + 2];
            for (int k = j; k < o1 && other[3 * k] <= e; k++) {
                label = label < 0 ? labels.find(other[3 * k + 2]) : labels.union(label, other[3 * k + 2]);
            }
            cur[3 * c + 2] = label;
        }
    }

    /** Numbers the sets 0.. by their smallest label (their first run in scan order) and counts their voxels. */
    private void resolve(Equivalences labels) {
        int[] component = new int[labels.size()];
        int n = 0;
        for (int l = 0; l < labels.size(); l++) {
            int root = labels.find(l);
            component[l] = root == l ? n++ : component[root];
        }
        components = n;
        Parallel.forEach(depth, z -> {
            int[] r = runs[z];
            for (int i = 0; i < r.length; i += 3) {
                r[i + 2] = component[r[i + 2]];
            }
        });
        long[] s = new long[n];
        for (int z = 0; z < depth; z++) {
            int[] r = runs[z];
            for (int i = 0; i < r.length; i += 3) {
                s[r[i + 2]] += r[i + 1] - r[i] + 1;
            }
        }
        sizes = s;
    }

    /** The slices one parallel run labels: its first slice, its labels and a buffer for one slice's runs. */
    private final class Slab {
        int first = -1;
        final Equivalences labels = new Equivalences();
        int[] buffer = new int[3 * 1024];

        void add(int z, long[] bits) {
            if (first < 0) {
                first = z;
            }
            int[] offsets = new int[height + 1];
            int n = 0;
            boolean linked = z > first && !planar;
            for (int y = 0; y < height; y++) {
                offsets[y] = n;
                n = row(bits, y, n);
                if (y > 0) {
                    link(buffer, offsets[y], n, buffer, offsets[y - 1], offsets[y], reach, labels);
                }
                if (linked) {
                    linkToSlice(buffer, offsets[y], n, runs[z - 1], rows[z - 1], y, labels);
                }
                for (int i = offsets[y]; i < n; i++) {
                    if (buffer[3 * i + 2] < 0) {
                        buffer[3 * i + 2] = labels.add();
                    }
                }
            }
            offsets[height] = n;
            rows[z] = offsets;
            runs[z] = Arrays.copyOf(buffer, 3 * n);
        }

        /** Appends the runs of row y to the buffer, unlabelled (−1); the new number of runs. */
        private int row(long[] bits, int y, int n) {
            int start = y * width;
            int open = -1;
            for (int off = 0; off < width; off += 64) {
                int p = start + off;
                int word = p >>> 6;
                int shift = p & 63;
                long w = bits[word] >>> shift;
                if (shift != 0 && word + 1 < bits.length) {
                    w |= bits[word + 1] << -shift;
                }
                if (background) {
                    w = ~w;
                }
                int m = Math.min(64, width - off);
                if (m < 64) {
                    w &= (1L << m) - 1;
                }
                int pos = 0;
                while (pos < m) {
                    long t = open < 0 ? w >>> pos : ~w >>> pos;
                    if (t == 0) {
                        break;
                    }
                    pos += Long.numberOfTrailingZeros(t);
                    if (open < 0) {
                        open = off + pos;
                    } else {
                        n = append(n, open, off + pos - 1);
                        open = -1;
                    }
                }
            }
            return open < 0 ? n : append(n, open, width - 1);
        }

        private int append(int n, int first, int last) {
            if (3 * n + 3 > buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            buffer[3 * n] = first;
            buffer[3 * n + 1] = last;
            buffer[3 * n + 2] = -1;
            return n + 1;
        }
    }
}
