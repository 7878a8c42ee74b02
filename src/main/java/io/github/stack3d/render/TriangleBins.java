package io.github.stack3d.render;

import io.github.stack3d.Parallel;
import java.util.Arrays;

/**
 * Triangles sorted into the horizontal bands of a picture before rasterizing, so that a band reads only the
 * triangles that reach it rather than testing all of them ({@link TriangleRaster}). Binning runs in parallel over
 * chunks of triangles, each chunk keeping one list per band; a band then walks its lists chunk by chunk. Triangles
 * that cover no pixel centre (most of a dense mesh's sub-pixel triangles), are degenerate or lie behind the eye are
 * dropped here.
 */
final class TriangleBins {

    private static final int CHUNK = 1 << 15;

    /** {@code lists[chunk][band]}: triangle numbers, {@code counts[chunk][band]} of them used. */
    final int[][][] lists;
    final int[][] counts;

    private TriangleBins(int chunks, int bands) {
        lists = new int[chunks][bands][];
        counts = new int[chunks][bands];
    }

    /**
     * Bins the triangles of {@code t} (vertex indices) with screen positions {@code sx, sy} into {@code bands}
     * bands of {@code bandRows} rows each (the last may be shorter) of a {@code width × height} picture.
     */
    static TriangleBins of(int[] t, float[] sx, float[] sy, int width, int height, int bands, int bandRows) {
        int n = t.length / 3;
        int chunks = Math.max(1, (n + CHUNK - 1) / CHUNK);
        TriangleBins bins = new TriangleBins(chunks, bands);
        Parallel.forEach(chunks, c -> {
            int[][] lists = bins.lists[c];
            int[] counts = bins.counts[c];
            int guess = Math.max(16, 2 * CHUNK / bands);
            for (int b = 0; b < bands; b++) {
                lists[b] = new int[guess];
            }
            int to = Math.min(n, (c + 1) * CHUNK);
            for (int i = c * CHUNK; i < to; i++) {
                int a = t[3 * i], b = t[3 * i + 1], d = t[3 * i + 2];
                float ya = sy[a], yb = sy[b], yd = sy[d];
                float xa = sx[a], xb = sx[b], xd = sx[d];
                int py0 = Math.max(0, (int) Math.ceil(Math.min(ya, Math.min(yb, yd)) - 0.5f));
                int py1 = Math.min(height - 1, (int) Math.floor(Math.max(ya, Math.max(yb, yd)) - 0.5f));
                int px0 = Math.max(0, (int) Math.ceil(Math.min(xa, Math.min(xb, xd)) - 0.5f));
                int px1 = Math.min(width - 1, (int) Math.floor(Math.max(xa, Math.max(xb, xd)) - 0.5f));
                // NaN (behind the eye) makes the casts 0 and the area NaN: dropped by the area test
                float area = (xb - xa) * (yd - ya) - (yb - ya) * (xd - xa);
                if (px0 > px1 || py0 > py1 || !(area != 0 && area == area)) {
                    continue;
                }
                for (int band = py0 / bandRows, last = py1 / bandRows; band <= last; band++) {
                    if (counts[band] == lists[band].length) {
                        lists[band] = Arrays.copyOf(lists[band], 2 * lists[band].length);
                    }
                    lists[band][counts[band]++] = i;
                }
            }
        });
        return bins;
    }
}
