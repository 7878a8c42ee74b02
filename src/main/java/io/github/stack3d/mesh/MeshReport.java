package io.github.stack3d.mesh;

import io.github.stack3d.Mesh;

/** Placeholder until implemented. */
public record MeshReport(int vertices, int triangles) {
    public static MeshReport of(Mesh m) { throw new UnsupportedOperationException("not implemented yet"); }
}
