package io.github.stack3d.render;

import io.github.stack3d.Checks;
import io.github.stack3d.Mesh;
import io.github.stack3d.Parallel;
import io.github.stack3d.View;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Pictures of a triangle mesh, drawn in software (no display, no GPU): a z-buffered rasterizer with Gouraud
 * shading from two lights ({@link MeshShading}), the mesh's per-vertex colors when it has them, back faces darker,
 * an optional depth-tested wireframe, orthographic or perspective ({@link Projector}), and the View's scale bar and
 * axes triad ({@link Annotations}).
 *
 * <p>Anti-aliasing: the picture is drawn at twice its width and height and every 2×2 block is averaged (box
 * filter), so edges get four coverage levels. Threads: the supersampled picture is cut into horizontal bands,
 * triangles are first sorted into the bands they reach ({@link TriangleBins}, in parallel), then every band
 * rasterizes its triangles clipped to its rows with its own z-buffer and averages its own rows ({@link
 * TriangleRaster}); bands are spread over {@link Parallel}'s workers.
 *
 * <p>{@code MeshRender.of(mesh)} computes vertex normals once (when the mesh has none), so that several views of
 * one mesh (a turntable) share them: {@code MeshRender.of(mesh).picture(View.at(60, 20))}.
 */
public final class MeshRender {

    /** Supersampling factor along each axis. */
    static final int SUPERSAMPLING = 2;
    /** Bands per picture: enough for idle threads to steal work from a band crowded with triangles. */
    private static final int BANDS = 32;

    private final Mesh mesh;
    private final float[] normals;
    private final double[] bounds;

    private MeshRender(Mesh mesh) {
        this.mesh = mesh;
        this.normals = MeshShading.normals(mesh);
        this.bounds = mesh.bounds();
    }

    /**
     * A renderer of {@code mesh}, with its vertex normals ready.
     *
     * @throws IllegalArgumentException when {@code mesh} is null or has no triangles
     */
    public static MeshRender of(Mesh mesh) {
        Checks.requireNonNull(mesh, "mesh");
        if (mesh.triangleCount() == 0) {
            throw new IllegalArgumentException("mesh has no triangles; nothing to draw");
        }
        return new MeshRender(mesh);
    }

    /**
     * {@code MeshRender.of(mesh).picture(view)}.
     *
     * @throws IllegalArgumentException when an argument is null or the mesh has no triangles
     */
    public static BufferedImage renderMesh(Mesh mesh, View view) {
        Checks.requireNonNull(view, "view");
        return of(mesh).picture(view);
    }

    /**
     * The mesh seen through {@code view}: {@code width × height} RGB pixels.
     *
     * @throws IllegalArgumentException when {@code view} is null
     */
    public BufferedImage picture(View view) {
        Checks.requireNonNull(view, "view");
        int s = SUPERSAMPLING;
        int w = view.width() * s;
        int h = view.height() * s;
        Projector p = new Projector(bounds, view, w, h);
        int n = mesh.vertexCount();
        float[] sx = new float[n];
        float[] sy = new float[n];
        float[] key = new float[n];
        int grain = 1 << 14;
        float[] xyz = mesh.vertices();
        Parallel.forEach((n + grain - 1) / grain, c -> p.project(xyz, c * grain, Math.min(n, (c + 1) * grain), sx,
                sy, key));
        int[] front = new int[n];
        int[] back = new int[n];
        MeshShading.shade(normals, mesh.hasColors() ? mesh.colors() : null, p, front, back);
        TriangleRaster raster = new TriangleRaster(mesh.triangles(), sx, sy, key, front, back, w);
        BufferedImage image = new BufferedImage(view.width(), view.height(), BufferedImage.TYPE_INT_RGB);
        int[] out = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int background = view.background().getRGB() & 0xFFFFFF;
        int outRows = view.height();
        int bandRows = Math.max(1, (outRows + BANDS - 1) / BANDS); // in picture rows
        int bands = (outRows + bandRows - 1) / bandRows;
        TriangleBins bins = TriangleBins.of(mesh.triangles(), sx, sy, w, h, bands, bandRows * s);
        float tolerance = (float) p.keyTolerance(1.5 * s);
        Parallel.forEach(bands, band -> {
            int r0 = band * bandRows;
            int r1 = Math.min(outRows, r0 + bandRows);
            int y0 = r0 * s;
            int y1 = r1 * s;
            int[] color = new int[(y1 - y0) * w];
            float[] depth = new float[color.length];
            raster.fill(bins, band, y0, y1, color, depth, background);
            if (view.wireframe()) {
                raster.edges(bins, band, y0, y1, color, depth, tolerance);
            }
            Supersample.boxDown(color, w, y1 - y0, s, out, r0 * view.width());
        });
        if (view.scaleBar()) {
            Annotations.scaleBar(image, p.unitsPerPixel(s), mesh.unit());
        }
        if (view.axes()) {
            Annotations.axes(image, view);
        }
        return image;
    }
}
