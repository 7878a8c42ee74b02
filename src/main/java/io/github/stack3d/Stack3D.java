package io.github.stack3d;

import io.github.stack3d.extract.MarchingCubes;
import io.github.stack3d.extract.ShellPoints;
import io.github.stack3d.extract.VoxelPoints;
import io.github.stack3d.io.tiff.LazyStack;
import io.github.stack3d.io.mesh.ObjReader;
import io.github.stack3d.io.mesh.ObjWriter;
import io.github.stack3d.io.mesh.PlyReader;
import io.github.stack3d.io.mesh.PlyWriter;
import io.github.stack3d.io.PngWriter;
import io.github.stack3d.io.tiff.StackFiles;
import io.github.stack3d.io.mesh.StlReader;
import io.github.stack3d.io.mesh.StlWriter;
import io.github.stack3d.io.tiff.TiffStackReader;
import io.github.stack3d.io.tiff.TiffStackWriter;
import io.github.stack3d.mesh.MeshMeasures;
import io.github.stack3d.mesh.MeshReport;
import io.github.stack3d.render.Montage;
import io.github.stack3d.render.SliceImage;
import io.github.stack3d.sample.SampleStacks;
import io.github.stack3d.segment.Otsu;
import io.github.stack3d.segment.Threshold;
import io.github.stack3d.transform.Crop;
import io.github.stack3d.transform.Downsample;
import io.github.stack3d.transform.Resize;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * stack3d in one class: load 2D TIFF slices, threshold them into a mask, look at every step, and save the
 * object's surface as a point cloud or a watertight mesh.
 *
 * <pre>{@code
 * import static io.github.stack3d.Stack3D.*;
 * Volume stack = loadStack("images/");           // slice_2.tif before slice_10.tif
 * Mask mask = inRange(stack, 0, 100);            // cv2.inRange(img, 0, 100) on every slice
 * preview(stack, mask, 40)                       // a picture, shown inline in a notebook
 * savePly(shellPoints(mask), "shell.ply");       // the object's shell as points
 * savePly(marchingCubes(stack, 100.5), "mesh.ply");
 * }</pre>
 *
 * <p><b>Coordinates.</b> Voxel (x, y, z) is column x (to the right in a slice image), row y (down the image, as
 * in the file) and slice z (from the first file in stacking order). Every point and vertex written is
 * {@code (x·sx, y·sy, z·sz)} with the stack's {@link Spacing}. Mesh triangles are ordered so that their normals
 * point out of the object. Methods that read or write files throw {@link IOException} naming the file.
 */
public final class Stack3D {

    private Stack3D() {
    }

    // ---- loading and writing stacks ------------------------------------------------------------------------

    /**
     * Loads a stack into memory: a folder of 2D TIFF slices (natural order, {@code slice_2.tif} before
     * {@code slice_10.tif}), a glob such as {@code "scan/img_*.tif"}, or one multipage TIFF. 8/16-bit and 32-bit
     * float samples are kept as stored; RGB becomes luminance 0.299R + 0.587G + 0.114B. The spacing comes from
     * ImageJ metadata where present ({@link Spacing#PIXELS} otherwise); {@code describe()} shows what was read.
     *
     * @param path a folder, a glob or a file
     * @return the stack, for example {@code Volume[121×154×114, 8-bit, 1.0×1.0×1.0 px]}
     * @throws IOException naming the file that is missing, unreadable, or differs from the others
     */
    public static Volume loadStack(String path) throws IOException {
        return TiffStackReader.read(StackFiles.resolve(path));
    }

    /** Loads a stack from a folder, a multipage TIFF or a glob; see {@link #loadStack(String)}. */
    public static Volume loadStack(Path path) throws IOException {
        return loadStack(path.toString());
    }

    /** Loads these files as slices, in the order given; each file adds all its pages. */
    public static Volume loadStack(List<Path> files) throws IOException {
        return TiffStackReader.read(files);
    }

    /**
     * Opens a stack without loading it: slices are read from disk when an algorithm asks for them, so that
     * {@code marchingCubes(openStack("big/"), 100.5)} works on stacks larger than memory.
     *
     * @param path a folder, a glob or a multipage TIFF, as for {@link #loadStack(String)}
     */
    public static LazyStack openStack(String path) throws IOException {
        return LazyStack.open(StackFiles.resolve(path));
    }

    /** Opens a stack without loading it; see {@link #openStack(String)}. */
    public static LazyStack openStack(Path path) throws IOException {
        return openStack(path.toString());
    }

    /** A spacing, for {@code withSpacing}: {@code stack.withSpacing(spacing(0.5, 0.5, 2, "µm"))}. */
    public static Spacing spacing(double x, double y, double z, String unit) {
        return new Spacing(x, y, z, unit);
    }

    /** A report of a volume: size, type, spacing, value range and the files in stacking order. */
    public static String describe(Volume volume) {
        return volume.describe();
    }

    /**
     * Writes one 2D TIFF per slice into an existing folder: {@code slice_001.tif}, {@code slice_002.tif}, ...
     * (zero-padded so that every program sorts them right), with ImageJ spacing metadata.
     */
    public static List<Path> writeStack(Volume volume, String folder) throws IOException {
        return TiffStackWriter.writeSlices(volume, Path.of(folder));
    }

    /** Writes one multipage TIFF with ImageJ-compatible spacing metadata; atomic. */
    public static Path writeTiff(Volume volume, String file) throws IOException {
        return TiffStackWriter.writeMultipage(volume, Path.of(file));
    }

    // ---- preprocessing --------------------------------------------------------------------------------------

    /**
     * Resizes every slice to {@code width × height} by bilinear interpolation, as {@code cv2.resize} does by
     * default; the spacing grows by the same factor, so physical sizes stay.
     */
    public static Volume resize(Volume volume, int width, int height) {
        return Resize.bilinear(volume, width, height);
    }

    /** Shrinks the volume by an integer {@code factor} along x, y and z, averaging each block of voxels. */
    public static Volume downsample(Volume volume, int factor) {
        return Downsample.average(volume, factor);
    }

    /** The box of {@code w × h × d} voxels whose first voxel is (x, y, z). */
    public static Volume crop(Volume volume, int x, int y, int z, int w, int h, int d) {
        return Crop.of(volume, x, y, z, w, h, d);
    }

    // ---- thresholds -----------------------------------------------------------------------------------------

    /**
     * The voxels with {@code lo <= value <= hi}, exactly {@code cv2.inRange(slice, lo, hi)} on every slice.
     *
     * On 8/16-bit data each bound is rounded to the nearest integer as OpenCV does ({@code inRange(v, 0.5,
     * 100.5)} selects 0..100).
     *
     * @throws IllegalArgumentException when {@code lo > hi}, a bound is NaN, the range cannot select any value of
     *                                  the sample type ({@code inRange(v, 300, 400)} on 8-bit), or no voxel is
     *                                  selected (the message gives the data range)
     */
    public static Mask inRange(Volume volume, double lo, double hi) {
        return Threshold.inRange(volume, lo, hi);
    }

    /** The voxels with {@code value >= t}: {@code threshold(stack, otsu(stack))}. */
    public static Mask threshold(Volume volume, double t) {
        return Threshold.atLeast(volume, t);
    }

    /**
     * The Otsu threshold of the whole stack's histogram: the value that best splits it into two classes. It is
     * scikit-image's {@code threshold_otsu} t plus 0.5 on 8/16-bit data (the next float above t on float data),
     * so {@code threshold(v, otsu(v))} selects exactly skimage's {@code v > t}; a good marching-cubes level too.
     * The MRI head sample gives 35.5.
     */
    public static double otsu(Volume volume) {
        return Otsu.threshold(volume);
    }

    // ---- points and surfaces --------------------------------------------------------------------------------

    /**
     * The object's shell as points, the seed answer's algorithm: in every slice, the foreground pixels on the
     * slice's contour (a background 4-neighbour or the image edge) and those whose slice above or below is
     * background there (an empty slice lies above the first and below the last), each once, at
     * {@code (x·sx, y·sy, z·sz)}.
     *
     * @throws IllegalArgumentException when the mask is empty
     */
    public static PointCloud shellPoints(Mask mask) {
        return ShellPoints.of(mask);
    }

    /** Every foreground voxel as a point at {@code (x·sx, y·sy, z·sz)}. */
    public static PointCloud voxelPoints(Mask mask) {
        return VoxelPoints.of(mask);
    }

    /**
     * The surface where the values cross {@code level}, by marching cubes: a closed (watertight), indexed mesh
     * in physical units with outward normals. A voxel with value {@code >= level} is inside.
     *
     * @param stack a loaded volume or a stack opened with {@link #openStack(String)}
     * @param level the iso level, for example 100.5 for the boundary between 100 and 101
     */
    public static Mesh marchingCubes(SliceSource stack, double level) {
        return MarchingCubes.extract(stack, level, Border.CLOSED);
    }

    /** Marching cubes with a choice at the stack's border: {@link Border#OPEN} leaves the cut surfaces open. */
    public static Mesh marchingCubes(SliceSource stack, double level, Border border) {
        return MarchingCubes.extract(stack, level, border);
    }

    /**
     * The surface around the voxels with value {@code <= level}, for dark objects on a bright background: closed,
     * smooth (interpolated from the grey values), normals pointing out of the dark object. For the seed's
     * {@code inRange(stack, 0, 100)}: {@code marchingCubesBelow(stack, 100.5)}.
     */
    public static Mesh marchingCubesBelow(SliceSource stack, double level) {
        return MarchingCubes.extractBelow(stack, level, Border.CLOSED);
    }

    /** The surface of a mask (between foreground and background voxels), closed, in physical units. */
    public static Mesh marchingCubes(Mask mask) {
        return MarchingCubes.extract(mask, Border.CLOSED);
    }

    /** The surface of a mask with a choice at the stack's border. */
    public static Mesh marchingCubes(Mask mask, Border border) {
        return MarchingCubes.extract(mask, border);
    }

    // ---- measures -------------------------------------------------------------------------------------------

    /** Total area of the mesh's triangles, in unit² of its coordinates. */
    public static double surfaceArea(Mesh mesh) {
        return MeshMeasures.surfaceArea(mesh);
    }

    /** The volume the mesh encloses (divergence theorem), in unit³; positive for outward-facing triangles. */
    public static double enclosedVolume(Mesh mesh) {
        return MeshMeasures.enclosedVolume(mesh);
    }

    /**
     * Counts and checks: vertices, triangles, boundary, non-manifold and inconsistently oriented edges, connected
     * components, Euler characteristic, genus, area, volume, bounding box. {@code closed()} means no boundary
     * edge; {@code watertight()} means closed, manifold and consistently oriented; {@code genus()} throws when
     * the surface has none (not manifold).
     */
    public static MeshReport meshReport(Mesh mesh) {
        return MeshReport.of(mesh);
    }

    // ---- files ----------------------------------------------------------------------------------------------

    /** Writes points as a binary little-endian PLY (with normals and colours when present); atomic. */
    public static Path savePly(PointCloud points, String file) throws IOException {
        return savePly(points, Path.of(file));
    }

    /** Writes points as a binary little-endian PLY; atomic. */
    public static Path savePly(PointCloud points, Path file) throws IOException {
        return PlyWriter.writeBinary(points, file);
    }

    /** Writes a mesh (vertices, normals, faces) as a binary little-endian PLY; atomic. */
    public static Path savePly(Mesh mesh, String file) throws IOException {
        return savePly(mesh, Path.of(file));
    }

    /** Writes a mesh as a binary little-endian PLY; atomic. */
    public static Path savePly(Mesh mesh, Path file) throws IOException {
        return PlyWriter.writeBinary(mesh, file);
    }

    /** Writes points as an ASCII PLY, readable in a text editor; atomic. */
    public static Path savePlyAscii(PointCloud points, String file) throws IOException {
        return PlyWriter.writeAscii(points, Path.of(file));
    }

    /** Writes a mesh as an ASCII PLY; atomic. */
    public static Path savePlyAscii(Mesh mesh, String file) throws IOException {
        return PlyWriter.writeAscii(mesh, Path.of(file));
    }

    /** Reads a PLY file (ASCII or binary): vertices, faces (triangulated), normals and colours when present. */
    public static Mesh readPly(String file) throws IOException {
        return PlyReader.read(Path.of(file));
    }

    /** Writes a binary STL (80-byte header, little-endian); atomic. */
    public static Path saveStl(Mesh mesh, String file) throws IOException {
        return StlWriter.writeBinary(mesh, Path.of(file));
    }

    /** Writes an ASCII STL; atomic. */
    public static Path saveStlAscii(Mesh mesh, String file) throws IOException {
        return StlWriter.writeAscii(mesh, Path.of(file));
    }

    /** Reads an STL file (binary or ASCII); identical corners become one shared vertex. */
    public static Mesh readStl(String file) throws IOException {
        return StlReader.read(Path.of(file));
    }

    /** Writes a Wavefront OBJ with vertex normals when the mesh has them; atomic. */
    public static Path saveObj(Mesh mesh, String file) throws IOException {
        return ObjWriter.write(mesh, Path.of(file));
    }

    /** Reads a Wavefront OBJ (vertices, normals, faces; polygons are triangulated). */
    public static Mesh readObj(String file) throws IOException {
        return ObjReader.read(Path.of(file));
    }

    // ---- pictures -------------------------------------------------------------------------------------------

    /** Slice {@code z} as a grey image, as the file shows it (a notebook shows the returned image inline). */
    public static BufferedImage preview(Volume volume, int z) {
        return SliceImage.of(volume, z);
    }

    /** The middle slice as a grey image. */
    public static BufferedImage preview(Volume volume) {
        return SliceImage.of(volume, volume.depth() / 2);
    }

    /** Slice {@code z} of a mask: foreground white on black. */
    public static BufferedImage preview(Mask mask, int z) {
        return SliceImage.of(mask, z);
    }

    /** The middle slice of a mask. */
    public static BufferedImage preview(Mask mask) {
        return SliceImage.of(mask, mask.depth() / 2);
    }

    /** Slice {@code z} of a volume with the mask drawn over it in colour. */
    public static BufferedImage preview(Volume volume, Mask mask, int z) {
        return SliceImage.overlay(volume, mask, z);
    }

    /** A grid of evenly spaced slices, each labelled with its index. */
    public static BufferedImage montage(Volume volume) {
        return Montage.of(volume);
    }

    /** A grid of evenly spaced mask slices, each labelled with its index. */
    public static BufferedImage montage(Mask mask) {
        return Montage.of(mask);
    }

    /** Up to {@code tiles} evenly spaced slices, each labelled with its index. */
    public static BufferedImage montage(Volume volume, int tiles) {
        return Montage.of(volume, tiles);
    }

    /** Up to {@code tiles} evenly spaced mask slices, each labelled with its index. */
    public static BufferedImage montage(Mask mask, int tiles) {
        return Montage.of(mask, tiles);
    }

    /** Evenly spaced slices with the mask drawn over them in orange. */
    public static BufferedImage montage(Volume volume, Mask mask) {
        return Montage.overlay(volume, mask);
    }

    /** Slice {@code z} with a chosen display range: {@code min} black, {@code max} white. */
    public static BufferedImage preview(Volume volume, int z, ValueRange display) {
        return SliceImage.of(volume, z, display);
    }

    /** Writes an image as PNG; atomic. */
    public static Path savePng(BufferedImage image, String file) throws IOException {
        return savePng(image, Path.of(file));
    }

    /** Writes an image as PNG; atomic. */
    public static Path savePng(BufferedImage image, Path file) throws IOException {
        return PngWriter.write(image, file);
    }

    // ---- sample data ----------------------------------------------------------------------------------------

    /**
     * A synthetic specimen to try everything on, the same every time: a lumpy dark object with an inner cavity
     * on a brighter, noisy background, 128 slices of 256×256, 8-bit, spacing 0.5×0.5×1.0 µm (a 128 µm cube);
     * {@code inRange(sampleStack(), 0, 100)} selects exactly the object: 1,248,846 voxels around an enclosed
     * cavity of 16,171.
     */
    public static Volume sampleStack() {
        return SampleStacks.specimen();
    }
}
