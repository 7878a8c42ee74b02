package io.github.stack3d.render;

import java.util.Arrays;

/**
 * Rasterizes projected, Gouraud-colored triangles into one horizontal band of a picture, with its own z-buffer, so
 * that bands can be drawn on different threads without locks; the triangles of each band come from {@link
 * TriangleBins}, for the surface and for the wireframe alike (so a sliver covering no pixel centre has no
 * edges drawn either; its neighbours' edges outline it).
 *
 * <p>A pixel belongs to a triangle when its centre {@code (i + ½, j + ½)} is inside or on an edge (edge functions,
 * Pineda 1988), so neighbouring triangles leave no cracks. Depth keys and colors are interpolated linearly in
 * screen space with barycentric weights; the larger key is nearer ({@link Projector}). Triangles whose
 * screen-space winding is clockwise (x right, y down) face the camera and take the front colors, the others the
 * back colors. Edges ({@link #edges}) are lines stepped one pixel at a time along their longer axis, drawn over
 * the surface where they are no deeper than it plus a tolerance (never over the background).
 */
final class TriangleRaster {

    private final int[] triangles;
    private final float[] sx;
    private final float[] sy;
    private final float[] key;
    private final int[] front;
    private final int[] back;
    private final int width;

    TriangleRaster(int[] triangles, float[] sx, float[] sy, float[] key, int[] front, int[] back, int width) {
        this.triangles = triangles;
        this.sx = sx;
        this.sy = sy;
        this.key = key;
        this.front = front;
        this.back = back;
        this.width = width;
    }

    /**
     * Fills rows {@code [y0, y1)} of the picture, band {@code band} of {@code bins}: {@code color} and
     * {@code depth} hold those rows only.
     */
    void fill(TriangleBins bins, int band, int y0, int y1, int[] color, float[] depth, int background) {
        Arrays.fill(color, background);
        Arrays.fill(depth, Float.NEGATIVE_INFINITY);
        int[] t = triangles;
        for (int chunk = 0; chunk < bins.lists.length; chunk++) {
            int[] list = bins.lists[chunk][band];
            int count = bins.counts[chunk][band];
            for (int j = 0; j < count; j++) {
                int i = 3 * list[j];
                int a = t[i], b = t[i + 1], c = t[i + 2];
                float xa = sx[a], xb = sx[b], xc = sx[c];
                float ya = sy[a], yb = sy[b], yc = sy[c];
                int px0 = Math.max(0, (int) Math.ceil(Math.min(xa, Math.min(xb, xc)) - 0.5f));
                int px1 = Math.min(width - 1, (int) Math.floor(Math.max(xa, Math.max(xb, xc)) - 0.5f));
                int py0 = Math.max(y0, (int) Math.ceil(Math.min(ya, Math.min(yb, yc)) - 0.5f));
                int py1 = Math.min(y1 - 1, (int) Math.floor(Math.max(ya, Math.max(yb, yc)) - 0.5f));
                float area = (xb - xa) * (yc - ya) - (yb - ya) * (xc - xa);
                int[] colors = area < 0 ? front : back;
                triangle(xa, ya, xb, yb, xc, yc, key[a], key[b], key[c], colors[a], colors[b], colors[c], area,
                        px0, px1, py0, py1, y0, color, depth);
            }
        }
    }

    private void triangle(float xa, float ya, float xb, float yb, float xc, float yc, float ka, float kb, float kc,
                          int ca, int cb, int cc, float area, int px0, int px1, int py0, int py1, int y0,
                          int[] color, float[] depth) {
        float inv = 1 / area;
        // edge functions scaled by 1/area: barycentric weights of a, b, c
        float a0x = (yc - yb) * -inv, a0y = (xc - xb) * inv;
        float a1x = (ya - yc) * -inv, a1y = (xa - xc) * inv;
        float px = px0 + 0.5f;
        float py = py0 + 0.5f;
        float w0row = ((xc - xb) * (py - yb) - (yc - yb) * (px - xb)) * inv;
        float w1row = ((xa - xc) * (py - yc) - (ya - yc) * (px - xc)) * inv;
        float ra = ca >> 16 & 255, ga = ca >> 8 & 255, ba = ca & 255;
        float dr0 = ra - (cc >> 16 & 255), dg0 = ga - (cc >> 8 & 255), db0 = ba - (cc & 255);
        float dr1 = (cb >> 16 & 255) - (cc >> 16 & 255), dg1 = (cb >> 8 & 255) - (cc >> 8 & 255);
        float db1 = (cb & 255) - (cc & 255);
        float rc = cc >> 16 & 255, gc = cc >> 8 & 255, bc = cc & 255;
        float dk0 = ka - kc, dk1 = kb - kc;
        final float eps = -1e-6f;
        for (int y = py0; y <= py1; y++) {
            float w0 = w0row, w1 = w1row;
            int row = (y - y0) * width;
            for (int x = px0; x <= px1; x++) {
                float w2 = 1 - w0 - w1;
                if (w0 >= eps && w1 >= eps && w2 >= eps) {
                    float k = kc + w0 * dk0 + w1 * dk1;
                    int idx = row + x;
                    if (k > depth[idx]) {
                        depth[idx] = k;
                        int r = (int) (rc + w0 * dr0 + w1 * dr1 + 0.5f);
                        int g = (int) (gc + w0 * dg0 + w1 * dg1 + 0.5f);
                        int b = (int) (bc + w0 * db0 + w1 * db1 + 0.5f);
                        color[idx] = clamp(r) << 16 | clamp(g) << 8 | clamp(b);
                    }
                }
                w0 += a0x;
                w1 += a1x;
            }
            w0row += a0y;
            w1row += a1y;
        }
    }

    private static int clamp(int v) {
        return v < 0 ? 0 : Math.min(v, 255);
    }

    /**
     * Draws the edges of band {@code band}'s triangles in rows {@code [y0, y1)} where they are not hidden by more
     * than {@code tolerance}: every edge sample is darkened to 30 % of its shade, once however many edges cross
     * it, so a dense mesh still shows its shading through its wireframe.
     */
    void edges(TriangleBins bins, int band, int y0, int y1, int[] color, float[] depth, float tolerance) {
        boolean[] wire = new boolean[color.length];
        int[] t = triangles;
        for (int chunk = 0; chunk < bins.lists.length; chunk++) {
            int[] list = bins.lists[chunk][band];
            int count = bins.counts[chunk][band];
            for (int j = 0; j < count; j++) {
                int i = 3 * list[j];
                int a = t[i], b = t[i + 1], c = t[i + 2];
                line(a, b, y0, y1, wire, depth, tolerance);
                line(b, c, y0, y1, wire, depth, tolerance);
                line(c, a, y0, y1, wire, depth, tolerance);
            }
        }
        for (int i = 0; i < wire.length; i++) {
            if (wire[i]) {
                int c = color[i];
                color[i] = (c >> 16 & 255) * 3 / 10 << 16 | (c >> 8 & 255) * 3 / 10 << 8 | (c & 255) * 3 / 10;
            }
        }
    }

    private void line(int u, int v, int y0, int y1, boolean[] wire, float[] depth, float tolerance) {
        float x0 = sx[u], yy0 = sy[u], dx = sx[v] - x0, dy = sy[v] - yy0;
        float k0 = key[u], dk = key[v] - k0;
        int steps = (int) Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)));
        float t0 = 0, t1 = 1;
        if (dy != 0) { // clip to the band's rows
            float ta = (y0 - yy0) / dy, tb = (y1 - yy0) / dy;
            t0 = Math.max(0, Math.min(ta, tb));
            t1 = Math.min(1, Math.max(ta, tb));
        }
        int s0 = (int) Math.floor(t0 * steps), s1 = (int) Math.ceil(t1 * steps);
        float inv = steps == 0 ? 0 : 1f / steps;
        for (int s = s0; s <= s1; s++) {
            float f = s * inv;
            int x = (int) Math.floor(x0 + f * dx);
            int y = (int) Math.floor(yy0 + f * dy);
            if (x < 0 || x >= width || y < y0 || y >= y1) {
                continue;
            }
            int idx = (y - y0) * width + x;
            float d = depth[idx];
            if (d > Float.NEGATIVE_INFINITY && k0 + f * dk >= d - tolerance) { // only over the surface
                wire[idx] = true;
            }
        }
    }
}
