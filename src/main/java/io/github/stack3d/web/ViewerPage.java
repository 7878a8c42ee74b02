package io.github.stack3d.web;

import io.github.stack3d.Colormap;
import io.github.stack3d.Grid;
import io.github.stack3d.Mesh;
import io.github.stack3d.PointCloud;
import io.github.stack3d.RenderMode;
import io.github.stack3d.View;
import io.github.stack3d.Volume;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The content of an interactive view, encoded once: its settings (a JSON object) and its data (named byte
 * sections, gzip-compressed and base64-encoded together: {@link GeometryCode} positions and indices, colors, a
 * {@link VolumeTexture}'s voxels, a colormap). {@link #fragment} wraps it, with a still picture and three.js
 * ({@link ThreeModules}), into an HTML element whose script ({@code viewer.js}) replaces the picture with a live
 * WebGL canvas; {@link #document} makes that a standalone page. The camera starts where the still's {@link View}
 * puts it (azimuth, elevation, zoom, perspective, size, background); a volume is always seen through an
 * orthographic camera (the ray caster, three.js's {@code VolumeRenderShader1}, casts parallel rays).
 */
public final class ViewerPage {

    /** The surface color of meshes and isosurfaces, that of the software renderer (light warm grey). */
    private static final int SURFACE = 0xD8D2C4;

    private final StringBuilder settings = new StringBuilder();
    private final String data;
    private final int width;
    private final int height;

    private ViewerPage(String kind, View view, double[] centre, double radius, boolean perspective,
                       Map<String, String> values, Map<String, byte[]> sectionBytes) {
        this.width = view.width();
        this.height = view.height();
        value("kind", PageData.string(kind));
        value("three", PageData.string(ThreeModules.VERSION));
        value("width", PageData.number(width));
        value("height", PageData.number(height));
        value("background", PageData.string(String.format(Locale.ROOT, "#%06x", view.background().getRGB()
                & 0xFFFFFF)));
        value("forward", PageData.numbers(view.forward()));
        value("down", PageData.numbers(view.down()));
        value("zoom", PageData.number(view.zoom()));
        value("perspective", Boolean.toString(perspective));
        value("wireframe", Boolean.toString(view.wireframe()));
        value("color", PageData.number(SURFACE));
        value("centre", PageData.numbers(centre));
        value("radius", PageData.number(radius));
        values.forEach(this::value);
        List<byte[]> parts = new ArrayList<>();
        List<String> sections = new ArrayList<>();
        sectionBytes.forEach((name, bytes) -> {
            parts.add(bytes);
            sections.add("[" + PageData.string(name) + "," + bytes.length + "]");
        });
        value("sections", "[" + String.join(",", sections) + "]");
        this.data = PageData.gzipBase64(parts.toArray(new byte[0][]));
    }

    private void value(String name, String json) {
        settings.append(settings.length() == 0 ? "{" : ",").append(PageData.string(name)).append(':').append(json);
    }

    /** The view of a mesh: quantised positions, encoded triangles, colors when it has them. */
    public static ViewerPage mesh(Mesh mesh, View view) {
        double[] b = GeometryCode.bounds(mesh.vertices());
        Map<String, byte[]> s = new LinkedHashMap<>();
        s.put("positions", GeometryCode.positions(mesh.vertices(), b));
        s.put("indices", GeometryCode.indices(mesh.triangles()));
        if (mesh.hasColors()) {
            s.put("colors", mesh.colors());
        }
        return new ViewerPage("mesh", view, centre(b), radius(b), view.perspective(), Map.of(
                "bounds", PageData.numbers(b),
                "vertices", PageData.number(mesh.vertexCount()),
                "triangles", PageData.number(mesh.triangleCount())), s);
    }

    /** The view of points: quantised positions, their colors or the view's colormap along z. */
    public static ViewerPage points(PointCloud points, View view) {
        double[] b = GeometryCode.bounds(points.xyz());
        Map<String, byte[]> s = new LinkedHashMap<>();
        s.put("positions", GeometryCode.positions(points.xyz(), b));
        s.put(points.hasColors() ? "colors" : "colormap", points.hasColors() ? points.colors()
                : colormap(view.colormap()));
        // 1–3 pixels a point, fewer the more points there are, as the software renderer draws them
        int size = points.size() > 200_000 ? 1 : points.size() > 20_000 ? 2 : 3;
        return new ViewerPage("points", view, centre(b), radius(b), view.perspective(), Map.of(
                "bounds", PageData.numbers(b),
                "vertices", PageData.number(points.size()),
                "pointSize", PageData.number(size)), s);
    }

    /**
     * The view of a volume texture: {@link RenderMode#MIP} through the view's colormap, or else the isosurface
     * at {@code level}.
     *
     * @param level the isosurface level on the texture's 0..255 scale
     */
    public static ViewerPage volume(VolumeTexture texture, View view, double level) {
        Volume v = texture.volume();
        Grid g = v.grid();
        double[] centre = {g.x((v.width() - 1) / 2.0), g.y((v.height() - 1) / 2.0), g.z((v.depth() - 1) / 2.0)};
        double radius = 0.5 * Math.sqrt(square(v.width() * g.sx()) + square(v.height() * g.sy())
                + square(v.depth() * g.sz()));
        byte[] voxels = new byte[v.width() * v.height() * v.depth()];
        for (int z = 0; z < v.depth(); z++) {
            System.arraycopy(v.bytes(z), 0, voxels, z * v.sliceSize(), v.sliceSize());
        }
        Map<String, byte[]> s = new LinkedHashMap<>();
        s.put("voxels", voxels);
        s.put("colormap", colormap(view.colormap()));
        return new ViewerPage("volume", view, centre, radius, false, Map.of(
                "size", PageData.numbers(v.width(), v.height(), v.depth()),
                "spacing", PageData.numbers(g.sx(), g.sy(), g.sz()),
                "origin", PageData.numbers(g.ox(), g.oy(), g.oz()),
                "range", PageData.numbers(texture.min(), texture.max()),
                "mode", PageData.string(view.mode() == RenderMode.MIP ? "mip" : "iso"),
                "level", PageData.number(Math.round(level)),
                "dark", Boolean.toString(texture.darkObject(level))), s);
    }

    /** Characters of base64 data (geometry or voxels) this view carries, three.js and the picture aside. */
    public int dataLength() {
        return data.length();
    }

    /**
     * The HTML element of this view: the still picture (a PNG) until the script has drawn the live view, which
     * replaces it; where scripts do not run (an untrusted notebook, GitHub) the picture stays.
     *
     * @param stillPng the picture as base64 PNG
     * @param alt      its text alternative
     */
    public String fragment(String stillPng, String alt) {
        String id = "stack3d-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
        StringBuilder b = new StringBuilder(data.length() + 300_000);
        b.append("<div id=\"").append(id).append("\" class=\"stack3d-viewer\" data-state=\"still\" style=\"")
                .append("position:relative;display:inline-block;line-height:0;width:").append(width)
                .append("px;height:").append(height).append("px\">");
        b.append("<img class=\"stack3d-still\" alt=\"").append(attribute(alt)).append("\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" src=\"data:image/png;base64,").append(stillPng)
                .append("\"/>");
        b.append("<div class=\"stack3d-note\" style=\"display:none;position:absolute;left:4px;bottom:4px;")
                .append("font:11px sans-serif;line-height:normal;color:#888\"></div>");
        b.append("<script type=\"application/json\" class=\"stack3d-config\">").append(settings).append("}</script>");
        b.append("<script type=\"text/plain\" class=\"stack3d-data\">").append(data).append("</script>");
        ThreeModules.packed().forEach((name, packed) -> b.append("<script type=\"text/plain\" data-module=\"")
                .append(name).append("\">").append(packed).append("</script>"));
        b.append("<script>(function () {\n").append(Script.TEXT).append("\nstart(").append(PageData.string(id))
                .append(");\n})();</script></div>");
        return b.toString();
    }

    /** A standalone HTML page showing {@code fragment} (from {@link #fragment}), titled {@code title}. */
    public static String document(String fragment, String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + attribute(title)
                + "</title></head>\n<body style=\"margin:0\">" + fragment + "</body></html>\n";
    }

    /** 256 RGB triples of a colormap. */
    private static byte[] colormap(Colormap colormap) {
        byte[] rgb = new byte[768];
        for (int i = 0; i < 256; i++) {
            int c = colormap.rgb(i);
            rgb[3 * i] = (byte) (c >> 16);
            rgb[3 * i + 1] = (byte) (c >> 8);
            rgb[3 * i + 2] = (byte) c;
        }
        return rgb;
    }

    private static double[] centre(double[] b) {
        return new double[] {(b[0] + b[3]) / 2, (b[1] + b[4]) / 2, (b[2] + b[5]) / 2};
    }

    private static double radius(double[] b) {
        double r = 0.5 * Math.sqrt(square(b[3] - b[0]) + square(b[4] - b[1]) + square(b[5] - b[2]));
        return r > 0 ? r : 1;
    }

    private static double square(double v) {
        return v * v;
    }

    private static String attribute(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The viewer's script, read once. */
    private static final class Script {
        static final String TEXT = read();

        private static String read() {
            try (InputStream in = ViewerPage.class.getResourceAsStream("viewer.js")) {
                if (in == null) {
                    throw new IllegalStateException("io/github/stack3d/web/viewer.js is missing from the class path");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("io/github/stack3d/web/viewer.js: cannot read", e);
            }
        }
    }
}
