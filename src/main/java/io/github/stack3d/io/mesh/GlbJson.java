package io.github.stack3d.io.mesh;

import io.github.stack3d.Mesh;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON chunk of a {@link GlbWriter} file: asset, one scene with one node and one mesh, a material, the one
 * buffer (the binary chunk), its views and accessors. Numbers are written so that they read back exactly:
 * floats as their shortest round-tripping decimals (the accessors' {@code min} and {@code max} must equal the
 * data), integers as integers.
 */
final class GlbJson {

    private static final String[] NO_NAMES = {};
    private static final int FLOAT = 5126;
    private static final int UNSIGNED_SHORT = 5123;
    private static final int UNSIGNED_INT = 5125;
    private static final int ARRAY_BUFFER = 34962;
    private static final int ELEMENT_ARRAY_BUFFER = 34963;

    private GlbJson() {
    }

    /** The JSON for {@code mesh} laid out as {@code layout}, with its positions' bounds {@code min} and {@code max}. */
    static String of(Mesh mesh, GlbWriter.Layout layout, float[] min, float[] max) {
        double metres = GlbWriter.metresPer(mesh.unit());
        boolean scaled = !Double.isNaN(metres);
        int vertices = mesh.vertexCount();
        List<String> views = new ArrayList<>();
        List<String> accessors = new ArrayList<>();
        StringBuilder attributes = new StringBuilder();
        views.add(view(layout.positions(), 12L * vertices, ARRAY_BUFFER));
        accessors.add(accessor(0, FLOAT, vertices, "VEC3") + ",\"min\":" + floats(min) + ",\"max\":" + floats(max)
                + "}");
        attributes.append("\"POSITION\":0");
        if (mesh.hasNormals()) {
            views.add(view(layout.normals(), 12L * vertices, ARRAY_BUFFER));
            accessors.add(accessor(views.size() - 1, FLOAT, vertices, "VEC3") + "}");
            attributes.append(",\"NORMAL\":").append(accessors.size() - 1);
        }
        if (mesh.hasColors()) {
            views.add(view(layout.colors(), 12L * vertices, ARRAY_BUFFER));
            accessors.add(accessor(views.size() - 1, FLOAT, vertices, "VEC3") + "}");
            attributes.append(",\"COLOR_0\":").append(accessors.size() - 1);
        }
        int indices = mesh.triangles().length;
        views.add(view(layout.indices(), layout.binUnpadded() - layout.indices(), ELEMENT_ARRAY_BUFFER));
        accessors.add(accessor(views.size() - 1, layout.shortIndices() ? UNSIGNED_SHORT : UNSIGNED_INT, indices, "SCALAR") + "}");

        String unit = string(mesh.unit());
        StringBuilder s = new StringBuilder(1024);
        s.append("{\"asset\":{\"version\":\"2.0\",\"generator\":\"stack3d\",\"extras\":{\"unit\":").append(unit)
                .append(scaled ? ",\"metresPerUnit\":" + metres : "").append("}},");
        s.append("\"scene\":0,\"scenes\":[{\"nodes\":[0]}],");
        s.append("\"nodes\":[{\"name\":\"stack3d mesh\",\"mesh\":0,\"rotation\":[1,0,0,0]");
        if (scaled) {
            s.append(",\"scale\":[").append(metres).append(',').append(metres).append(',').append(metres).append(']');
        }
        s.append("}],");
        s.append("\"meshes\":[{\"name\":\"stack3d mesh\",\"primitives\":[{\"attributes\":{").append(attributes)
                .append("},\"indices\":").append(accessors.size() - 1).append(",\"material\":0,\"mode\":4}]}],");
        s.append("\"materials\":[{\"name\":\"stack3d surface\",\"pbrMetallicRoughness\":{\"baseColorFactor\":")
                .append(mesh.hasColors() ? "[1,1,1,1]" : "[0.8,0.8,0.8,1]")
                .append(",\"metallicFactor\":0,\"roughnessFactor\":0.6},\"doubleSided\":true}],");
        s.append("\"buffers\":[{\"byteLength\":").append(layout.binLength()).append("}],");
        s.append("\"bufferViews\":[").append(String.join(",", views.toArray(NO_NAMES))).append("],");
        s.append("\"accessors\":[").append(String.join(",", accessors.toArray(NO_NAMES))).append("]}");
        return s.toString();
    }

    private static String view(long offset, long length, int target) {
        return "{\"buffer\":0,\"byteOffset\":" + offset + ",\"byteLength\":" + length + ",\"target\":" + target + "}";
    }

    /** An accessor without its closing brace, so that {@code min} and {@code max} can follow. */
    private static String accessor(int view, int componentType, int count, String type) {
        return "{\"bufferView\":" + view + ",\"componentType\":" + componentType + ",\"count\":" + count
                + ",\"type\":\"" + type + "\"";
    }

    private static String floats(float[] f) {
        return "[" + ShortestFloat.toString(f[0]) + "," + ShortestFloat.toString(f[1]) + ","
                + ShortestFloat.toString(f[2]) + "]";
    }

    /** {@code text} as a JSON string: quotes, backslashes and control characters escaped, the rest as it is. */
    static String string(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c < 0x20) {
                s.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.append('"').toString();
    }
}
