package io.github.stack3d.mesh;

import io.github.stack3d.Checks;
import io.github.stack3d.Memory;
import io.github.stack3d.Mesh;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Counts, checks and measures of a triangle mesh, from {@link #of(Mesh)}; {@code toString()} is a readable
 * multi-line report (what JShell and a notebook show).
 *
 * <p>Edges are undirected vertex pairs of the triangles. A <em>boundary</em> edge lies in one triangle, a
 * <em>non-manifold</em> edge in more than two, and an <em>inconsistently oriented</em> edge in exactly two that
 * traverse it in the same direction (one of them faces the other way). Triangles with a repeated vertex index
 * are counted as degenerate and left out of the edges, components and Euler characteristic (they have no area
 * and no proper edges); triangles whose three distinct vertices are collinear or coincide are counted as
 * degenerate but kept in the topology, as a surface needs them to stay closed.
 *
 * <p>Components are connected through shared vertices: two surfaces touching at one vertex are one component.
 * With this choice {@code V}, {@code E} and {@code F} add up over components, so the genus formula below holds
 * for the whole mesh.
 *
 * @param vertices            vertices stored in the mesh
 * @param triangles           triangles stored in the mesh
 * @param referencedVertices  vertices used by at least one triangle
 * @param edges               distinct undirected edges
 * @param boundaryEdges       edges in exactly one triangle
 * @param boundaryLoops       connected pieces of the boundary edges (the holes of the surface)
 * @param nonManifoldEdges    edges in more than two triangles
 * @param inconsistentEdges   edges in two triangles that traverse it in the same direction
 * @param degenerateTriangles triangles with zero area or a repeated vertex index
 * @param components          connected components of the surface (through shared vertices)
 * @param eulerCharacteristic {@code V − E + F}, with {@code V} the vertices of the triangles, {@code E}
 *                            {@link #edges}, {@code F} the triangles (both without those with a repeated index)
 * @param surfaceArea         {@link MeshMeasures#surfaceArea}, in {@code unit²}
 * @param enclosedVolume      {@link MeshMeasures#enclosedVolume}, in {@code unit³}
 * @param bounds              bounding box of all stored vertices, in {@code unit}
 * @param unit                length unit of the coordinates
 * @param parts               each connected component ({@link MeshParts}): triangles, vertices, area, volume and
 *                            bounding box, largest area first; {@code components} entries
 */
public record MeshReport(int vertices, int triangles, int referencedVertices, int edges, int boundaryEdges,
        int boundaryLoops, int nonManifoldEdges, int inconsistentEdges, int degenerateTriangles, int components,
        int eulerCharacteristic, double surfaceArea, double enclosedVolume, Bounds bounds, String unit,
        List<MeshPart> parts) {

    /** Parts listed one a line by {@link #toString()}; the rest are summed up in one line. */
    static final int LISTED_PARTS = 10;

    /** Checks that the bounds, unit and parts are present; keeps an unmodifiable copy of the parts. */
    public MeshReport {
        Checks.requireNonNull(bounds, "bounds");
        Checks.requireNonNull(unit, "unit");
        parts = List.copyOf(Checks.requireNonNull(parts, "parts"));
    }

    /**
     * Counts, checks and measures {@code mesh}: a few passes over its arrays, time linear in its size, and
     * temporary memory of 12 bytes per triangle and 13 per vertex (for example 70 ms and 37 MB for 2 million
     * triangles in grid order on two cores); the {@link #parts} number the components that pass found
     * ({@link MeshParts}).
     *
     * @param mesh any mesh
     * @return the report
     * @throws IllegalArgumentException when {@code mesh} is null
     * @throws IllegalStateException    when the Java heap cannot hold that temporary memory
     */
    public static MeshReport of(Mesh mesh) {
        Checks.requireNonNull(mesh, "mesh");
        int n = mesh.vertexCount();
        Memory.require(4L * n, "the components of a mesh with " + Checks.count(n) + " vertices");
        int[] forest = new int[n];
        MeshTopology.Counts c = MeshTopology.of(mesh, forest);
        MeshMeasures.Sums s = MeshMeasures.sums(mesh);
        double[] b = mesh.bounds();
        return new MeshReport(mesh.vertexCount(), mesh.triangleCount(), c.referencedVertices(), c.edges(),
                c.boundaryEdges(), c.boundaryLoops(), c.nonManifoldEdges(), c.inconsistentEdges(),
                s.degenerateTriangles(), c.components(), c.eulerCharacteristic(), s.area(), s.volume(),
                new Bounds(b[0], b[1], b[2], b[3], b[4], b[5]), mesh.unit(), MeshParts.of(mesh, forest));
    }

    /** True when the mesh has edges and no boundary edge: every edge lies in two triangles or more. */
    public boolean closed() {
        return edges > 0 && boundaryEdges == 0;
    }

    /** True when no edge lies in more than two triangles. */
    public boolean manifold() {
        return nonManifoldEdges == 0;
    }

    /** True when every edge in two triangles is traversed by them in opposite directions. */
    public boolean consistentlyOriented() {
        return inconsistentEdges == 0;
    }

    /**
     * True when the mesh is {@link #closed()}, {@link #manifold()} and {@link #consistentlyOriented()}, and not a
     * sheet: a surface without holes that separates inside from outside, whose {@link #enclosedVolume} is the
     * volume inside (negative when all triangles face inwards). A closed surface whose two sides (nearly) coincide
     * encloses no volume and is not watertight: its mean thickness {@code 2 |volume| / area} is under 1 % of its
     * typical triangle size {@code √(area / triangles)} (a marching-cubes surface is at least a voxel thick, its
     * triangles under a voxel).
     */
    public boolean watertight() {
        return closed() && manifold() && consistentlyOriented() && !sheet();
    }

    private boolean sheet() {
        return !(2 * Math.abs(enclosedVolume) / surfaceArea >= 0.01 * Math.sqrt(surfaceArea / triangles));
    }

    /**
     * True when {@link #genus()} is defined: the mesh is manifold and consistently oriented (hence orientable), and
     * {@code 2C − χ − B} is even (an odd value means the surface pinches at a vertex).
     */
    public boolean hasGenus() {
        return manifold() && consistentlyOriented() && twiceGenus() % 2 == 0;
    }

    /**
     * The number of handles summed over the components, {@code g = (2C − χ − B) / 2} with {@code C}
     * {@link #components}, {@code χ} {@link #eulerCharacteristic} and {@code B} {@link #boundaryLoops}: from
     * {@code χ = 2 − 2g − b} for each orientable surface with {@code b} holes. For a closed mesh ({@code B = 0}) it
     * is the usual genus: 0 for spheres, 1 for a torus. For an open mesh it is the genus of the surface with each
     * hole closed by a cap: 0 for a disc or a cylinder, 1 for a torus with a hole. It assumes every vertex has one
     * fan of triangles around it (true for marching-cubes output); a surface pinched at a vertex gives a wrong or
     * odd count.
     *
     * @return the genus, {@code >= 0} for a well-formed mesh
     * @throws IllegalStateException when {@link #hasGenus()} is false, saying why
     */
    public int genus() {
        if (!manifold()) {
            throw new IllegalStateException("the genus is defined for a manifold mesh; this one has "
                    + counted(nonManifoldEdges, "edge", "edges") + " in more than two triangles");
        }
        if (!consistentlyOriented()) {
            throw new IllegalStateException("the genus is defined for a consistently oriented mesh; this one has "
                    + counted(inconsistentEdges, "edge", "edges") + " traversed twice in the same direction");
        }
        if (twiceGenus() % 2 != 0) {
            throw new IllegalStateException("2·components − Euler characteristic − boundary loops = " + twiceGenus()
                    + " is odd: the surface pinches at a vertex, and has no genus");
        }
        return (int) (twiceGenus() / 2);
    }

    private long twiceGenus() {
        return 2L * components - eulerCharacteristic - boundaryLoops;
    }

    /**
     * For example:
     * <pre>
     * Mesh report: 8 vertices, 12 triangles, 18 edges
     *   watertight: closed, manifold, consistently oriented
     *   1 component, Euler characteristic 2, genus 0
     *   surface area 6 px², enclosed volume 1 px³
     *   bounds x 0..1, y 0..1, z 0..1 px
     * </pre>
     * and, for a mesh of several parts, a line for each of the ten largest:
     * <pre>
     *   parts, largest first:
     *     1: area 6 px², volume 1 px³, x 0..1, y 0..1, z 0..1 px, 12 triangles
     * </pre>
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Mesh report: ").append(Checks.count(vertices)).append(" vertices, ")
                .append(Checks.count(triangles)).append(" triangles, ").append(Checks.count(edges)).append(" edges");
        List<String> notes = new ArrayList<>();
        if (referencedVertices < vertices) {
            notes.add(counted(vertices - referencedVertices, "unused vertex", "unused vertices"));
        }
        if (degenerateTriangles > 0) {
            notes.add(counted(degenerateTriangles, "degenerate triangle", "degenerate triangles"));
        }
        if (!notes.isEmpty()) {
            s.append(" (").append(String.join(", ", notes)).append(')');
        }
        s.append("\n  ");
        if (edges == 0) {
            s.append("not watertight: no triangles with three distinct vertices");
        } else if (watertight()) {
            s.append("watertight: closed, manifold, consistently oriented");
        } else {
            List<String> problems = new ArrayList<>();
            if (boundaryEdges > 0) {
                problems.add(counted(boundaryEdges, "boundary edge", "boundary edges") + " in "
                        + counted(boundaryLoops, "loop", "loops"));
            }
            if (nonManifoldEdges > 0) {
                problems.add(counted(nonManifoldEdges, "non-manifold edge", "non-manifold edges"));
            }
            if (inconsistentEdges > 0) {
                problems.add(counted(inconsistentEdges, "inconsistently oriented edge",
                        "inconsistently oriented edges"));
            }
            if (problems.isEmpty()) {
                problems.add("a sheet of no thickness, enclosing no volume");
            }
            s.append("not watertight: ").append(String.join(", ", problems));
        }
        s.append("\n  ").append(counted(components, "component", "components"))
                .append(", Euler characteristic ").append(eulerCharacteristic).append(", ");
        if (hasGenus()) {
            s.append("genus ").append(genus()).append(boundaryLoops > 0 ? " (holes closed)" : "");
        } else {
            s.append("genus undefined (").append(!manifold() ? "not manifold"
                    : !consistentlyOriented() ? "not consistently oriented" : "pinched at a vertex").append(')');
        }
        s.append("\n  surface area ").append(number(surfaceArea)).append(' ').append(unit).append("², ")
                .append("enclosed volume ").append(number(enclosedVolume)).append(' ').append(unit).append('³');
        if (edges > 0 && !watertight()) {
            s.append(" (not meaningful: the mesh is not watertight)");
        } else if (enclosedVolume < 0) {
            s.append(" (negative: the triangles face inwards)");
        }
        s.append("\n  bounds ").append(bounds.text(unit));
        appendParts(s);
        return s.toString();
    }

    /** With more than one part: a line for each of the largest, and one summing up the rest. */
    private void appendParts(StringBuilder s) {
        if (parts.size() < 2) {
            return;
        }
        s.append("\n  parts, largest first:");
        for (int i = 0; i < Math.min(parts.size(), LISTED_PARTS); i++) {
            s.append("\n    ").append(i + 1).append(": ").append(parts.get(i).text(unit));
        }
        if (parts.size() > LISTED_PARTS) {
            List<MeshPart> rest = parts.subList(LISTED_PARTS, parts.size());
            s.append("\n    and ").append(counted(rest.size(), "smaller part", "smaller parts")).append(" of area ")
                    .append(number(rest.stream().mapToDouble(MeshPart::surfaceArea).sum())).append(' ').append(unit)
                    .append("² in all");
        }
    }

    private static String counted(int n, String one, String many) {
        return Checks.count(n) + " " + (n == 1 ? one : many);
    }

    /** Up to six significant digits, without trailing zeros; scientific notation outside 1e-4..1e9. */
    static String number(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v == 0 ? "0" : Double.toString(v);
        }
        double a = Math.abs(v);
        if (a < 1e-4 || a >= 1e9) {
            return String.format(Locale.ROOT, "%.5e", v);
        }
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /**
     * An axis-aligned bounding box, in the unit of its mesh; NaN for a mesh without vertices.
     *
     * @param minX smallest x
     * @param minY smallest y
     * @param minZ smallest z
     * @param maxX largest x
     * @param maxY largest y
     * @param maxZ largest z
     */
    public record Bounds(double minX, double minY, double minZ, double maxX, double maxY, double maxZ) {

        /** Extent along x, {@code maxX − minX}. */
        public double sizeX() {
            return maxX - minX;
        }

        /** Extent along y, {@code maxY − minY}. */
        public double sizeY() {
            return maxY - minY;
        }

        /** Extent along z, {@code maxZ − minZ}. */
        public double sizeZ() {
            return maxZ - minZ;
        }

        /** For example {@code x 0..120, y 3..150, z 0..113 px}, or {@code empty}. */
        String text(String unit) {
            if (Double.isNaN(minX)) {
                return "empty";
            }
            return "x " + number(minX) + ".." + number(maxX) + ", y " + number(minY) + ".." + number(maxY) + ", z "
                    + number(minZ) + ".." + number(maxZ) + " " + unit;
        }
    }
}
