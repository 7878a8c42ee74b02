package io.github.stack3d.io.mesh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.javagl.jgltf.model.AccessorFloatData;
import de.javagl.jgltf.model.AccessorIntData;
import de.javagl.jgltf.model.AccessorModel;
import de.javagl.jgltf.model.AccessorShortData;
import de.javagl.jgltf.model.GltfModel;
import de.javagl.jgltf.model.MeshPrimitiveModel;
import de.javagl.jgltf.model.NodeModel;
import de.javagl.jgltf.model.io.GltfModelReader;
import de.javagl.jgltf.model.v2.MaterialModelV2;
import io.github.stack3d.Mesh;
import io.github.stack3d.Python;
import io.github.stack3d.Stack3D;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GLB files read back by jgltf-model (de.javagl, an independent glTF 2.0 reader) and, where present, Open3D. */
class GlbWriterTest {

    @TempDir
    Path dir;

    private static GltfModel read(Path file) throws IOException {
        return new GltfModelReader().read(file);
    }

    private static MeshPrimitiveModel primitive(GltfModel model) {
        assertEquals(1, model.getMeshModels().size());
        List<MeshPrimitiveModel> primitives = model.getMeshModels().get(0).getMeshPrimitiveModels();
        assertEquals(1, primitives.size());
        assertEquals(4, primitives.get(0).getMode(), "TRIANGLES");
        return primitives.get(0);
    }

    private static float[] floats(AccessorModel accessor) {
        assertEquals(5126, accessor.getComponentType(), "FLOAT");
        AccessorFloatData data = (AccessorFloatData) accessor.getAccessorData();
        float[] f = new float[3 * accessor.getCount()];
        for (int i = 0; i < accessor.getCount(); i++) {
            for (int k = 0; k < 3; k++) {
                f[3 * i + k] = data.get(i, k);
            }
        }
        return f;
    }

    private static int[] indices(AccessorModel accessor) {
        int[] t = new int[accessor.getCount()];
        for (int i = 0; i < t.length; i++) {
            t[i] = accessor.getAccessorData() instanceof AccessorShortData s ? s.getInt(i)
                    : ((AccessorIntData) accessor.getAccessorData()).get(i);
        }
        return t;
    }

    /** The sRGB byte of a linear value (IEC 61966-2-1), rounded. */
    private static int srgb(float linear) {
        double c = linear <= 0.0031308 ? 12.92 * linear : 1.055 * Math.pow(linear, 1 / 2.4) - 0.055;
        return (int) Math.round(c * 255);
    }

    @Test
    void cubeReadsBackWithPositionsNormalsColoursAndShortIndices() throws IOException {
        Mesh cube = FormatSamples.cube();
        GltfModel model = read(GlbWriter.write(cube, dir.resolve("cube.glb")));
        MeshPrimitiveModel p = primitive(model);
        Map<String, AccessorModel> attributes = p.getAttributes();
        assertEquals(List.of("COLOR_0", "NORMAL", "POSITION"), attributes.keySet().stream().sorted().toList());
        AccessorModel position = attributes.get("POSITION");
        assertEquals(8, position.getCount());
        assertArrayEquals(cube.vertices(), floats(position));
        assertArrayEquals(new Number[] {0f, 0f, 0f}, position.getMin());
        assertArrayEquals(new Number[] {0.5f, 0.5f, 2f}, position.getMax());
        assertArrayEquals(cube.normals(), floats(attributes.get("NORMAL")), 1e-7f);
        float[] colours = floats(attributes.get("COLOR_0"));
        for (int i = 0; i < colours.length; i++) {
            assertEquals(cube.colors()[i] & 255, srgb(colours[i]), "colour component " + i);
        }
        assertEquals(5123, p.getIndices().getComponentType(), "UNSIGNED_SHORT for 8 vertices");
        assertEquals(36, p.getIndices().getCount());
        assertArrayEquals(cube.triangles(), indices(p.getIndices()));

        NodeModel node = model.getNodeModels().get(0);
        assertArrayEquals(new float[] {1e-6f, 1e-6f, 1e-6f}, node.getScale(), "µm to metres");
        assertArrayEquals(new float[] {1, 0, 0, 0}, node.getRotation(), "half a turn about x: image top up");
        // jgltf's own transform of the node (column-major 4×4): (x, y, z) µm → (x, −y, −z)·1e-6 m
        float[] m = node.computeGlobalTransform(null);
        float[] expected = {1e-6f, 0, 0, 0, 0, -1e-6f, 0, 0, 0, 0, -1e-6f, 0, 0, 0, 0, 1};
        assertArrayEquals(expected, m, 1e-12f, java.util.Arrays.toString(m));
        assertEquals("stack3d", model.getAssetModel().getGenerator());
        assertEquals(Map.of("unit", "µm", "metresPerUnit", 1e-6), model.getAssetModel().getExtras());
        MaterialModelV2 material = (MaterialModelV2) p.getMaterialModel();
        assertEquals(0, material.getMetallicFactor());
        assertTrue(material.isDoubleSided());
        assertArrayEquals(new float[] {1, 1, 1, 1}, material.getBaseColorFactor(), "vertex colours as they are");
    }

    @Test
    void fileIsAGlbContainerOfAlignedChunks() throws IOException {
        byte[] b = Files.readAllBytes(GlbWriter.write(FormatSamples.cube(), dir.resolve("cube.glb")));
        ByteBuffer d = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals("glTF", new String(b, 0, 4, StandardCharsets.US_ASCII));
        assertEquals(2, d.getInt(4));
        assertEquals(b.length, d.getInt(8));
        int json = d.getInt(12);
        assertEquals(0, json % 4);
        assertEquals("JSON", new String(b, 16, 4, StandardCharsets.US_ASCII));
        String text = new String(b, 20, json, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\"asset\":{\"version\":\"2.0\""), text);
        assertTrue(text.strip().endsWith("}") && text.length() - text.strip().length() < 4, "padded with spaces");
        int bin = d.getInt(20 + json);
        assertEquals(0x004E4942, d.getInt(24 + json), "BIN");
        // 8 vertices × 12 bytes for positions, normals and colours, 36 uint16 indices: 360 bytes, a multiple of 4
        assertEquals(3 * 8 * 12 + 36 * 2, bin);
        assertEquals(28 + json + bin, b.length);
    }

    /** A strip of {@code n} vertices (two rows), its triangles using every vertex. */
    private static Mesh strip(int n) {
        float[] v = new float[3 * n];
        for (int i = 0; i < n; i++) {
            v[3 * i] = i / 2;
            v[3 * i + 1] = i % 2;
        }
        int[] t = new int[3 * (n - 2)];
        for (int i = 0; i < n - 2; i++) {
            t[3 * i] = i;
            t[3 * i + 1] = i % 2 == 0 ? i + 1 : i + 2;
            t[3 * i + 2] = i % 2 == 0 ? i + 2 : i + 1;
        }
        return new Mesh(v, t, "px");
    }

    @Test
    void indicesAreShortUpTo65535VerticesAndIntAbove() throws IOException {
        for (int n : new int[] {65_535, 65_536}) {
            Mesh m = strip(n);
            GltfModel model = read(GlbWriter.write(m, dir.resolve(n + ".glb")));
            AccessorModel indices = primitive(model).getIndices();
            assertEquals(n == 65_535 ? 5123 : 5125, indices.getComponentType(), n + " vertices");
            assertArrayEquals(m.triangles(), indices(indices), n + " vertices");
            assertArrayEquals(new Number[] {(float) ((n - 1) / 2), 1f, 0f},
                    primitive(model).getAttributes().get("POSITION").getMax());
        }
    }

    @Test
    void facadeAddsNormalsAndLeavesPixelsUnscaled() throws IOException {
        Mesh plain = new Mesh(FormatSamples.plainCube().vertices(), FormatSamples.plainCube().triangles(), "px");
        GltfModel model = read(Stack3D.saveGlb(plain, dir.resolve("plain.glb").toString()));
        MeshPrimitiveModel p = primitive(model);
        assertFalse(p.getAttributes().containsKey("COLOR_0"));
        float[] normals = floats(p.getAttributes().get("NORMAL"));
        for (int i = 0; i < 8; i++) {
            double length = Math.sqrt(normals[3 * i] * normals[3 * i] + normals[3 * i + 1] * normals[3 * i + 1]
                    + normals[3 * i + 2] * normals[3 * i + 2]);
            assertEquals(1, length, 1e-6, "normal " + i);
            // a corner's normal points away from the box's centre (0.25, 0.25, 1)
            double dot = (plain.vertices()[3 * i] - 0.25) * normals[3 * i]
                    + (plain.vertices()[3 * i + 1] - 0.25) * normals[3 * i + 1]
                    + (plain.vertices()[3 * i + 2] - 1) * normals[3 * i + 2];
            assertTrue(dot > 0, "normal " + i + " points outwards");
        }
        assertNull(model.getNodeModels().get(0).getScale(), "px: no scale");
        assertEquals(Map.of("unit", "px"), model.getAssetModel().getExtras());
        MaterialModelV2 material = (MaterialModelV2) p.getMaterialModel();
        assertArrayEquals(new float[] {0.8f, 0.8f, 0.8f, 1}, material.getBaseColorFactor());
    }

    @Test
    void zeroNormalsBecomeUnitOnesAndUnitsScale() throws IOException {
        Mesh cube = FormatSamples.cube();
        float[] n = cube.normals().clone();
        n[0] = 0;
        n[1] = 0;
        n[2] = 0;
        n[3] = 3; // not unit: scaled to length 1
        Mesh odd = new Mesh(cube.vertices(), cube.triangles(), n, null, "mm");
        GltfModel model = read(GlbWriter.write(odd, dir.resolve("odd.glb")));
        float[] back = floats(primitive(model).getAttributes().get("NORMAL"));
        assertArrayEquals(new float[] {0, 0, 1}, java.util.Arrays.copyOf(back, 3));
        double length = Math.sqrt(back[3] * back[3] + back[4] * back[4] + back[5] * back[5]);
        assertEquals(1, length, 1e-6);
        assertArrayEquals(new float[] {1e-3f, 1e-3f, 1e-3f}, model.getNodeModels().get(0).getScale());
        assertEquals(1e-9, GlbWriter.metresPer("nm"));
        assertEquals(1e-6, GlbWriter.metresPer("micron"));
        assertEquals(1e-6, GlbWriter.metresPer("um"));
        assertEquals(1e-2, GlbWriter.metresPer("cm"));
        assertEquals(1, GlbWriter.metresPer("m"));
        assertTrue(Double.isNaN(GlbWriter.metresPer("px")));
        assertTrue(Double.isNaN(GlbWriter.metresPer("furlong")));
    }

    @Test
    void unitWithQuotesIsValidJson() throws IOException {
        Mesh cube = FormatSamples.plainCube();
        Mesh odd = new Mesh(cube.vertices(), cube.triangles(), "a \"unit\"\\\n");
        assertEquals(Map.of("unit", "a \"unit\"\\\n"), read(GlbWriter.write(odd, dir.resolve("u.glb")))
                .getAssetModel().getExtras());
    }

    @Test
    void nothingIsWrittenForMeshesGlbCannotHold() throws IOException {
        Path target = dir.resolve("bad.glb");
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> GlbWriter.write(new Mesh(new float[3], new int[0], "px"), target));
        assertTrue(empty.getMessage().contains("no triangles"), empty.getMessage());
        float[] v = FormatSamples.plainCube().vertices().clone();
        v[13] = Float.NaN;
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> GlbWriter.write(new Mesh(v, FormatSamples.plainCube().triangles(), "px"), target));
        assertTrue(nan.getMessage().contains("vertex 4 has coordinate NaN"), nan.getMessage());
        assertFalse(Files.exists(target));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Stack3D.saveGlb(null, target))
                .getMessage().startsWith("mesh is null"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Stack3D.saveGlb(FormatSamples.cube(),
                (Path) null)).getMessage().startsWith("file is null"));
        assertThrows(NoSuchFileException.class,
                () -> Stack3D.saveGlb(FormatSamples.cube(), dir.resolve("no/such/folder.glb")));
        // an existing file stays as it was when the new one cannot be written
        Files.writeString(target, "old");
        assertThrows(IllegalArgumentException.class, () -> GlbWriter.write(new Mesh(v,
                FormatSamples.plainCube().triangles(), "px"), target));
        assertEquals("old", Files.readString(target));
    }

    @Test
    void demoMeshReadsBackInJgltfAndOpen3d() throws IOException {
        Mesh mesh = Stack3D.marchingCubesBelow(Stack3D.sampleStack(), 100.5);
        Path file = Stack3D.saveGlb(mesh, dir.resolve("demo.glb"));
        MeshPrimitiveModel p = primitive(read(file));
        assertEquals(mesh.vertexCount(), p.getAttributes().get("POSITION").getCount());
        assertArrayEquals(mesh.vertices(), floats(p.getAttributes().get("POSITION")));
        assertArrayEquals(mesh.normals(), floats(p.getAttributes().get("NORMAL")), 1e-6f);
        assertEquals(5125, p.getIndices().getComponentType(), "UNSIGNED_INT for 98,070 vertices");
        assertArrayEquals(mesh.triangles(), indices(p.getIndices()));

        // Open3D 0.16 (Debian's python3-open3d, tinygltf inside) reads the positions as stored, in the mesh's unit
        // (it leaves the node's scale and rotation aside), the normals and the uint32 indices
        Python.requireModules("open3d", "numpy");
        String script = String.join("\n",
                "import sys, numpy as np, open3d as o3d",
                "m = o3d.io.read_triangle_mesh(sys.argv[1])",
                "v = np.asarray(m.vertices); t = np.asarray(m.triangles)",
                "print(len(v), len(t), m.has_vertex_normals())",
                "np.asarray(v, '<f8').tofile(sys.argv[1] + '.v'); np.asarray(t, '<i4').tofile(sys.argv[1] + '.t')");
        Python.Result r = Python.run(List.of("-c", script, file.toString()), dir);
        assertEquals(0, r.exitCode(), r.output());
        String[] counts = r.output().strip().split("\n");
        assertEquals(mesh.vertexCount() + " " + mesh.triangleCount() + " True", counts[counts.length - 1],
                r.output());
        ByteBuffer v = ByteBuffer.wrap(Files.readAllBytes(Path.of(file + ".v"))).order(ByteOrder.LITTLE_ENDIAN);
        float[] xyz = mesh.vertices();
        for (int i = 0; i < xyz.length; i++) {
            assertEquals(xyz[i], v.getDouble(8 * i), "coordinate " + i);
        }
        ByteBuffer t = ByteBuffer.wrap(Files.readAllBytes(Path.of(file + ".t"))).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < mesh.triangles().length; i++) {
            assertEquals(mesh.triangles()[i], t.getInt(4 * i), "index " + i);
        }
    }
}
