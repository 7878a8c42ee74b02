package io.github.stack3d.io.mesh;

import io.github.stack3d.io.AtomicWrite;
import io.github.stack3d.Checks;
import io.github.stack3d.Mesh;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes a mesh as a Wavefront OBJ text file (UTF-8), atomically (the file is complete or absent):
 * <pre>
 * # stack3d: coordinates in µm
 * # 4 vertices, 4 triangles
 * v 0 0 0                    one per vertex
 * vn 0 0 -1                  one per vertex, when the mesh has normals
 * f 1//1 3//3 2//2           one per triangle, 1-based; "f 1 3 2" without normals
 * </pre>
 * Numbers are the shortest decimals that read back as the same floats, independent of the locale. OBJ has no
 * standard per-vertex color, so colors are not written.
 */
public final class ObjWriter {

    private static final byte[] V = "v ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] VN = "vn ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] F = "f ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SLASHES = "//".getBytes(StandardCharsets.US_ASCII);

    private ObjWriter() {
    }

    /**
     * Writes {@code mesh} to {@code file}; a mesh without triangles is written as its vertices only:
     * {@code ObjWriter.write(mesh, Path.of("mesh.obj"))}.
     *
     * @param mesh at least one vertex
     * @param file the file to write or replace; its folder must exist
     * @return {@code file}
     * @throws IllegalArgumentException when the mesh has no vertices (nothing is written)
     * @throws IOException              naming the file when its folder does not exist or writing fails
     */
    public static Path write(Mesh mesh, Path file) throws IOException {
        Checks.requireNonNull(mesh, "mesh");
        Checks.requireNonNull(file, "file");
        if (mesh.vertexCount() == 0) {
            throw new IllegalArgumentException(file + ": no points; nothing written (the mesh has 0 vertices)");
        }
        float[] v = mesh.vertices();
        int[] t = mesh.triangles();
        float[] n = mesh.hasNormals() ? mesh.normals() : null;
        // about 10 characters a number, for progress only
        long size = (n == null ? 32L : 64L) * mesh.vertexCount() + (n == null ? 28L : 52L) * mesh.triangleCount();
        return AtomicWrite.write(file, size, out -> {
            TextOut text = new TextOut(out);
            text.text("# " + UnitNote.of(mesh.unit())).newline();
            text.text("# ").number(mesh.vertexCount()).text(" vertices, ").number(mesh.triangleCount())
                    .text(" triangles").newline();
            text.flush();
            TextBlocks.write(out, mesh.vertexCount(), (block, from, to) -> {
                for (int i = 3 * from; i < 3 * to; i += 3) {
                    block.bytes(V).numbers(v[i], v[i + 1], v[i + 2]).newline();
                }
            });
            TextBlocks.write(out, n == null ? 0 : mesh.vertexCount(), (block, from, to) -> {
                for (int i = 3 * from; i < 3 * to; i += 3) {
                    block.bytes(VN).numbers(n[i], n[i + 1], n[i + 2]).newline();
                }
            });
            TextBlocks.write(out, mesh.triangleCount(), (block, from, to) -> {
                for (int i = 3 * from; i < 3 * to; i += 3) {
                    block.bytes(F);
                    for (int k = 0; k < 3; k++) {
                        long index = t[i + k] + 1L;
                        block.number(index);
                        if (n != null) {
                            block.bytes(SLASHES).number(index);
                        }
                        if (k < 2) {
                            block.space();
                        }
                    }
                    block.newline();
                }
            });
        });
    }
}
