package io.github.stack3d.io.mesh;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.stack3d.Mesh;
import io.github.stack3d.io.FuzzFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Coverage-guided fuzzing of the mesh readers (Jazzer): whatever the bytes, a reader returns a mesh whose
 * triangles name existing vertices, or throws the {@link IOException} it documents; any other exception or
 * error is a finding. {@code mvn verify} replays the inputs in {@code MeshReadersFuzzTestInputs/<target>/}
 * (seeds and every former finding); {@code JAZZER_FUZZ=1 mvn test -Dtest=MeshReadersFuzzTest#ply} fuzzes one
 * target.
 */
class MeshReadersFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void ply(byte[] data) {
        read(data, "ply");
    }

    @FuzzTest(maxDuration = "10m")
    void stl(byte[] data) {
        read(data, "stl");
    }

    @FuzzTest(maxDuration = "10m")
    void obj(byte[] data) {
        read(data, "obj");
    }

    private static void read(byte[] data, String extension) {
        Path file = FuzzFiles.write(data, extension);
        Mesh mesh;
        try {
            mesh = switch (extension) {
                case "ply" -> PlyReader.read(file);
                case "stl" -> StlReader.read(file);
                default -> ObjReader.read(file);
            };
        } catch (IOException e) {
            if (e.getMessage() == null || !e.getMessage().contains(file.toString())) {
                throw new AssertionError("the message does not name the file: " + e.getMessage(), e);
            }
            return;
        }
        int vertices = mesh.vertexCount();
        for (int index : mesh.triangles()) {
            if (index < 0 || index >= vertices) {
                throw new AssertionError("triangle corner " + index + " outside 0.." + (vertices - 1));
            }
        }
    }
}
