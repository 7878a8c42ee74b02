package io.github.stack3d.notebook;

import io.github.stack3d.Chart;
import io.github.stack3d.Labels;
import io.github.stack3d.Mask;
import io.github.stack3d.Mesh;
import io.github.stack3d.PointCloud;
import io.github.stack3d.SliceSource;
import io.github.stack3d.View;
import io.github.stack3d.Volume;
import io.github.stack3d.mesh.MeshReport;
import io.github.stack3d.render.HistogramChart;
import io.github.stack3d.render.MeshRender;
import io.github.stack3d.render.Montage;
import io.github.stack3d.render.PointsRender;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a notebook shows for each stack3d type: a picture ({@link #picture}) and an HTML card ({@link #html}) of
 * facts in a small table beside that picture. Plain Java, no kernel: {@link Display} hands these to IJava, and
 * {@code Stack3D.show} saves the picture outside it. A stack on disk is not read whole for a card: its value range
 * and histogram are left out (the montage reads only its 16 slices).
 */
public final class Cards {

    /** Slices in a card's montage: fewer than a full montage, so the picture stays small. */
    private static final int TILES = 9;

    private Cards() {
    }

    /** True for the types that have a card. */
    public static boolean hasCard(Object x) {
        return x instanceof Volume || x instanceof Mask || x instanceof Labels || x instanceof Mesh
                || x instanceof PointCloud;
    }

    /**
     * The picture of {@code x}: a montage of a stack, a shaded rendering of a mesh or points, a chart drawn, an
     * image itself, a viewer's still; null for a type without one (a report, a text).
     */
    public static BufferedImage picture(Object x) {
        if (x instanceof BufferedImage image) {
            return image;
        } else if (x instanceof Labels || x instanceof Mask || x instanceof Volume) {
            return Montage.of((SliceSource) x, TILES);
        } else if (x instanceof Mesh mesh) {
            return MeshRender.renderMesh(mesh, View.DEFAULT);
        } else if (x instanceof PointCloud points) {
            return PointsRender.renderPoints(points, View.DEFAULT);
        } else if (x instanceof Chart chart) {
            return chart.toImage();
        } else if (x instanceof Viewer viewer) {
            return viewer.still();
        }
        return null;
    }

    /** The card of {@code x}, one of the types {@link #hasCard} accepts. */
    public static String html(Object x) {
        if (x instanceof Volume v) {
            return volume(v);
        } else if (x instanceof Mask m) {
            return card(m.toString(), picture(m), m.inMemory()
                    ? List.of(row("voxels", String.format(Locale.ROOT, "%,d", m.count())),
                            row("volume", number(m.physicalVolume()) + " " + m.grid().unit() + "³"),
                            row("grid", m.grid().toString()))
                    : List.of(row("grid", m.grid().toString())), "");
        } else if (x instanceof Labels l) {
            return card(l.toString(), picture(l), List.of(row("labels", String.format(Locale.ROOT, "%,d", l.count())),
                    row("grid", l.grid().toString())), "");
        } else if (x instanceof Mesh mesh) {
            MeshReport r = MeshReport.of(mesh);
            return card(mesh.toString(), picture(mesh), List.of(
                    row("vertices", String.format(Locale.ROOT, "%,d", r.vertices())),
                    row("triangles", String.format(Locale.ROOT, "%,d", r.triangles())),
                    row("area", number(r.surfaceArea()) + " " + r.unit() + "²"),
                    row("volume", number(r.enclosedVolume()) + " " + r.unit() + "³"),
                    row("watertight", r.watertight() ? "yes" : "no")), "");
        } else if (x instanceof PointCloud p) {
            return card(p.toString(), picture(p),
                    List.of(row("points", String.format(Locale.ROOT, "%,d", p.size()))), "");
        }
        throw new IllegalArgumentException("no card for " + (x == null ? "null" : x.getClass().getName()));
    }

    /** The text shown where no picture can be: a volume's report, anything else's {@code toString()}. */
    public static String text(Object x) {
        return x instanceof Volume v ? v.describe() : String.valueOf(x);
    }

    private static String volume(Volume v) {
        List<String> rows = new ArrayList<>(List.of(
                row("size", v.width() + " × " + v.height() + " × " + v.depth()),
                row("type", v.type().toString()),
                row("grid", v.grid().toString())));
        if (v.inMemory()) {
            rows.add(row("values", v.range().toString()));
        }
        List<Path> files = v.files();
        if (!files.isEmpty()) {
            rows.add(row("files", files.size() + ": " + files.get(0).getFileName()
                    + (files.size() > 1 ? " … " + files.get(files.size() - 1).getFileName() : "")));
        }
        String histogram = v.inMemory() ? "<div>" + HistogramChart.of(v).withSize(360, 210).svg() + "</div>" : "";
        return card(v.toString(), picture(v), rows, histogram);
    }

    private static String card(String title, BufferedImage picture, List<String> rows, String extra) {
        return "<div class=\"stack3d-card\" style=\"display:flex;gap:12px;align-items:flex-start\">"
                + "<div>" + InlinePng.img(picture, title) + "</div>"
                + "<div><b>" + escape(title) + "</b><table>" + String.join("", rows) + "</table>" + extra + "</div>"
                + "</div>";
    }

    private static String row(String name, String value) {
        return "<tr><th style=\"text-align:left\">" + escape(name) + "</th><td style=\"text-align:left\">"
                + escape(value) + "</td></tr>";
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%,.6g", v);
    }

    /** Text made safe inside HTML elements and attributes. */
    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
