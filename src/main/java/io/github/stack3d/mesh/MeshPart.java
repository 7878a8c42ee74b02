package io.github.stack3d.mesh;

import io.github.stack3d.Checks;

/**
 * One connected part of a mesh (triangles joined through shared vertices, see {@link MeshParts}), as
 * {@link MeshReport#parts()} lists it.
 *
 * @param triangles      its triangles (those with three distinct vertex indices)
 * @param vertices       the vertices of those triangles
 * @param surfaceArea    the area of its triangles, in {@code unit²}
 * @param enclosedVolume the volume it encloses, in {@code unit³} (divergence theorem about the centre of its
 *                       bounding box; meaningful when the part is closed)
 * @param bounds         bounding box of its vertices, in {@code unit}
 */
public record MeshPart(int triangles, int vertices, double surfaceArea, double enclosedVolume,
        MeshReport.Bounds bounds) {

    /** Checks that the bounds are present. */
    public MeshPart {
        Checks.requireNonNull(bounds, "bounds");
    }

    /** For example {@code area 6 px², volume 1 px³, x 0..1, y 0..1, z 0..1 px, 12 triangles}. */
    String text(String unit) {
        return "area " + MeshReport.number(surfaceArea) + " " + unit + "², volume " + MeshReport.number(enclosedVolume)
                + " " + unit + "³, " + bounds.text(unit) + ", " + Checks.count(triangles)
                + (triangles == 1 ? " triangle" : " triangles");
    }
}
