package io.github.stack3d.mesh;

import io.github.stack3d.Checks;
import io.github.stack3d.Memory;
import io.github.stack3d.Mesh;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The connected parts of a triangle mesh, and meshes that keep some of them.
 *
 * <p>A part is a connected component of the triangles joined through <em>shared vertices</em>, the same
 * components that {@link MeshReport#components()} counts: two surfaces touching at a single vertex are one part
 * (a shared edge implies a shared vertex, so sharing edges only would split more finely; for marching-cubes
 * output the two are the same, as its surfaces meet only along edges). Vertices are joined by union-find on an
 * {@code int} array (union by smaller index, path halving); a part's number is the rank of its smallest vertex
 * index, so the numbering depends only on the arrays, never on threads. Triangles with a repeated vertex index
 * (collapsed to a segment or a point: no area, no edges) belong to no part, as in the report, and are left out
 * of the meshes made here.
 *
 * <p>A kept mesh has the kept triangles in their original order, and only the vertices they use, renumbered
 * compactly in their original order, with their normals and colours. Time linear in the mesh's size (union-find
 * is sequential: one pass over the triangles to join, one over the vertices to number and bound the parts, one
 * over the triangles to measure them, in array order, so the sums do not depend on threads), and temporary
 * memory of 4 bytes per vertex and about 200 bytes per part.
 */
public final class MeshParts {

    /** Temporary bytes per part: its sums and box here, and its record, box and place in the sorted list. */
    private static final long PART_BYTES = 200;

    private final Mesh mesh;
    /** The part of each vertex, {@code -1} for a vertex in no triangle with three distinct indices. */
    private final int[] partOf;
    private final int count;
    private final int[] triangles;
    private final int[] vertices;
    private final double[] area;
    private final double[] volume;
    /** Bounding box per part: min x, y, z, max x, y, z. */
    private final double[] box;

    private MeshParts(Mesh mesh) {
        this(mesh, forest(mesh));
    }

    /** The parts of {@code mesh} from {@code forest}, its vertices' union-find array, numbered in place. */
    private MeshParts(Mesh mesh, int[] forest) {
        this.mesh = mesh;
        int n = mesh.vertexCount();
        partOf = forest;
        // A parent always has a smaller index than its child, so in one ascending pass every parent is already
        // relabelled: a root gets the next part number, any other vertex its parent's (by then its root's) number.
        int parts = 0;
        for (int v = 0; v < n; v++) {
            int p = partOf[v];
            if (p == v) {
                partOf[v] = parts++;
            } else if (p >= 0) {
                partOf[v] = partOf[p];
            }
        }
        count = parts;
        Memory.require(PART_BYTES * parts, "the measures of " + Checks.count(parts) + " mesh parts");
        triangles = new int[parts];
        vertices = new int[parts];
        area = new double[parts];
        volume = new double[parts];
        box = new double[6 * parts];
        measure();
    }

    /**
     * Lists the parts of {@code mesh}, largest area first (equal areas in the order of their smallest vertex
     * index), each with its triangles, vertices, area, enclosed volume and bounding box.
     *
     * @param mesh any mesh; one without triangles has no parts
     * @return the parts, an unmodifiable list
     * @throws IllegalArgumentException when {@code mesh} is null
     */
    public static List<MeshPart> of(Mesh mesh) {
        return list(new MeshParts(mesh));
    }

    /**
     * As {@link #of(Mesh)}, from the union-find array of the mesh's vertices that {@link MeshTopology#of} built
     * (and which this numbers in place), so that a report joins the vertices once.
     */
    static List<MeshPart> of(Mesh mesh, int[] forest) {
        return list(new MeshParts(mesh, forest));
    }

    private static List<MeshPart> list(MeshParts p) {
        List<MeshPart> list = new ArrayList<>(p.count);
        for (int k : p.bySize()) {
            list.add(new MeshPart(p.triangles[k], p.vertices[k], p.area[k], p.volume[k], new MeshReport.Bounds(
                    p.box[6 * k], p.box[6 * k + 1], p.box[6 * k + 2],
                    p.box[6 * k + 3], p.box[6 * k + 4], p.box[6 * k + 5])));
        }
        return List.copyOf(list);
    }

    /**
     * The part with the largest surface area (the first of equal ones in the order of their smallest vertex
     * index), as a mesh of its own.
     *
     * @param mesh a mesh with at least one triangle of three distinct vertices
     * @return that part, with its vertices renumbered compactly, normals and colours kept
     * @throws IllegalArgumentException when {@code mesh} is null or has no such triangle
     */
    public static Mesh largest(Mesh mesh) {
        MeshParts p = new MeshParts(mesh);
        if (p.count == 0) {
            throw new IllegalArgumentException("the mesh has no parts: " + noTriangles(mesh));
        }
        boolean[] keep = new boolean[p.count];
        keep[p.bySize()[0]] = true;
        return p.keep(keep);
    }

    /**
     * The mesh without its parts of surface area below {@code minArea}.
     *
     * @param mesh    a mesh
     * @param minArea the smallest area of a part that stays, in the mesh's unit², finite and 0 or more (0 keeps
     *                every part, dropping only unused vertices and collapsed triangles)
     * @return the parts of area {@code >= minArea}, with vertices renumbered compactly, normals and colours kept
     * @throws IllegalArgumentException when {@code minArea} is negative or not finite, {@code mesh} is null, or no
     *                                  part is that large (the message gives the largest area)
     */
    public static Mesh withoutSmall(Mesh mesh, double minArea) {
        if (!(minArea >= 0) || Double.isInfinite(minArea)) {
            throw new IllegalArgumentException("minArea is " + minArea + "; expected a finite number >= 0");
        }
        MeshParts p = new MeshParts(mesh);
        if (p.count == 0) {
            throw new IllegalArgumentException("the mesh has no parts to keep: " + noTriangles(mesh));
        }
        boolean[] keep = new boolean[p.count];
        boolean any = false;
        for (int k = 0; k < p.count; k++) {
            keep[k] = p.area[k] >= minArea;
            any |= keep[k];
        }
        if (!any) {
            throw new IllegalArgumentException("minArea " + minArea + " " + mesh.unit() + "² removes every part: the "
                    + "largest has area " + MeshReport.number(p.area[p.bySize()[0]]) + " " + mesh.unit()
                    + "²; lower minArea");
        }
        return p.keep(keep);
    }

    /** The union-find array of the vertices of {@code mesh}'s proper triangles, as {@link MeshTopology#of} has it. */
    private static int[] forest(Mesh mesh) {
        Checks.requireNonNull(mesh, "mesh");
        int n = mesh.vertexCount();
        Memory.require(4L * n, "the parts of a mesh with " + Checks.count(n) + " vertices");
        int[] t = mesh.triangles();
        int[] forest = new int[n];
        Arrays.fill(forest, -1);
        for (int i = 0; i < t.length; i += 3) {
            if (proper(t, i)) {
                MeshTopology.union(forest, t[i], t[i + 1]);
                MeshTopology.union(forest, t[i], t[i + 2]);
            }
        }
        return forest;
    }

    private static String noTriangles(Mesh mesh) {
        return mesh.triangleCount() == 0 ? "it has no triangles"
                : "none of its " + Checks.count(mesh.triangleCount()) + " triangles has three distinct vertices";
    }

    private static boolean proper(int[] t, int i) {
        return t[i] != t[i + 1] && t[i + 1] != t[i + 2] && t[i + 2] != t[i];
    }

    /** Counts, bounding boxes, then areas and volumes (about each box's centre), in array order. */
    private void measure() {
        float[] v = mesh.vertices();
        int[] t = mesh.triangles();
        for (int k = 0; k < count; k++) {
            Arrays.fill(box, 6 * k, 6 * k + 3, Double.POSITIVE_INFINITY);
            Arrays.fill(box, 6 * k + 3, 6 * k + 6, Double.NEGATIVE_INFINITY);
        }
        for (int i = 0; i < partOf.length; i++) {
            int k = partOf[i];
            if (k >= 0) {
                vertices[k]++;
                for (int d = 0; d < 3; d++) {
                    box[6 * k + d] = Math.min(box[6 * k + d], v[3 * i + d]);
                    box[6 * k + 3 + d] = Math.max(box[6 * k + 3 + d], v[3 * i + d]);
                }
            }
        }
        for (int i = 0; i < t.length; i += 3) {
            if (!proper(t, i)) {
                continue;
            }
            int k = partOf[t[i]];
            triangles[k]++;
            int a = 3 * t[i];
            int b = 3 * t[i + 1];
            int c = 3 * t[i + 2];
            double px = (box[6 * k] + box[6 * k + 3]) / 2;
            double py = (box[6 * k + 1] + box[6 * k + 4]) / 2;
            double pz = (box[6 * k + 2] + box[6 * k + 5]) / 2;
            double ax = v[a] - px;
            double ay = v[a + 1] - py;
            double az = v[a + 2] - pz;
            double bx = v[b] - px;
            double by = v[b + 1] - py;
            double bz = v[b + 2] - pz;
            double cx = v[c] - px;
            double cy = v[c + 1] - py;
            double cz = v[c + 2] - pz;
            double nx = (by - ay) * (cz - az) - (bz - az) * (cy - ay);
            double ny = (bz - az) * (cx - ax) - (bx - ax) * (cz - az);
            double nz = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
            area[k] += Math.sqrt(nx * nx + ny * ny + nz * nz) / 2;
            volume[k] += (ax * (by * cz - bz * cy) + ay * (bz * cx - bx * cz) + az * (bx * cy - by * cx)) / 6;
        }
    }

    /** Part numbers, largest area first, equal areas by part number. */
    private int[] bySize() {
        Integer[] order = new Integer[count];
        Arrays.setAll(order, k -> k);
        Arrays.sort(order, Comparator.<Integer>comparingDouble(k -> -area[k]).thenComparingInt(k -> k));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /** The mesh of the parts marked in {@code keep}; the mesh itself when that is all of it. */
    private Mesh keep(boolean[] keep) {
        int[] t = mesh.triangles();
        int[] index = new int[partOf.length];
        int n = 0;
        for (int v = 0; v < partOf.length; v++) {
            index[v] = partOf[v] >= 0 && keep[partOf[v]] ? n++ : -1;
        }
        int kept = 0;
        for (int i = 0; i < t.length; i += 3) {
            kept += proper(t, i) && keep[partOf[t[i]]] ? 1 : 0;
        }
        if (n == partOf.length && 3 * kept == t.length) {
            return mesh;
        }
        int[] triangles = new int[3 * kept];
        int j = 0;
        for (int i = 0; i < t.length; i += 3) {
            if (proper(t, i) && keep[partOf[t[i]]]) {
                triangles[j++] = index[t[i]];
                triangles[j++] = index[t[i + 1]];
                triangles[j++] = index[t[i + 2]];
            }
        }
        float[] vertices = new float[3 * n];
        float[] normals = mesh.hasNormals() ? new float[3 * n] : null;
        byte[] colors = mesh.hasColors() ? new byte[3 * n] : null;
        float[] xyz = mesh.vertices();
        for (int v = 0; v < index.length; v++) {
            if (index[v] >= 0) {
                for (int d = 0; d < 3; d++) {
                    vertices[3 * index[v] + d] = xyz[3 * v + d];
                    if (normals != null) {
                        normals[3 * index[v] + d] = mesh.normals()[3 * v + d];
                    }
                    if (colors != null) {
                        colors[3 * index[v] + d] = mesh.colors()[3 * v + d];
                    }
                }
            }
        }
        return new Mesh(vertices, triangles, normals, colors, mesh.unit());
    }
}
