package io.github.stack3d;

/**
 * An indexed triangle mesh: vertices {@code [x0, y0, z0, x1, ...]} in the unit of the stack's spacing,
 * triangles {@code [a0, b0, c0, a1, ...]} as vertex indices (shared vertices), counter-clockwise seen from
 * outside so that normals point out of the object, and optional per-vertex normals and colors.
 *
 * <p>Immutable; the constructor wraps the arrays it is given (the caller must not change them afterwards), and
 * the accessors return them as they are (read them, do not change them).
 */
public final class Mesh {

    private final float[] vertices;
    private final int[] triangles;
    private final float[] normals;
    private final byte[] colors;
    private final String unit;

    /**
     * A mesh with optional per-vertex normals and colors, wrapping the arrays given.
     *
     * @param vertices  coordinates, 3 per vertex
     * @param triangles vertex indices, 3 per triangle, each in {@code [0, vertexCount)}
     * @param normals   per-vertex normals, 3 per vertex, or {@code null}
     * @param colors    per-vertex red, green, blue (unsigned bytes), or {@code null}
     * @param unit      length unit of the coordinates
     * @throws IllegalArgumentException when {@code vertices}, {@code triangles} or {@code unit} is null, an array
     *                                  does not hold 3 values per vertex or triangle, or an index is out of range
     */
    public Mesh(float[] vertices, int[] triangles, float[] normals, byte[] colors, String unit) {
        this.vertices = Checks.requireNonNull(vertices, "vertices");
        this.triangles = Checks.requireNonNull(triangles, "triangles");
        this.normals = normals;
        this.colors = colors;
        this.unit = Checks.requireNonNull(unit, "unit");
        PointCloud.requireTriples(vertices, "vertices");
        if (triangles.length % 3 != 0) {
            throw new IllegalArgumentException("triangles has " + triangles.length
                    + " indices; expected 3 per triangle");
        }
        int n = vertices.length / 3;
        for (int i = 0; i < triangles.length; i++) {
            if (triangles[i] < 0 || triangles[i] >= n) {
                throw new IllegalArgumentException("triangle " + i / 3 + " refers to vertex " + triangles[i]
                        + "; the mesh has vertices 0.." + (n - 1));
            }
        }
        if (normals != null && normals.length != vertices.length) {
            throw new IllegalArgumentException("normals has " + normals.length + " values; expected "
                    + vertices.length);
        }
        if (colors != null && colors.length != vertices.length) {
            throw new IllegalArgumentException("colors has " + colors.length + " values; expected "
                    + vertices.length);
        }
    }

    /** A mesh without normals or colors. */
    public Mesh(float[] vertices, int[] triangles, String unit) {
        this(vertices, triangles, null, null, unit);
    }

    /** Number of vertices. */
    public int vertexCount() {
        return vertices.length / 3;
    }

    /** Number of triangles. */
    public int triangleCount() {
        return triangles.length / 3;
    }

    /** Vertex coordinates, 3 per vertex. */
    public float[] vertices() {
        return vertices;
    }

    /** Vertex indices, 3 per triangle. */
    public int[] triangles() {
        return triangles;
    }

    /** True when the vertices have normals. */
    public boolean hasNormals() {
        return normals != null;
    }

    /** Per-vertex unit normals, 3 per vertex; throws when there are none. */
    public float[] normals() {
        if (normals == null) {
            throw new IllegalStateException("this mesh has no normals");
        }
        return normals;
    }

    /** True when the vertices have colors. */
    public boolean hasColors() {
        return colors != null;
    }

    /** Per-vertex colors, red green blue as unsigned bytes; throws when there are none. */
    public byte[] colors() {
        if (colors == null) {
            throw new IllegalStateException("this mesh has no colors");
        }
        return colors;
    }

    /** Length unit of the coordinates. */
    public String unit() {
        return unit;
    }

    /** {@code {minX, minY, minZ, maxX, maxY, maxZ}} of the vertices; NaN for an empty mesh. */
    public double[] bounds() {
        return PointCloud.bounds(vertices);
    }

    /** The vertices as a point cloud (with their normals and colors). */
    public PointCloud points() {
        return new PointCloud(vertices, normals, colors, unit);
    }

    /** For example {@code Mesh[53,544 vertices, 107,084 triangles, x 0..120, y 3..150, z 0..113 px]}. */
    @Override
    public String toString() {
        return summary(vertexCount(), triangleCount(), hasNormals(), vertexCount() == 0 ? null : bounds(), unit);
    }

    /**
     * What {@link #toString} says of a mesh of these counts, with normals or not, within {@code bounds} (as
     * {@link #bounds()} gives them): for a mesh that is written without ever being held whole.
     */
    public static String summary(long vertices, long triangles, boolean normals, double[] bounds, String unit) {
        return "Mesh[" + Checks.count(vertices) + " vertices, " + Checks.count(triangles) + " triangles"
                + (normals ? " with normals" : "") + ", " + PointCloud.boundsText(vertices, bounds, unit) + "]";
    }
}
