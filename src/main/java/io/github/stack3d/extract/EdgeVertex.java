package io.github.stack3d.extract;

import io.github.stack3d.Grid;
import java.util.Arrays;

/**
 * Places the vertex on a crossed edge and computes its normal, from the values in a {@link SliceWindow}. Indices
 * are padded as in {@link SlabExtractor}: padded voxel (i, j, k) is real voxel (i - 1, j - 1, k - 1).
 *
 * <p>The vertex lies where the linear interpolation of the two end values crosses the level, never closer than
 * {@link #MIN_T} voxel to either end (so no triangle has zero area). The normal is the negated value gradient
 * at the vertex, in physical units: along the edge the slope of the interpolation itself, across it the central
 * differences at the two ends, interpolated; on a cap (one end in the padding) it points out through the border.
 *
 * <p>A vertex in a slice (on an x- or y-edge) needs the slice after it for its gradient across slices, which a
 * two-slice window does not hold yet: such a vertex gets a provisional normal, and {@link #defer} keeps what it
 * needs until {@link #finish} completes it once the next slice is read. Where the window is {@link
 * SliceWindow#whole() whole} (the stack is in memory) the normal is finished at once, with the same arithmetic.
 */
final class EdgeVertex {

    /** Vertices never sit closer than this (in voxels) to a voxel centre. */
    static final double MIN_T = 1e-3;

    private static final int X = 0;
    private static final int Y = 1;
    private static final int Z = 2;

    private final double level;
    private final int width;
    private final int height;
    private final int depth;
    private final double[] spacing;
    private final double[] origin;
    private final SliceWindow window;
    private final Classifier classifier;
    private final double[] gradient = new double[3];

    /** The last placed vertex's position and normal. */
    double px;
    double py;
    double pz;
    double nx;
    double ny;
    double nz;

    /** What the last {@link #place} left for a deferred normal. */
    private double t;
    private double belowA;
    private double belowB;
    private int indexA;
    private int indexB;

    /**
     * Deferred normals: where the normal goes and the two end indices, then t, the in-slice gradient and the
     * values below.
     */
    private int deferred;
    private int deferredSlice = -1;
    private int[] ints = new int[3 * 64];
    private double[] doubles = new double[5 * 64];

    EdgeVertex(double level, int width, int height, int depth, Grid grid, SliceWindow window,
               Classifier classifier) {
        this.level = level;
        this.width = width;
        this.height = height;
        this.depth = depth;
        this.spacing = new double[] {grid.sx(), grid.sy(), grid.sz()};
        this.origin = new double[] {grid.ox(), grid.oy(), grid.oz()};
        this.window = window;
        this.classifier = classifier;
    }

    /**
     * Places the vertex on the edge from padded voxel (i, j, k) one step along {@code axis} (0 x, 1 y, 2 z):
     * {@link #px}... and {@link #nx}.... Returns true when its normal is provisional ({@code acrossLater} asked
     * for a deferred gradient across slices, and there is a slice after this one); call {@link #defer} then.
     */
    boolean place(int axis, int i, int j, int k, boolean acrossLater) {
        int x0 = i - 1;
        int y0 = j - 1;
        int z0 = k - 1;
        int x1 = x0 + (axis == X ? 1 : 0);
        int y1 = y0 + (axis == Y ? 1 : 0);
        int z1 = z0 + (axis == Z ? 1 : 0);
        boolean real0 = x0 >= 0 && y0 >= 0 && z0 >= 0;
        boolean real1 = x1 < width && y1 < height && z1 < depth;
        boolean later = false;
        if (real0 && real1) {
            Object s0 = window.present(z0);
            Object s1 = window.present(z1);
            int i0 = y0 * width + x0;
            int i1 = y1 * width + x1;
            double v0 = window.value(s0, i0);
            double v1 = window.value(s1, i1);
            t = (level - v0) / (v1 - v0);
            t = t >= MIN_T ? Math.min(t, 1 - MIN_T) : t < MIN_T ? MIN_T : 0.5;
            later = acrossLater && z0 + 1 < depth;
            boolean now = later && window.whole();
            for (int a = 0; a < 2; a++) {
                gradient[a] = a == axis ? v1 - v0 : (1 - t) * window.inSlice(a, s0, x0, y0)
                        + t * window.inSlice(a, s1, x1, y1);
            }
            if (now) {
                later = false;
                finishNow(axis, s0, i0, i1, z0, classifier.inside(v0) ? 1 : -1);
            } else {
                gradient[Z] = axis == Z ? v1 - v0 : (1 - t) * window.difference(Z, x0, y0, z0)
                        + t * window.difference(Z, x1, y1, z1);
                if (later) {
                    indexA = i0;
                    indexB = i1;
                    belowA = z0 > 0 ? window.value(x0, y0, z0 - 1) : Double.NaN;
                    belowB = z0 > 0 ? window.value(x1, y1, z0 - 1) : Double.NaN;
                }
                normal(axis, classifier.inside(v0) ? 1 : -1);
            }
        } else {
            t = real0 ? MIN_T : 1 - MIN_T;
            axisNormal(axis, real0 ? 1 : -1);
        }
        px = origin[0] + (x0 + (axis == X ? t : 0)) * spacing[0];
        py = origin[1] + (y0 + (axis == Y ? t : 0)) * spacing[1];
        pz = origin[2] + (z0 + (axis == Z ? t : 0)) * spacing[2];
        return later;
    }

    /**
     * The normal of a vertex in slice {@code z0} on the edge (x0, y0)-(x1, y1), all slices at hand: what
     * {@link #finish} makes of its provisional one, the same arithmetic; the provisional normal where the full
     * gradient is zero (its gradient across slices only computed then).
     */
    private void finishNow(int axis, Object slice, int i0, int i1, int z0, double sign) {
        Object after = window.any(z0 + 1);
        Object before = z0 > 0 ? window.any(z0 - 1) : null;
        double across = (1 - t) * acrossNow(slice, after, before, i0) + t * acrossNow(slice, after, before, i1);
        double length = Math.abs(gradient[0]) + Math.abs(gradient[1]) + Math.abs(across);
        if (!(length > 0) || Double.isInfinite(length)) {
            gradient[2] = (1 - t) * window.difference(Z, i0 % width, i0 / width, z0)
                    + t * window.difference(Z, i1 % width, i1 / width, z0);
            normal(axis, sign);
            return;
        }
        gradient[2] = across;
        normal(Z, 1);
    }

    /**
     * {@link #across} at voxel {@code i} of {@code slice}, from the slices {@code after} and {@code before} it (null
     * at the first slice: one-sided there, and where the value below is NaN).
     */
    private double acrossNow(Object slice, Object after, Object before, int i) {
        double next = window.value(after, i);
        // as finish does: a NaN value below counts as no slice below
        double below = before == null ? Double.NaN : window.value(before, i);
        return Double.isNaN(below) ? next - window.value(slice, i) : (next - below) / 2;
    }

    /**
     * Keeps what the last placed vertex, in slice {@code z}, needs to finish its normal, which goes to
     * {@code normalAt .. normalAt + 2} of the array {@link #finish} is given.
     */
    void defer(int normalAt, int z) {
        if (deferred * 3 == ints.length) {
            ints = Arrays.copyOf(ints, ints.length * 2);
            doubles = Arrays.copyOf(doubles, doubles.length * 2);
        }
        deferredSlice = z;
        ints[3 * deferred] = normalAt;
        ints[3 * deferred + 1] = indexA;
        ints[3 * deferred + 2] = indexB;
        doubles[5 * deferred] = t;
        doubles[5 * deferred + 1] = gradient[0];
        doubles[5 * deferred + 2] = gradient[1];
        doubles[5 * deferred + 3] = belowA;
        doubles[5 * deferred + 4] = belowB;
        deferred++;
    }

    /** True when normals wait for a next slice. */
    boolean waiting() {
        return deferred > 0;
    }

    /**
     * Completes the deferred normals of slice {@code z - 1} into {@code normals}, now that slice {@code z} is in
     * the window: central differences across slices (one-sided at the first slice). A vertex whose full gradient
     * is zero keeps its provisional normal.
     */
    void finish(int z, float[] normals) {
        if (deferred == 0) {
            return;
        }
        if (deferredSlice != z - 1) {
            throw new IllegalStateException("normals of slice " + deferredSlice + " finished at slice " + z);
        }
        for (int n = 0; n < deferred; n++) {
            double at = doubles[5 * n];
            gradient[0] = doubles[5 * n + 1];
            gradient[1] = doubles[5 * n + 2];
            gradient[2] = (1 - at) * across(ints[3 * n + 1], z, doubles[5 * n + 3])
                    + at * across(ints[3 * n + 2], z, doubles[5 * n + 4]);
            double length = Math.abs(gradient[0]) + Math.abs(gradient[1]) + Math.abs(gradient[2]);
            if (!(length > 0) || Double.isInfinite(length)) {
                continue;
            }
            normal(Z, 1);
            int i = ints[3 * n];
            normals[i] = (float) nx;
            normals[i + 1] = (float) ny;
            normals[i + 2] = (float) nz;
        }
        deferred = 0;
    }

    /** The difference across slices at index {@code i} of slice {@code z - 1}, given the value before it. */
    private double across(int i, int z, double before) {
        double after = window.value(i % width, i / width, z);
        return Double.isNaN(before) ? after - window.value(i % width, i / width, z - 1) : (after - before) / 2;
    }

    /** Sets the normal to the negated {@link #gradient} (per voxel step) in physical units, normalised. */
    private void normal(int axis, double fallback) {
        nx = -gradient[0] / spacing[0];
        ny = -gradient[1] / spacing[1];
        nz = -gradient[2] / spacing[2];
        double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
        if (len > 0 && Double.isFinite(len)) {
            nx /= len;
            ny /= len;
            nz /= len;
        } else {
            axisNormal(axis, fallback);
        }
    }

    private void axisNormal(int axis, double sign) {
        nx = axis == X ? sign : 0;
        ny = axis == Y ? sign : 0;
        nz = axis == Z ? sign : 0;
    }
}
