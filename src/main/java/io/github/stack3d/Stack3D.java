package io.github.stack3d;

import io.github.stack3d.extract.MarchingCubes;
import io.github.stack3d.extract.ShellPoints;
import io.github.stack3d.extract.VoxelPoints;
import io.github.stack3d.io.GifWriter;
import io.github.stack3d.io.PngWriter;
import io.github.stack3d.io.SvgWriter;
import io.github.stack3d.io.mesh.GlbWriter;
import io.github.stack3d.io.mesh.ObjReader;
import io.github.stack3d.io.mesh.ObjWriter;
import io.github.stack3d.io.mesh.PlyReader;
import io.github.stack3d.io.mesh.PlyWriter;
import io.github.stack3d.io.mesh.StlReader;
import io.github.stack3d.io.mesh.StlWriter;
import io.github.stack3d.io.tiff.StackFiles;
import io.github.stack3d.io.tiff.TiffStackReader;
import io.github.stack3d.io.tiff.TiffStackWriter;
import io.github.stack3d.mesh.MeshMeasures;
import io.github.stack3d.mesh.MeshNormals;
import io.github.stack3d.mesh.MeshParts;
import io.github.stack3d.mesh.MeshReport;
import io.github.stack3d.mesh.MeshSmoothing;
import io.github.stack3d.mesh.HausdorffDistance;
import io.github.stack3d.mesh.QuadricDecimation;
import io.github.stack3d.notebook.Display;
import io.github.stack3d.notebook.Viewer;
import io.github.stack3d.render.HistogramChart;
import io.github.stack3d.render.MeshRender;
import io.github.stack3d.render.Montage;
import io.github.stack3d.render.OrthoViews;
import io.github.stack3d.render.PointsRender;
import io.github.stack3d.render.Projections;
import io.github.stack3d.render.SliceImage;
import io.github.stack3d.render.Turntable;
import io.github.stack3d.render.VolumeRender;
import io.github.stack3d.sample.SampleStacks;
import io.github.stack3d.segment.Components;
import io.github.stack3d.segment.DistanceTransform;
import io.github.stack3d.segment.Gaussian;
import io.github.stack3d.segment.Holes;
import io.github.stack3d.segment.IsoData;
import io.github.stack3d.segment.Li;
import io.github.stack3d.segment.Mean;
import io.github.stack3d.segment.Median;
import io.github.stack3d.segment.Morphology;
import io.github.stack3d.segment.Otsu;
import io.github.stack3d.segment.Percentile;
import io.github.stack3d.segment.SmoothMask;
import io.github.stack3d.segment.Threshold;
import io.github.stack3d.segment.Triangle;
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
 * import io.github.stack3d.*;
 * import static io.github.stack3d.Stack3D.*;
 * Volume stack = loadStack("images/");             // slice_2.tif before slice_10.tif
 * Mask mask = inRange(stack, 0, 100);              // cv2.inRange(img, 0, 100) on every slice: a dark object
 * preview(stack, mask, 40)                         // a picture, shown inline in a notebook
 * savePly(shellPoints(mask), "shell.ply");         // the object's shell as points
 * savePly(marchingCubesBelow(stack, 100.5), "mesh.ply");   // a smooth closed surface around the same object
 * }</pre>
 *
 * <p><b>Coordinates.</b> Voxel (x, y, z) is column x (to the right in a slice image), row y (down the image, as in
 * the file) and slice z (from the first file in stacking order). Every point and vertex written is
 * {@code origin + (x·sx, y·sy, z·sz)} with the stack's {@link Grid} (origin 0 and spacing 1 unless the files or
 * {@code withGrid} say otherwise). Mesh triangles are ordered so that their normals point out of the object.
 *
 * <p><b>Streaming.</b> {@link #openStack(String)} reads slices from disk when asked for; thresholds of such a
 * stack are computed slice by slice too, so {@code shellPoints(inRange(openStack("big/"), 0, 100))} and
 * {@code marchingCubes(openStack("big/"), 100.5)} hold only a few slices at a time.
 *
 * <p><b>Files.</b> Every method that reads or writes a file takes a {@link Path} or a {@code String}. A
 * {@code Path} is always taken literally; a {@code String} is a path too, except that {@code loadStack} and
 * {@code openStack} also accept a glob such as {@code "scan/img_*.tif"} when no file has that very name. Every
 * file is written to a temporary file beside the target and moved into place, so a failure leaves nothing
 * half-written. I/O errors are {@link IOException}s naming the file.
 *
 * <p><b>Arguments.</b> No parameter may be null: a null is an {@link IllegalArgumentException} naming it, as is
 * any value outside its documented range. Work is spread over {@link #threads()} threads.
 */
public final class Stack3D {

    static {
        // in IJava, volumes, masks, meshes, charts and images render inline from the first call on; elsewhere a no-op
        Display.installIfInKernel();
    }

    private Stack3D() {
    }

    // ---- loading and writing stacks ------------------------------------------------------------------------

    /**
     * Loads a stack into memory: a folder of 2D TIFF slices (natural order, {@code slice_2.tif} before
     * {@code slice_10.tif}), a glob, or one multipage TIFF. 8/16-bit and 32-bit float samples are kept as stored;
     * RGB becomes luminance 0.299R + 0.587G + 0.114B (float luminance for 32-bit float RGB). The grid comes from
     * ImageJ metadata where present ({@link Grid#PIXELS} otherwise); {@link #describe(Volume)} shows what was
     * read, with a note when slices were color, above all when color and grayscale slices are mixed.
     *
     * @param path a folder, a multipage TIFF, or a glob such as {@code "scan/img_*.tif"}
     * @return the stack in memory, for example {@code Volume[121×154×114, 8-bit, 1.0×1.0×1.0 px]}
     * @throws IOException              naming the file that is missing, unreadable, or differs from the others
     * @throws IllegalStateException    when the stack does not fit in the Java heap (the message says how to
     *                                  raise it, or to use {@link #openStack(String)})
     * @throws IllegalArgumentException when {@code path} is null
     */
    public static Volume loadStack(String path) throws IOException {
        return TiffStackReader.read(StackFiles.resolve(Checks.requireNonNull(path, "path")));
    }

    /**
     * Loads a stack into memory from a folder of slices or a multipage TIFF, taking the path literally (a file
     * named {@code scan[1].tif} is that file): {@code loadStack(Path.of("scan[1].tif"))}; see
     * {@link #loadStack(String)}.
     *
     * @param path a folder or a TIFF file
     * @return the stack in memory
     * @throws IOException              naming the file that is missing, unreadable, or differs from the others
     * @throws IllegalStateException    when the stack does not fit in the Java heap
     * @throws IllegalArgumentException when {@code path} is null
     */
    public static Volume loadStack(Path path) throws IOException {
        return TiffStackReader.read(StackFiles.resolve(Checks.requireNonNull(path, "path")));
    }

    /**
     * Loads these files as slices, in the order given; each file adds all its pages:
     * {@code loadStack(List.of(Path.of("top.tif"), Path.of("bottom.tif")))}.
     *
     * @param files TIFF files in stacking order, at least one
     * @return the stack in memory
     * @throws IOException              naming the file that is missing, unreadable, or differs from the others
     * @throws IllegalStateException    when the stack does not fit in the Java heap
     * @throws IllegalArgumentException when {@code files} is null or empty
     */
    public static Volume loadStack(List<Path> files) throws IOException {
        return TiffStackReader.read(Checks.requireNonNull(files, "files"));
    }

    /**
     * Opens a stack without loading it: only the headers are read now, and each slice is read from disk when an
     * algorithm asks for it, so that {@code marchingCubes(openStack("big/"), 100.5)} works on stacks larger than
     * memory. {@code volume.load()} brings it into memory.
     *
     * @param path a folder, a multipage TIFF, or a glob, as for {@link #loadStack(String)}
     * @return the stack on disk, for example {@code Volume[512×512×512, 8-bit, 1.0×1.0×1.0 px, on disk]}
     * @throws IOException              naming the file that is missing, not a TIFF, or differs from the others
     * @throws IllegalArgumentException when {@code path} is null
     */
    public static Volume openStack(String path) throws IOException {
        return TiffStackReader.open(StackFiles.resolve(Checks.requireNonNull(path, "path")));
    }

    /**
     * Opens a stack without loading it, taking the path literally; see {@link #openStack(String)}.
     *
     * @param path a folder or a TIFF file
     * @return the stack on disk
     * @throws IOException              naming the file that is missing, not a TIFF, or differs from the others
     * @throws IllegalArgumentException when {@code path} is null
     */
    public static Volume openStack(Path path) throws IOException {
        return TiffStackReader.open(StackFiles.resolve(Checks.requireNonNull(path, "path")));
    }

    /**
     * A grid of voxels {@code x × y × z} {@code unit} with voxel (0, 0, 0) at the origin, for stacks whose files
     * carry no spacing: {@code stack.withGrid(spacing(0.5, 0.5, 2, "µm"))}; add an origin with
     * {@code spacing(...).withOrigin(ox, oy, oz)}.
     *
     * @param x    column spacing, finite and positive
     * @param y    row spacing, finite and positive
     * @param z    slice spacing, finite and positive
     * @param unit length unit, for example {@code "µm"} or {@code "mm"}; {@code "px"} for none
     * @return the grid
     * @throws IllegalArgumentException naming the value that is not finite and positive, or when {@code unit} is
     *                                  null or blank
     */
    public static Grid spacing(double x, double y, double z, String unit) {
        return Grid.of(x, y, z, unit);
    }

    /**
     * A report of a volume: size, type, grid, value range and the files in stacking order, so a wrong order or a
     * missing spacing shows at once.
     *
     * @param volume a volume in memory or on disk (the range is left out for a stack on disk: it would read all)
     * @return several lines of text
     * @throws IllegalArgumentException when {@code volume} is null
     */
    public static String describe(Volume volume) {
        return Checks.requireNonNull(volume, "volume").describe();
    }

    /**
     * Writes one 2D TIFF per slice into a folder, made with its parents when missing: {@code slice_001.tif}, ...
     * (zero-padded so that every program sorts them right), with ImageJ metadata for the grid. Masks are written
     * as 8-bit 0/255, labels as 16-bit (or float beyond 65535 labels). A stack on disk streams. The folder must be
     * new or empty (slices beside old ones would make a mixed stack; {@link #replaceStack(SliceSource, Path)}
     * replaces one), and appears complete or not at all: the slices are written into a hidden sibling folder that
     * then takes its name.
     *
     * @param stack  a volume, mask or labels
     * @param folder a new or empty folder
     * @return the files written, in slice order
     * @throws IOException              naming the folder when it is a file, already holds entries or cannot be
     *                                  made, or the file that failed
     * @throws IllegalArgumentException when an argument is null
     */
    public static List<Path> writeStack(SliceSource stack, Path folder) throws IOException {
        return TiffStackWriter.writeSlices(Checks.requireNonNull(stack, "stack"),
                Checks.requireNonNull(folder, "folder"));
    }

    /**
     * Writes one 2D TIFF per slice into a folder, for example a mask as 0/255 images:
     * {@code writeStack(inRange(stack, 0, 100), "mask/")}; see {@link #writeStack(SliceSource, Path)}.
     *
     * @param stack  a volume, mask or labels
     * @param folder a new or empty folder, made when missing
     * @return the files written, in slice order
     * @throws IOException              naming the folder when it is a file, already holds entries or cannot be
     *                                  made, or the file that failed
     * @throws IllegalArgumentException when an argument is null
     */
    public static List<Path> writeStack(SliceSource stack, String folder) throws IOException {
        return writeStack(stack, path(folder, "folder"));
    }

    /**
     * Writes one multipage TIFF with ImageJ-compatible metadata for the grid; atomic. A stack on disk streams.
     *
     * @param stack a volume, mask (8-bit 0/255) or labels (16-bit)
     * @param file  the file to write, in an existing folder
     * @return {@code file}
     * @throws IOException              naming the file when its folder does not exist or writing fails
     * @throws IllegalArgumentException when an argument is null
     */
    public static Path writeTiff(SliceSource stack, Path file) throws IOException {
        return TiffStackWriter.writeMultipage(Checks.requireNonNull(stack, "stack"),
                Checks.requireNonNull(file, "file"));
    }

    /**
     * Writes one multipage TIFF, for example a mask: {@code writeTiff(inRange(stack, 0, 100), "mask.tif")}; see
     * {@link #writeTiff(SliceSource, Path)}.
     *
     * @param stack a volume, mask or labels
     * @param file  the file to write, in an existing folder
     * @return the file written
     * @throws IOException              naming the file when its folder does not exist or writing fails
     * @throws IllegalArgumentException when an argument is null
     */
    public static Path writeTiff(SliceSource stack, String file) throws IOException {
        return writeTiff(stack, path(file, "file"));
    }

    /**
     * The number of threads every parallel step uses (all processors unless {@link #threads(int)} set another).
     *
     * @return 1 or more
     */
    public static int threads() {
        return Parallel.threads();
    }

    /**
     * Sets the number of threads for every later parallel step of the library: {@code threads(1)} runs everything
     * on the calling thread. Results are the same for any number.
     *
     * @param threads 1 or more
     * @throws IllegalArgumentException when {@code threads} is below 1
     */
    public static void threads(int threads) {
        Parallel.threads(threads);
    }

    // ---- replacing stacks -----------------------------------------------------------------------------------

    /**
     * Writes one 2D TIFF per slice as {@link #writeStack(SliceSource, Path)} does, replacing the folder as a whole
     * when it holds slices already: afterwards it holds the new slices and nothing else, never a mix of old and
     * new. Only a folder of TIFF files is replaced (anything else in it is an error, and the folder is left as it
     * was): {@code replaceStack(inRange(stack, 0, 100), Path.of("mask"))}.
     *
     * @param stack  a volume, mask or labels
     * @param folder a folder of TIFF files, an empty folder, or a new one
     * @return the files written, in slice order
     * @throws IOException              naming the folder when it is a file, holds entries other than TIFF files or
     *                                  cannot be made, or the file that failed
     * @throws IllegalArgumentException when an argument is null
     */
    public static List<Path> replaceStack(SliceSource stack, Path folder) throws IOException {
        return TiffStackWriter.replaceSlices(Checks.requireNonNull(stack, "stack"),
                Checks.requireNonNull(folder, "folder"));
    }

    /**
     * Writes one 2D TIFF per slice, replacing the folder as a whole:
     * {@code replaceStack(inRange(stack, 0, 100), "mask/")}; see {@link #replaceStack(SliceSource, Path)}.
     *
     * @param stack  a volume, mask or labels
     * @param folder a folder of TIFF files, an empty folder, or a new one
     * @return the files written, in slice order
     * @throws IOException              naming the folder when it is a file, holds entries other than TIFF files or
     *                                  cannot be made, or the file that failed
     * @throws IllegalArgumentException when an argument is null
     */
    public static List<Path> replaceStack(SliceSource stack, String folder) throws IOException {
        return replaceStack(stack, path(folder, "folder"));
    }

    // ---- preprocessing --------------------------------------------------------------------------------------

    /**
     * Resizes every slice to {@code width × height} by bilinear interpolation, as {@code cv2.resize} does by
     * default; the grid's spacing grows by the same factor and its origin follows the pixel centres, so sizes and
     * positions stay.
     *
     * @param volume the stack (in memory or on disk)
     * @param width  new slice width in pixels, 1 or more
     * @param height new slice height in pixels, 1 or more
     * @return a new volume in memory, same depth and sample type
     * @throws IllegalArgumentException when a size is below 1 or {@code volume} is null
     * @throws IllegalStateException    when the result does not fit in the Java heap
     */
    public static Volume resize(Volume volume, int width, int height) {
        return Resize.bilinear(volume, width, height);
    }

    /**
     * Shrinks the volume by an integer {@code factor} along x, y and z, averaging each block of
     * {@code factor³} voxels; each new voxel sits at the centre of the block it averages.
     * {@code downsample(stack, 2)} has an eighth of the voxels.
     *
     * @param volume the stack (in memory or on disk)
     * @param factor block size, 1 or more
     * @return a new volume in memory of {@code ceil(n / factor)} voxels along each axis
     * @throws IllegalArgumentException when {@code factor} is below 1 or {@code volume} is null
     * @throws IllegalStateException    when the result does not fit in the Java heap
     */
    public static Volume downsample(Volume volume, int factor) {
        return Downsample.average(volume, factor);
    }

    /**
     * The box of {@code w × h × d} voxels whose first voxel is (x, y, z), in the same physical place (its grid's
     * origin is that voxel's position): {@code crop(stack, 10, 20, 0, 100, 100, 50)}.
     *
     * @param volume the stack (in memory or on disk: only slices {@code z..z+d−1} are read)
     * @param x      first column, {@code 0..width−1}
     * @param y      first row, {@code 0..height−1}
     * @param z      first slice, {@code 0..depth−1}
     * @param w      box width, {@code 1..width−x}
     * @param h      box height, {@code 1..height−y}
     * @param d      box depth, {@code 1..depth−z}
     * @return a new volume in memory
     * @throws IllegalArgumentException naming the parameter when the box leaves the volume, or when {@code volume}
     *                                  is null
     * @throws IllegalStateException    when the box does not fit in the Java heap
     */
    public static Volume crop(Volume volume, int x, int y, int z, int w, int h, int d) {
        return Crop.of(volume, x, y, z, w, h, d);
    }

    // ---- morphology, distance and smoothing -----------------------------------------------------------------

    /**
     * The signed exact Euclidean distance map of a mask, in the grid's unit (anisotropic spacing counts): positive
     * inside, negative outside. Each foreground voxel gets the distance to the centre of the nearest background
     * voxel (at least the smallest spacing), each background voxel minus the distance to the nearest foreground
     * voxel; no voxel is 0, the surface lies between the voxels of opposite sign, and what lies beyond the stack is
     * no voxel. Exactly {@code scipy.ndimage.distance_transform_edt(m, sampling=(sz, sy, sx)) -
     * distance_transform_edt(~m, sampling=(sz, sy, sx))}, rounded to float; {@link #distanceInside} is the
     * unsigned map of the inside alone. {@code distanceMap(mask)}.
     *
     * @param mask the mask, in memory or computed slice by slice (each slice is read once); with foreground and
     *             background voxels, slices at most 65,535 voxels wide and high
     * @return a new 32-bit float volume in memory, with the mask's grid
     * @throws IllegalArgumentException when the mask is empty, full (one of the two distances does not exist), has
     *                                  slices wider or higher than 65,535 voxels, or is null
     * @throws IllegalStateException    when the map (4 bytes a voxel) and its work arrays do not fit in the Java heap
     */
    public static Volume distanceMap(Mask mask) {
        return DistanceTransform.signed(mask);
    }

    /**
     * The exact Euclidean distance from each foreground voxel to the centre of the nearest background voxel, in the
     * grid's unit; 0 on the background. Exactly {@code scipy.ndimage.distance_transform_edt(m, sampling=(sz, sy,
     * sx))} (rounded to float): the map whose maxima are the centres of touching round objects, and whose largest
     * value is the radius of the thickest part. {@code distanceInside(mask)}.
     *
     * @param mask the mask, in memory or computed slice by slice; with background voxels (an empty mask gives 0
     *             everywhere), slices at most 65,535 voxels wide and high
     * @return a new 32-bit float volume in memory, with the mask's grid
     * @throws IllegalArgumentException when the mask is full (no background to measure to), has slices wider or
     *                                  higher than 65,535 voxels, or is null
     * @throws IllegalStateException    when the map and its work arrays do not fit in the Java heap
     */
    public static Volume distanceInside(Mask mask) {
        return DistanceTransform.inside(mask);
    }

    /**
     * The voxels within {@code radius} of the mask: binary dilation with a ball of that radius in physical units,
     * the voxel offsets {@code (dx, dy, dz)} with {@code (dx·sx)² + (dy·sy)² + (dz·sz)² <= radius²} (an
     * ellipsoid of voxels when the spacing is anisotropic; {@code skimage.morphology.ball(r)} on spacing 1). Exactly
     * {@code scipy.ndimage.binary_dilation(m, structure=ball)}. Small balls are applied row by row on the packed
     * bits, large ones (radius above about 11 voxels) through the exact distance transform, at a cost independent
     * of the radius. {@code dilate(mask, 2.0)} grows the object by 2 µm on a grid in µm.
     *
     * @param mask   the mask, in memory or computed slice by slice (then, for a ball up to about 11 voxels, so is
     *               the result)
     * @param radius the ball's radius in the grid's unit, finite and {@code >= 0}; below every spacing the ball is
     *               the centre voxel alone and the mask comes back unchanged
     * @return a new mask with the mask's grid
     * @throws IllegalArgumentException when {@code radius} is negative, infinite or NaN, or {@code mask} is null
     */
    public static Mask dilate(Mask mask, double radius) {
        return Morphology.dilate(mask, radius);
    }

    /**
     * The voxels whose whole ball of {@code radius} lies in the mask: binary erosion with the ball of
     * {@link #dilate}. What lies beyond the stack counts as foreground, so an object cut by the stack's border is
     * not eaten from there: exactly {@code scipy.ndimage.binary_erosion(m, structure=ball, border_value=1)}, which
     * is {@code skimage.morphology.binary_erosion(m, ball)}. {@code erode(mask, 1.5)}.
     *
     * @param mask   the mask, in memory or computed slice by slice (then, for a ball up to about 11 voxels, so is
     *               the result)
     * @param radius the ball's radius in the grid's unit, finite and {@code >= 0}
     * @return a new mask with the mask's grid
     * @throws IllegalArgumentException when {@code radius} is negative, infinite or NaN, or {@code mask} is null
     */
    public static Mask erode(Mask mask, double radius) {
        return Morphology.erode(mask, radius);
    }

    /**
     * Morphological opening, {@code dilate(erode(mask, radius), radius)}: removes what the ball does not fit in
     * (specks, thin bridges, spurs) and keeps the rest as it was; it only removes voxels. Exactly
     * {@code skimage.morphology.binary_opening(m, ball)}, and {@code scipy.ndimage.binary_opening(m, ball)} where
     * the object stays farther than {@code radius} from the stack's border. {@code open(mask, 2)}.
     *
     * @param mask   the mask, in memory or computed slice by slice
     * @param radius the ball's radius in the grid's unit, finite and {@code >= 0}
     * @return a new mask with the mask's grid
     * @throws IllegalArgumentException when {@code radius} is negative, infinite or NaN, or {@code mask} is null
     */
    public static Mask open(Mask mask, double radius) {
        return Morphology.open(mask, radius);
    }

    /**
     * Morphological closing, {@code erode(dilate(mask, radius), radius)}: fills gaps, cracks, dents and cavities
     * narrower than the ball; it only adds voxels. Exactly {@code skimage.morphology.binary_closing(m, ball)}, and
     * {@code scipy.ndimage.binary_closing(m, ball)} where the object stays farther than {@code radius} from the
     * stack's border. {@code close(mask, 2)}.
     *
     * @param mask   the mask, in memory or computed slice by slice
     * @param radius the ball's radius in the grid's unit, finite and {@code >= 0}
     * @return a new mask with the mask's grid
     * @throws IllegalArgumentException when {@code radius} is negative, infinite or NaN, or {@code mask} is null
     */
    public static Mask close(Mask mask, double radius) {
        return Morphology.close(mask, radius);
    }

    /**
     * The Gaussian filter with standard deviation {@code sigma} in physical units (so {@code sigma / spacing}
     * voxels along each axis), separable, the kernel cut at 4 σ, and each line continued beyond the stack by its
     * end value: {@code scipy.ndimage.gaussian_filter(v, sigma=(σ/sz, σ/sy, σ/sx), mode='nearest')} to float
     * rounding. A mask filters as 0/1. Slices stream through a window of about 8 σ, so a stack on disk is read once;
     * {@code gaussian(stack, 1.0)} before a threshold smooths noise away.
     *
     * @param volume the stack (8-bit, 16-bit, float, or a mask), in memory or on disk
     * @param sigma  the standard deviation in the grid's unit, finite and {@code > 0}
     * @return a new 32-bit float volume in memory, with the stack's grid
     * @throws IllegalArgumentException when {@code sigma} is 0, negative, infinite or NaN, {@code volume} holds
     *                                  labels, or is null
     * @throws IllegalStateException    when the result (4 bytes a voxel) does not fit in the Java heap
     */
    public static Volume gaussian(SliceSource volume, double sigma) {
        return Gaussian.filter(volume, sigma);
    }

    /**
     * The median filter over the ball of {@link #dilate} with {@code radius} in physical units: each voxel becomes
     * the middle value of its ball, each line continued beyond the stack by its end value. Exactly
     * {@code scipy.ndimage.median_filter(v, footprint=ball, mode='nearest')}; removes salt-and-pepper noise and
     * keeps edges. Radius 1 on spacing 1 is the 7 voxels of a voxel and its face neighbours.
     * {@code median(stack, 1)}.
     *
     * @param volume the stack (8-bit, 16-bit or float), in memory or on disk (read once, through a window of
     *               slices)
     * @param radius the ball's radius in the grid's unit, finite and {@code >= 0}; below every spacing the volume
     *               comes back unchanged
     * @return a new volume in memory, with the stack's sample type and grid
     * @throws IllegalArgumentException when {@code radius} is negative, infinite or NaN, {@code volume} is a mask
     *                                  (use {@link #open} or {@link #close}) or labels, or is null
     * @throws IllegalStateException    when the result does not fit in the Java heap
     */
    public static Volume median(SliceSource volume, double radius) {
        return Median.filter(volume, radius);
    }

    /**
     * A smooth field from a binary mask, whose 0.5 level is a staircase-free version of the mask's surface:
     * the mask blurred by {@link #gaussian} with {@code sigma}, then shifted so that exactly as many voxels are
     * {@code >= 0.5} as the mask has (a plain blur's 0.5 level shrinks convex objects). Its marching-cubes mesh
     * keeps the object's area and volume: on MorphoLibJ's ellipsoid masks with sigma of one voxel both are within
     * 1 % of the analytic ellipsoid's, where marching cubes on the mask itself gives 9 % too much area.
     * {@code marchingCubes(smoothMask(mask, 1.0), 0.5)}.
     *
     * @param mask  the mask, in memory or computed slice by slice; with foreground and background voxels
     * @param sigma the blur's standard deviation in the grid's unit, finite and {@code > 0}; about one voxel
     *              removes the staircase, more rounds the shape
     * @return a new 32-bit float volume in memory, with the mask's grid
     * @throws IllegalArgumentException when {@code sigma} is 0, negative, infinite or NaN, or the mask is empty,
     *                                  full or null
     * @throws IllegalStateException    when the field (4 bytes a voxel) does not fit in the Java heap
     */
    public static Volume smoothMask(Mask mask, double sigma) {
        return SmoothMask.field(mask, sigma);
    }

    // ---- thresholds -----------------------------------------------------------------------------------------

    /**
     * The voxels with {@code lo <= value <= hi}, exactly {@code cv2.inRange(slice, lo, hi)} on every slice. On
     * integer data each bound is first rounded to the nearest integer as OpenCV does ({@code inRange(v, 0.5,
     * 100.5)} selects 0..100). Of a stack on disk the mask is computed slice by slice when asked for.
     *
     * @param stack a volume (or labels: {@code inRange(labels, 3, 3)} is label 3), in memory or on disk
     * @param lo    lower bound, inclusive; not NaN
     * @param hi    upper bound, inclusive; not NaN, at least {@code lo}
     * @return the mask, with the stack's grid
     * @throws IllegalArgumentException when {@code lo > hi}, a bound is NaN, the range cannot select any value of
     *                                  the sample type ({@code inRange(v, 300, 400)} on 8-bit), no voxel of a
     *                                  stack in memory is selected (the message gives the data range), or
     *                                  {@code stack} is null
     */
    public static Mask inRange(SliceSource stack, double lo, double hi) {
        return Threshold.inRange(stack, lo, hi);
    }

    /**
     * The voxels with {@code value >= t}, for bright objects: {@code threshold(stack, otsu(stack))}.
     *
     * @param stack a volume, in memory or on disk
     * @param t     the threshold, within the sample type's range; on integer data a fractional {@code t}
     *              selects the values above it ({@code 35.5} selects 36 and more)
     * @return the mask, with the stack's grid
     * @throws IllegalArgumentException when {@code t} is NaN or outside the type's range, no voxel of a stack in
     *                                  memory reaches it, or {@code stack} is null
     */
    public static Mask threshold(SliceSource stack, double t) {
        return Threshold.atLeast(stack, t);
    }

    /**
     * The Otsu threshold of the whole stack's histogram: the value that best splits it into two classes. It is
     * scikit-image's {@code threshold_otsu} t plus 0.5 on integer data (the next float above t on float data), so
     * {@code threshold(v, otsu(v))} selects exactly skimage's {@code v > t}; a good marching-cubes level too. The
     * MRI head sample gives 35.5. An integer stack on disk is read once.
     *
     * @param stack a volume (8-bit, 16-bit or float), in memory or on disk
     * @return the threshold
     * @throws IllegalArgumentException when every voxel has the same value, float data hold only NaN or an
     *                                  infinite value, or {@code stack} is null
     */
    public static double otsu(SliceSource stack) {
        return Otsu.threshold(Checks.requireNonNull(stack, "stack"));
    }

    /**
     * Li's minimum cross-entropy threshold of the whole stack's histogram, as scikit-image's {@code threshold_li}:
     * like {@link #otsu}, the level at or above which lies exactly skimage's {@code v > t} ({@code floor(t) +
     * 0.5} on integer data, where the result equals skimage's; on float data, binned in 65,536 bins, within a
     * 256th of the data range of it). Often a better split than Otsu's when the object is dim or small.
     * {@code threshold(stack, li(stack))}.
     *
     * @param stack a volume (8-bit, 16-bit or float), in memory or on disk
     * @return the threshold
     * @throws IllegalArgumentException when every voxel has the same value, float data hold only NaN or an
     *                                  infinite value, or {@code stack} is null
     */
    public static double li(SliceSource stack) {
        return Li.threshold(Checks.requireNonNull(stack, "stack"));
    }

    /**
     * The triangle threshold of the whole stack's histogram, as scikit-image's {@code threshold_triangle}: the
     * bin furthest below the line from the histogram's peak to the end of its longer tail; suited to a small
     * object on a large background. The level at or above which lies exactly skimage's {@code v > t} (see
     * {@link #otsu}). {@code threshold(stack, triangle(stack))}.
     *
     * @param stack a volume (8-bit, 16-bit or float), in memory or on disk
     * @return the threshold
     * @throws IllegalArgumentException when every voxel has the same value, float data hold only NaN or an
     *                                  infinite value, or {@code stack} is null
     */
    public static double triangle(SliceSource stack) {
        return Triangle.threshold(Checks.requireNonNull(stack, "stack"));
    }

    /**
     * The isodata (Ridler–Calvard) threshold of the whole stack's histogram, as scikit-image's
     * {@code threshold_isodata}: the lowest level halfway between the mean below it and the mean above it. The
     * level at or above which lies exactly skimage's {@code v > t} (see {@link #otsu}).
     * {@code threshold(stack, isodata(stack))}.
     *
     * @param stack a volume (8-bit, 16-bit or float), in memory or on disk
     * @return the threshold
     * @throws IllegalArgumentException when every voxel has the same value, float data hold only NaN or an
     *                                  infinite value, or {@code stack} is null
     */
    public static double isodata(SliceSource stack) {
        return IsoData.threshold(Checks.requireNonNull(stack, "stack"));
    }

    /**
     * The mean of every voxel as a threshold, as scikit-image's {@code threshold_mean}: the level at or above
     * which lie exactly the voxels above the mean ({@code floor(mean) + 0.5} on integer data, the smallest float
     * above it on float data). {@code threshold(stack, mean(stack))}.
     *
     * @param stack a volume (8-bit, 16-bit or float), in memory or on disk
     * @return the threshold
     * @throws IllegalArgumentException when every voxel has the same value, float data hold only NaN or an
     *                                  infinite value, or {@code stack} is null
     */
    public static double mean(SliceSource stack) {
        return Mean.threshold(Checks.requireNonNull(stack, "stack"));
    }

    /**
     * The value below which {@code p} percent of the voxels lie, exactly {@code numpy.percentile(stack, p)}
     * (linear interpolation between the two nearest voxels in sorted order); NaN voxels are skipped.
     * {@code threshold(stack, percentile(stack, 99))} keeps about the brightest 1 %. Integer data are read once,
     * float data twice; nothing is sorted.
     *
     * @param stack a volume (8-bit, 16-bit or float), in memory or on disk
     * @param p     the percentage, {@code 0..100}
     * @return the percentile, a value of the data or between two of them
     * @throws IllegalArgumentException when {@code p} is outside 0..100 or NaN, every voxel is NaN, or
     *                                  {@code stack} is null
     */
    public static double percentile(SliceSource stack, double p) {
        return Percentile.of(Checks.requireNonNull(stack, "stack"), p);
    }

    // ---- components and holes -------------------------------------------------------------------------------

    /**
     * The connected components of a mask, each under its own label, numbered by decreasing size (1 is the
     * largest; equal sizes in the order of their first voxel in z, y, x scan order), 26-connected as
     * {@code skimage.measure.label}: {@code labels(mask).regions()} lists each one's voxels, bounding box,
     * centroid and volume. One pass over the slices.
     *
     * @param mask the mask, in memory or computed slice by slice
     * @return the labels, in memory (4 bytes a voxel), with the mask's grid
     * @throws IllegalArgumentException when the mask is empty or null
     * @throws IllegalStateException    when the labels do not fit in the Java heap
     */
    public static Labels labels(Mask mask) {
        return Components.labels(Checks.requireNonNull(mask, "mask"), Components.DEFAULT_CONNECTIVITY);
    }

    /**
     * The connected components of a mask with the given connectivity; see {@link #labels(Mask)}. Component counts
     * and sizes are those of {@code scipy.ndimage.label(mask, generate_binary_structure(3, k))} with k = 1, 2, 3
     * for connectivity 6, 18, 26.
     *
     * @param mask         the mask, in memory or computed slice by slice
     * @param connectivity 6 (voxels sharing a face are connected), 18 (a face or an edge) or 26 (a face, an edge
     *                     or a corner)
     * @return the labels, in memory, with the mask's grid
     * @throws IllegalArgumentException when the connectivity is not 6, 18 or 26, or the mask is empty or null
     * @throws IllegalStateException    when the labels do not fit in the Java heap
     */
    public static Labels labels(Mask mask, int connectivity) {
        return Components.labels(Checks.requireNonNull(mask, "mask"), connectivity);
    }

    /**
     * The largest 26-connected component of a mask: the object without the specks around it. Of two equally large
     * components, the first in scan order.
     *
     * @param mask the mask, in memory or computed slice by slice
     * @return a new mask in memory, with the mask's grid
     * @throws IllegalArgumentException when the mask is empty or null
     */
    public static Mask largestComponent(Mask mask) {
        return Components.largest(Checks.requireNonNull(mask, "mask"), Components.DEFAULT_CONNECTIVITY);
    }

    /**
     * The largest component of a mask with the given connectivity; see {@link #largestComponent(Mask)}.
     *
     * @param mask         the mask, in memory or computed slice by slice
     * @param connectivity 6, 18 or 26
     * @return a new mask in memory, with the mask's grid
     * @throws IllegalArgumentException when the connectivity is not 6, 18 or 26, or the mask is empty or null
     */
    public static Mask largestComponent(Mask mask, int connectivity) {
        return Components.largest(Checks.requireNonNull(mask, "mask"), connectivity);
    }

    /**
     * The mask without its 26-connected components of fewer than {@code minVoxels} voxels, as
     * {@code skimage.morphology.remove_small_objects(mask, min_size=minVoxels)}: {@code removeSmall(mask, 100)}.
     *
     * @param mask      the mask, in memory or computed slice by slice
     * @param minVoxels the smallest component kept, in voxels, 0 or more
     * @return a new mask in memory, with the mask's grid
     * @throws IllegalArgumentException when {@code minVoxels} is negative, no component is that large (the message
     *                                  gives the largest), or the mask is empty or null
     */
    public static Mask removeSmall(Mask mask, long minVoxels) {
        return Components.removeSmall(Checks.requireNonNull(mask, "mask"), minVoxels, Components.DEFAULT_CONNECTIVITY);
    }

    /**
     * The mask without its components of fewer than {@code minVoxels} voxels, with the given connectivity; see
     * {@link #removeSmall(Mask, long)}.
     *
     * @param mask         the mask, in memory or computed slice by slice
     * @param minVoxels    the smallest component kept, in voxels, 0 or more
     * @param connectivity 6, 18 or 26
     * @return a new mask in memory, with the mask's grid
     * @throws IllegalArgumentException when {@code minVoxels} is negative, no component is that large, the
     *                                  connectivity is not 6, 18 or 26, or the mask is empty or null
     */
    public static Mask removeSmall(Mask mask, long minVoxels, int connectivity) {
        return Components.removeSmall(Checks.requireNonNull(mask, "mask"), minVoxels, connectivity);
    }

    /**
     * The {@code n} largest 26-connected components of a mask (all of them when it has fewer), equal sizes taken
     * in scan order: {@code keepComponents(mask, 2)} keeps two touching-free objects.
     *
     * @param mask the mask, in memory or computed slice by slice
     * @param n    the number of components to keep, 1 or more
     * @return a new mask in memory, with the mask's grid
     * @throws IllegalArgumentException when {@code n} is below 1, or the mask is empty or null
     */
    public static Mask keepComponents(Mask mask, int n) {
        return Components.keep(Checks.requireNonNull(mask, "mask"), n, Components.DEFAULT_CONNECTIVITY);
    }

    /**
     * The {@code n} largest components of a mask with the given connectivity; see {@link #keepComponents(Mask,
     * int)}.
     *
     * @param mask         the mask, in memory or computed slice by slice
     * @param n            the number of components to keep, 1 or more
     * @param connectivity 6, 18 or 26
     * @return a new mask in memory, with the mask's grid
     * @throws IllegalArgumentException when {@code n} is below 1, the connectivity is not 6, 18 or 26, or the mask
     *                                  is empty or null
     */
    public static Mask keepComponents(Mask mask, int n, int connectivity) {
        return Components.keep(Checks.requireNonNull(mask, "mask"), n, connectivity);
    }

    /**
     * The mask with its enclosed cavities filled: every background voxel that cannot reach the stack's border
     * becomes foreground, as {@code scipy.ndimage.binary_fill_holes(mask)}. The background is taken 6-connected
     * (through faces), the complement that fits a 26-connected object: a cavity sealed by a shell whose voxels
     * touch only at edges or corners counts as enclosed. {@code fillHoles(inRange(sampleStack(), 0, 100))}
     * fills the specimen's 16,171-voxel cavity. A hole open to the border (the hole of a ring) stays empty; see
     * {@link #fillHoles2D}.
     *
     * @param mask the mask, in memory or computed slice by slice (each slice is read once)
     * @return a new mask in memory, with the mask's grid
     * @throws IllegalArgumentException when {@code mask} is null
     */
    public static Mask fillHoles(Mask mask) {
        return Holes.fill(Checks.requireNonNull(mask, "mask"));
    }

    /**
     * The mask with the holes of each slice filled on its own, as {@code binary_fill_holes} on every slice: a
     * background region of a slice (4-connected in the slice) that does not reach the slice's edge becomes
     * foreground, so the inside of a ring is filled where the ring is closed. Slices are filled in parallel; of a
     * mask computed slice by slice the result is computed slice by slice too.
     *
     * @param mask the mask, in memory or computed slice by slice
     * @return a new mask, in memory when {@code mask} is
     * @throws IllegalArgumentException when {@code mask} is null
     */
    public static Mask fillHoles2D(Mask mask) {
        return Holes.fill2D(Checks.requireNonNull(mask, "mask"));
    }

    // ---- splitting touching objects -------------------------------------------------------------------------

    /**
     * The objects of a mask split where they touch through a neck, by a distance-transform watershed: the
     * scikit-image recipe {@code watershed(-distance, markers, mask=mask)} with {@code peak_local_max(distance,
     * min_distance=k, labels=label(mask))} markers. A voxel seeds an object when its distance to the background
     * (exact, Euclidean, in physical units) is the highest within {@code minDistance} of it along each axis, and no
     * deeper seed of its component lies closer than {@code minDistance} along every axis (the Chebyshev distance of
     * {@code peak_local_max}; equal depths are taken in z, y, x scan order). The objects grow from their seeds,
     * deepest voxels first, so two blobs joined by a neck meet at its narrowest section: two overlapping balls of
     * radius 20 voxels whose centres are 30 apart come out as two objects of nearly equal size, cut at the
     * mid-plane. Voxels are 26-connected, as in {@link #labels(Mask)}; every foreground voxel is labelled, every
     * component is one object or more, and the objects are numbered by decreasing size, each with its
     * {@link Region} in {@link Labels#regions()}. {@code splitObjects(threshold(stack, otsu(stack)), 5)}.
     *
     * @param mask        the mask, in memory or computed slice by slice (each slice is read once); up to
     *                    {@code 2³¹ − 1} voxels
     * @param minDistance the smallest distance between two objects' seeds, in the grid's unit, more than 0: about an
     *                    object's smallest radius (smaller splits more); the box of ±{@code minDistance} is
     *                    ±{@code floor(minDistance / s)} voxels along an axis of spacing {@code s}, as skimage's
     *                    {@code min_distance} in voxels when the spacing is 1; {@code Double.POSITIVE_INFINITY} gives
     *                    exactly {@code labels(mask)}
     * @return the labels, in memory (4 bytes a voxel), with the mask's grid; none when the mask is empty
     * @throws IllegalArgumentException when {@code minDistance} is 0, negative or NaN, the mask has more than
     *                                  {@code 2³¹ − 1} voxels, or it is null
     * @throws IllegalStateException    when the work arrays (up to 12 bytes a voxel) do not fit in the Java heap
     */
    public static Labels splitObjects(Mask mask, double minDistance) {
        return io.github.stack3d.segment.Watershed.split(Checks.requireNonNull(mask, "mask"), minDistance,
                Components.DEFAULT_CONNECTIVITY);
    }

    /**
     * The objects of a mask split at their necks with the given connectivity; see {@link #splitObjects(Mask,
     * double)}. With connectivity 6 the objects grow through faces only, as skimage's {@code watershed} does by
     * default ({@code connectivity=1}), and the components seeded are {@code labels(mask, 6)}'s.
     *
     * @param mask         the mask, in memory or computed slice by slice; up to {@code 2³¹ − 1} voxels
     * @param minDistance  the smallest distance between two objects' seeds, in the grid's unit, more than 0
     *                     ({@code Double.POSITIVE_INFINITY}: {@code labels(mask, connectivity)})
     * @param connectivity 6 (voxels sharing a face are neighbours), 18 (a face or an edge) or 26 (a face, an edge or
     *                     a corner)
     * @return the labels, in memory, with the mask's grid
     * @throws IllegalArgumentException when {@code minDistance} is 0, negative or NaN, the connectivity is not 6, 18
     *                                  or 26, the mask has more than {@code 2³¹ − 1} voxels, or it is null
     * @throws IllegalStateException    when the work arrays do not fit in the Java heap
     */
    public static Labels splitObjects(Mask mask, double minDistance, int connectivity) {
        return io.github.stack3d.segment.Watershed.split(Checks.requireNonNull(mask, "mask"), minDistance,
                connectivity);
    }

    // ---- points and surfaces --------------------------------------------------------------------------------

    /**
     * The object's shell as points, the seed answer's algorithm: in every slice, the foreground pixels on the
     * slice's contour (a background 4-neighbour or the image edge) and those whose slice above or below is
     * background there (an empty slice lies above the first and below the last), each once, ordered by z, y, x.
     * Streams: a mask of a stack on disk is read slice by slice.
     *
     * @param mask the object
     * @return the points, in the grid's unit
     * @throws IllegalArgumentException when the mask is empty or null
     */
    public static PointCloud shellPoints(Mask mask) {
        return ShellPoints.of(mask);
    }

    /**
     * Every foreground voxel as a point at its position, ordered by z, y, x.
     *
     * @param mask the object
     * @return the points, in the grid's unit
     * @throws IllegalArgumentException when the mask is empty or null
     */
    public static PointCloud voxelPoints(Mask mask) {
        return VoxelPoints.of(mask);
    }

    /**
     * The surface where the values cross {@code level}, by marching cubes: a closed (watertight), indexed mesh in
     * physical units with outward normals, around the voxels with value {@code >= level} (bright objects). For a
     * dark object use {@link #marchingCubesBelow(SliceSource, double)}. Streams: a stack on disk is read slice by
     * slice. {@code marchingCubes(stack, otsu(stack))}. Where the surface reaches the stack's border it is capped
     * at the outermost voxel centres; a single slice gives a slab one voxel thick (caps half a voxel either side). Its
     * topology is that of the trilinear interpolant, tunnels through a cube included (Marching Cubes 33).
     *
     * @param stack a volume, in memory or on disk
     * @param level the iso level, finite; for example 100.5 for the boundary between 100 and 101
     * @return the mesh
     * @throws IllegalArgumentException when the level is not finite, no surface crosses it (the message says
     *                                  which way to move it), or {@code stack} is null
     */
    public static Mesh marchingCubes(SliceSource stack, double level) {
        return MarchingCubes.extract(stack, level, Border.CLOSED);
    }

    /**
     * Marching cubes with a choice at the stack's border: {@link Border#OPEN} leaves the cut surfaces open, as
     * for a sample that continues beyond the scan: {@code marchingCubes(stack, 100.5, Border.OPEN)}.
     *
     * @param stack  a volume, in memory or on disk
     * @param level  the iso level, finite
     * @param border {@link Border#CLOSED} (capped, watertight) or {@link Border#OPEN}
     * @return the mesh
     * @throws IllegalArgumentException when the level is not finite, no surface crosses it, or an argument is
     *                                  null
     */
    public static Mesh marchingCubes(SliceSource stack, double level, Border border) {
        return MarchingCubes.extract(stack, level, border);
    }

    /**
     * The surface around the voxels with value {@code <= level}, for dark objects on a bright background: closed,
     * smooth (interpolated from the grey values), normals pointing out of the dark object. The seed's
     * {@code inRange(stack, 0, 100)} object: {@code marchingCubesBelow(stack, 100.5)}.
     *
     * @param stack a volume, in memory or on disk
     * @param level the iso level, finite
     * @return the mesh
     * @throws IllegalArgumentException when the level is not finite, no surface crosses it, or {@code stack} is
     *                                  null
     */
    public static Mesh marchingCubesBelow(SliceSource stack, double level) {
        return MarchingCubes.extractBelow(stack, level, Border.CLOSED);
    }

    /**
     * The surface of a mask, between its foreground and background voxels (level 0.5 on 0/1), closed, in physical
     * units: terraced like the voxels; {@link #marchingCubesBelow(SliceSource, double)} on the grey values is
     * smoother.
     *
     * @param mask the object, in memory or computed slice by slice
     * @return the mesh
     * @throws IllegalArgumentException when the mask is empty or null
     */
    public static Mesh marchingCubes(Mask mask) {
        return MarchingCubes.extract(Checks.requireNonNull(mask, "mask"), Border.CLOSED);
    }

    /**
     * The surface of a mask with a choice at the stack's border: {@code marchingCubes(mask, Border.OPEN)} leaves
     * it open where the object is cut.
     *
     * @param mask   the object
     * @param border {@link Border#CLOSED} (capped, watertight) or {@link Border#OPEN}
     * @return the mesh
     * @throws IllegalArgumentException when the mask has no surface or an argument is null
     */
    public static Mesh marchingCubes(Mask mask, Border border) {
        return MarchingCubes.extract(Checks.requireNonNull(mask, "mask"), border);
    }

    /**
     * The surface of one labelled object: {@code marchingCubes(labels, 1)} is the first (largest) component.
     *
     * @param labels the label image
     * @param label  the label, 1 or more (0 is the background), with at least one voxel
     * @return the mesh, closed
     * @throws IllegalArgumentException when {@code label} is negative or has no voxel, or {@code labels} is null
     */
    public static Mesh marchingCubes(Labels labels, int label) {
        return MarchingCubes.extract(Checks.requireNonNull(labels, "labels").mask(label), Border.CLOSED);
    }

    // ---- mesh and point pictures, animations ----------------------------------------------------------------

    /**
     * A shaded picture of a mesh from {@link View#DEFAULT} (512×512, azimuth 30°, elevation 20°): software
     * rendered with a z-buffer, two lights, anti-aliased, with a scale bar and axes. {@code renderMesh(mesh)}.
     *
     * @param mesh the mesh, with at least one triangle
     * @return the picture, RGB
     * @throws IllegalArgumentException when {@code mesh} is null or has no triangles
     */
    public static BufferedImage renderMesh(Mesh mesh) {
        return MeshRender.renderMesh(mesh, View.DEFAULT);
    }

    /**
     * A shaded picture of a mesh through a view: camera angles, size, zoom, perspective, background, wireframe,
     * scale bar and axes. Per-vertex colors are used when the mesh has them; back faces (inside an open mesh) are
     * darker. {@code renderMesh(mesh, View.at(60, 30).withWireframe(true))}.
     *
     * @param mesh the mesh, with at least one triangle
     * @param view the camera and picture
     * @return the picture, RGB, {@code view.width() × view.height()}
     * @throws IllegalArgumentException when an argument is null or the mesh has no triangles
     */
    public static BufferedImage renderMesh(Mesh mesh, View view) {
        return MeshRender.renderMesh(mesh, view);
    }

    /**
     * A picture of points from {@link View#DEFAULT}: each point a 1–3 pixel square (from the density), nearer
     * points brighter, z-buffered. {@code renderPoints(shellPoints(mask))}.
     *
     * @param points the points, at least one
     * @return the picture, RGB
     * @throws IllegalArgumentException when {@code points} is null or empty
     */
    public static BufferedImage renderPoints(PointCloud points) {
        return PointsRender.renderPoints(points, View.DEFAULT);
    }

    /**
     * A picture of points through a view: depth shaded through the view's colormap, or the points' own colors
     * darkened with depth when they have colors. {@code renderPoints(points, View.at(90, 0))}.
     *
     * @param points the points, at least one
     * @param view   the camera and picture
     * @return the picture, RGB, {@code view.width() × view.height()}
     * @throws IllegalArgumentException when an argument is null or the cloud is empty
     */
    public static BufferedImage renderPoints(PointCloud points, View view) {
        return PointsRender.renderPoints(points, view);
    }

    /**
     * A quick look at a mesh, the same picture as {@link #renderMesh(Mesh)}; in a notebook cell the picture shows
     * inline: {@code preview(marchingCubes(mask))}.
     *
     * @param mesh the mesh, with at least one triangle
     * @return the picture, RGB, 512×512
     * @throws IllegalArgumentException when {@code mesh} is null or has no triangles
     */
    public static BufferedImage preview(Mesh mesh) {
        return MeshRender.renderMesh(mesh, View.DEFAULT);
    }

    /**
     * A quick look at points, the same picture as {@link #renderPoints(PointCloud)}:
     * {@code preview(shellPoints(mask))}.
     *
     * @param points the points, at least one
     * @return the picture, RGB, 512×512
     * @throws IllegalArgumentException when {@code points} is null or empty
     */
    public static BufferedImage preview(PointCloud points) {
        return PointsRender.renderPoints(points, View.DEFAULT);
    }

    /**
     * A mesh turning once around the vertical axis of the picture, from {@link View#DEFAULT}: frame {@code i} at
     * azimuth {@code 30 + 360·i / frames}. {@code saveGif(turntable(mesh, 36), "spin.gif", 12)}.
     *
     * @param mesh   the mesh, with at least one triangle
     * @param frames number of pictures, 1..3600
     * @return the pictures, first frame first
     * @throws IllegalArgumentException when {@code frames} is out of range, {@code mesh} is null or has no
     *                                  triangles
     */
    public static List<BufferedImage> turntable(Mesh mesh, int frames) {
        return Turntable.of(mesh, frames, View.DEFAULT);
    }

    /**
     * A mesh turning once around the vertical axis of the picture, starting at the view's azimuth, with its
     * elevation, size and everything else: {@code turntable(mesh, 36, View.DEFAULT.withSize(256, 256))}.
     *
     * @param mesh   the mesh, with at least one triangle
     * @param frames number of pictures, 1..3600
     * @param view   the first frame's camera and picture
     * @return the pictures, first frame first
     * @throws IllegalArgumentException when {@code frames} is out of range, an argument is null or the mesh has
     *                                  no triangles
     */
    public static List<BufferedImage> turntable(Mesh mesh, int frames, View view) {
        return Turntable.of(mesh, frames, view);
    }

    /**
     * Writes pictures as a looping animated GIF (256 colors, a fixed color cube with ordered dithering), replacing
     * an existing file; a failure leaves no file. {@code saveGif(turntable(mesh, 36), Path.of("spin.gif"), 12)}.
     *
     * @param frames the pictures, at least one, all of the same size
     * @param file   the GIF file; its folder must exist
     * @param fps    frames per second, finite and &gt; 0 (stored in 1/100 s steps)
     * @return {@code file}
     * @throws IllegalArgumentException when an argument is null, {@code frames} is empty or mixes sizes, or
     *                                  {@code fps} is not finite and positive
     * @throws IOException              naming the file when its folder is missing or not writable, or writing fails
     */
    public static Path saveGif(List<BufferedImage> frames, Path file, double fps) throws IOException {
        return GifWriter.write(frames, file, fps);
    }

    /**
     * Writes pictures as a looping animated GIF, the file given as a string:
     * {@code saveGif(turntable(mesh, 36), "spin.gif", 12)}.
     *
     * @param frames the pictures, at least one, all of the same size
     * @param file   the GIF file's path; its folder must exist
     * @param fps    frames per second, finite and &gt; 0
     * @return the path written
     * @throws IllegalArgumentException when an argument is null, {@code frames} is empty or mixes sizes, or
     *                                  {@code fps} is not finite and positive
     * @throws IOException              naming the file when its folder is missing or not writable, or writing fails
     */
    public static Path saveGif(List<BufferedImage> frames, String file, double fps) throws IOException {
        return GifWriter.write(frames, path(file, "file"), fps);
    }

    // ---- mesh processing ------------------------------------------------------------------------------------

    /**
     * Smooths a mesh by Taubin's λ|μ method (λ = 0.5, μ = −0.53, umbrella operator): each iteration shrinks and
     * then re-inflates the surface, so terraces and noise fade while the shape and its enclosed volume stay (on a
     * voxel sphere of radius 20, 20 iterations change the volume by under 0.5 %). Triangles and colours are
     * kept, normals recomputed; the result is the same for any number of threads. 10 to 20 iterations remove
     * marching cubes' staircase from a mask surface: {@code smooth(marchingCubes(mask), 20)}.
     *
     * @param mesh       the mesh
     * @param iterations λ|μ pairs, 0 or more (0 returns the mesh unchanged)
     * @return the smoothed mesh, in the same unit
     * @throws IllegalArgumentException when {@code iterations} is negative or {@code mesh} is null
     */
    public static Mesh smooth(Mesh mesh, int iterations) {
        return MeshSmoothing.taubin(mesh, iterations);
    }

    /**
     * Taubin smoothing that moves no vertex farther than {@code maxDistance} (Euclidean, in the mesh's unit) from
     * where it was: {@code smoothWithin(mesh, 20, 0.25)}.
     *
     * @param mesh        the mesh
     * @param iterations  λ|μ pairs, 0 or more
     * @param maxDistance the largest move of a vertex, finite and 0 or more, in the mesh's unit
     * @return the smoothed mesh
     * @throws IllegalArgumentException when {@code iterations} is negative, {@code maxDistance} is negative or not
     *                                  finite, or {@code mesh} is null
     */
    public static Mesh smoothWithin(Mesh mesh, int iterations, double maxDistance) {
        return MeshSmoothing.within(mesh, iterations, maxDistance);
    }

    /**
     * Taubin smoothing of a mask's surface that keeps it a faithful boundary of the mask: every vertex stays
     * within half a voxel of where marching cubes put it, along each axis separately ({@code |Δx| <= sx/2},
     * {@code |Δy| <= sy/2}, {@code |Δz| <= sz/2} with the grid's spacing, in physical units, so an anisotropic
     * stack gets a box, not a ball). On MorphoLibJ's ellipsoid masks 20 iterations bring the area from 8.6 % above
     * the analytic ellipsoid's to within 0.8 %. {@code smoothWithin(marchingCubes(mask), 20, mask.grid())}.
     *
     * @param mesh       a mesh made from a mask or stack with grid {@code grid}
     * @param iterations λ|μ pairs, 0 or more
     * @param grid       the voxel grid the mesh came from (only its spacing is used)
     * @return the smoothed mesh
     * @throws IllegalArgumentException when {@code iterations} is negative or an argument is null
     */
    public static Mesh smoothWithin(Mesh mesh, int iterations, Grid grid) {
        Checks.requireNonNull(grid, "grid");
        return MeshSmoothing.withinBox(mesh, iterations, grid.sx() / 2, grid.sy() / 2, grid.sz() / 2);
    }

    // ---- decimation -----------------------------------------------------------------------------------------

    /**
     * Simplifies a mesh to at most {@code targetTriangles} triangles by quadric edge collapses (Garland and
     * Heckbert 1997): the cheapest edge by quadric error (plus a term for the change of area) collapses first,
     * to the quadric's optimal place; no collapse may make the surface non-manifold (link condition), turn a
     * triangle over or make a degenerate one, so a watertight mesh stays watertight, with its genus. The
     * boundary of an open mesh keeps its place (boundary-plane quadrics). The result is the same for any number
     * of threads. On the demo specimen (196,132 triangles), 10× fewer triangles keep the area within 0.9 % and
     * the volume within 0.01 %, with a Hausdorff distance of 0.30 µm to the input
     * ({@link #hausdorffDistance}). {@code Mesh small = decimate(mesh, mesh.triangleCount() / 10);}
     *
     * @param mesh            the mesh
     * @param targetTriangles the most triangles to keep, {@code 0 .. mesh.triangleCount()}; fewer remain when
     *                        a collapse removes two at once, more when no further collapse is allowed
     * @return the simplified mesh, in the same unit (normals recomputed when the input had them)
     * @throws IllegalArgumentException when {@code mesh} is null or {@code targetTriangles} is out of range
     */
    public static Mesh decimate(Mesh mesh, int targetTriangles) {
        return QuadricDecimation.toTriangles(mesh, targetTriangles);
    }

    /**
     * Simplifies a mesh by quadric edge collapses, cheapest first, as long as the surface stays within about
     * {@code maxError} of the input: each vertex carries a bound on how far its neighbourhood has moved (the
     * larger bound of the two merged vertices plus the distance from the new place to the planes of the
     * triangles around them), and no collapse may raise it above {@code maxError}. The same rules as
     * {@link #decimate(Mesh, int)}. On a voxel sphere of radius 20 px the Hausdorff distance to the input stays
     * within 1.5 × {@code maxError} for 0.01 to 0.2 px: check it with {@link #hausdorffDistance}.
     * {@code decimate(mesh, 0.1)} (0.1 µm for a mesh in µm).
     *
     * @param mesh     the mesh
     * @param maxError the error bound in the mesh's unit, finite and {@code >= 0}
     * @return the simplified mesh
     * @throws IllegalArgumentException when {@code mesh} is null or {@code maxError} is negative, NaN or infinite
     */
    public static Mesh decimate(Mesh mesh, double maxError) {
        return QuadricDecimation.withinError(mesh, maxError);
    }

    /**
     * The symmetric Hausdorff distance between two meshes, sampled at their vertices: the largest distance from a
     * vertex of either mesh to the other mesh's surface (exact point-to-triangle distances). A lower bound of the
     * exact distance, close to it when one mesh is much finer than the other, as after {@code decimate}.
     * {@code hausdorffDistance(mesh, decimate(mesh, 20000))}.
     *
     * @param a a mesh with triangles
     * @param b a mesh with triangles, in the same unit
     * @return the distance in the meshes' unit
     * @throws IllegalArgumentException when a mesh is null or has no triangles, or the units differ
     */
    public static double hausdorffDistance(Mesh a, Mesh b) {
        return HausdorffDistance.between(a, b);
    }

    // ---- measures -------------------------------------------------------------------------------------------

    /**
     * Total area of the mesh's triangles.
     *
     * @param mesh any mesh
     * @return the area in unit² of its coordinates
     * @throws IllegalArgumentException when {@code mesh} is null
     */
    public static double surfaceArea(Mesh mesh) {
        return MeshMeasures.surfaceArea(mesh);
    }

    /**
     * The volume the mesh encloses (divergence theorem); meaningful for a closed mesh.
     *
     * @param mesh a closed mesh
     * @return the volume in unit³, positive for outward-facing triangles
     * @throws IllegalArgumentException when {@code mesh} is null
     */
    public static double enclosedVolume(Mesh mesh) {
        return MeshMeasures.enclosedVolume(mesh);
    }

    /**
     * Counts and checks: vertices, triangles, boundary, non-manifold and inconsistently oriented edges, connected
     * components, Euler characteristic, genus, area, volume, bounding box. {@code closed()} means no boundary
     * edge; {@code watertight()} means closed, manifold and consistently oriented.
     *
     * @param mesh any mesh
     * @return the report; its {@code toString()} is a readable summary
     * @throws IllegalArgumentException when {@code mesh} is null
     */
    public static MeshReport meshReport(Mesh mesh) {
        return MeshReport.of(mesh);
    }

    // ---- mesh parts -----------------------------------------------------------------------------------------

    /**
     * The connected part of the mesh with the largest surface area, as a mesh of its own: the object without the
     * specks of noise around it, {@code largestPart(marchingCubes(mask))}. Parts are joined through shared
     * vertices, as {@link #meshReport(Mesh)} counts and lists them ({@code meshReport(mesh).parts()}, largest
     * first); of parts of equal area, the one with the smallest vertex index wins. The part's triangles keep their
     * order, its vertices are renumbered compactly in their order, with their normals and colours; triangles with
     * a repeated vertex index (no area) are left out.
     *
     * @param mesh a mesh with at least one triangle of three distinct vertices
     * @return the largest part, in the same unit
     * @throws IllegalArgumentException when {@code mesh} is null or has no such triangle
     */
    public static Mesh largestPart(Mesh mesh) {
        return MeshParts.largest(mesh);
    }

    /**
     * The mesh without its connected parts of surface area below {@code minArea}, for example specks under
     * 100 µm²: {@code removeSmallParts(mesh, 100)}. Parts and their order as in {@link #largestPart(Mesh)}: the
     * kept triangles stay in order, the kept vertices are renumbered compactly, normals and colours kept.
     *
     * @param mesh    the mesh
     * @param minArea the smallest area of a part that stays, in the mesh's unit² (µm² for a mesh in µm), finite
     *                and 0 or more; 0 keeps every part
     * @return the parts of area {@code >= minArea}
     * @throws IllegalArgumentException when {@code minArea} is negative, NaN or infinite, {@code mesh} is null,
     *                                  or no part is that large (the message gives the largest part's area)
     */
    public static Mesh removeSmallParts(Mesh mesh, double minArea) {
        return MeshParts.withoutSmall(mesh, minArea);
    }

    // ---- files ----------------------------------------------------------------------------------------------

    /**
     * Writes points as a binary little-endian PLY (with normals and colors when present); atomic.
     *
     * @param points the points
     * @param file   the file to write, in an existing folder
     * @return {@code file}
     * @throws IOException              naming the file when its folder does not exist or writing fails
     * @throws IllegalArgumentException when an argument is null
     */
    public static Path savePly(PointCloud points, Path file) throws IOException {
        return PlyWriter.writeBinary(Checks.requireNonNull(points, "points"), Checks.requireNonNull(file, "file"));
    }

    /**
     * Writes points as a binary PLY; see {@link #savePly(PointCloud, Path)}.
     *
     * @param points the points
     * @param file   the file to write
     * @return the file written
     * @throws IOException              naming the file when its folder does not exist or writing fails
     * @throws IllegalArgumentException when an argument is null
     */
    public static Path savePly(PointCloud points, String file) throws IOException {
        return savePly(points, path(file, "file"));
    }

    /**
     * Writes a mesh (vertices, normals, triangles) as a binary little-endian PLY, which MeshLab, Blender,
     * ParaView and Open3D open; atomic.
     *
     * @param mesh the mesh
     * @param file the file to write, in an existing folder
     * @return {@code file}
     * @throws IOException              naming the file when its folder does not exist or writing fails
     * @throws IllegalArgumentException when an argument is null
     */
    public static Path savePly(Mesh mesh, Path file) throws IOException {
        return PlyWriter.writeBinary(Checks.requireNonNull(mesh, "mesh"), Checks.requireNonNull(file, "file"));
    }

    /**
     * Writes a mesh as a binary PLY; see {@link #savePly(Mesh, Path)}.
     *
     * @param mesh the mesh
     * @param file the file to write
     * @return the file written
     * @throws IOException              naming the file when its folder does not exist or writing fails
     * @throws IllegalArgumentException when an argument is null
     */
    public static Path savePly(Mesh mesh, String file) throws IOException {
        return savePly(mesh, path(file, "file"));
    }

    /**
     * Writes points as an ASCII PLY, readable in a text editor (the seed program's format); atomic.
     *
     * @param points the points
     * @param file   the file to write, in an existing folder
     * @return {@code file}
     * @throws IOException              naming the file when its folder does not exist or writing fails
     * @throws IllegalArgumentException when an argument is null
     */
    public static Path savePlyAscii(PointCloud points, Path file) throws IOException {
        return PlyWriter.writeAscii(Checks.requireNonNull(points, "points"), Checks.requireNonNull(file, "file"));
    }

    /**
     * Writes points as an ASCII PLY; see {@link #savePlyAscii(PointCloud, Path)}.
     *
     * @param points the points
     * @param file   the file to write
     * @return the file written
     * @throws IOException              naming the file when its folder does not exist or writing fails
     * @throws IllegalArgumentException when an argument is null
     */
    public static Path savePlyAscii(PointCloud points, String file) throws IOException {
        return savePlyAscii(points, path(file, "file"));
    }

    /**
     * Writes a mesh as an ASCII PLY; atomic.
     *
     * @param mesh the mesh
     * @param file the file to write, in an existing folder
     * @return {@code file}
     * @throws IOException              naming the file when its folder does not exist or writing fails
     * @throws IllegalArgumentException when an argument is null
     */
    public static Path savePlyAscii(Mesh mesh, Path file) throws IOException {
        return PlyWriter.writeAscii(Checks.requireNonNull(mesh, "mesh"), Checks.requireNonNull(file, "file"));
    }

    /**
     * Writes a mesh as an ASCII PLY; see {@link #savePlyAscii(Mesh, Path)}.
     *
     * @param mesh the mesh
     * @param file the file to write
     * @return the file written
     * @throws IOException              naming the file when its folder does not exist or writing fails
     * @throws IllegalArgumentException when an argument is null
     */
    public static Path savePlyAscii(Mesh mesh, String file) throws IOException {
        return savePlyAscii(mesh, path(file, "file"));
    }

    /**
     * Reads a PLY file (ASCII or binary): vertices, faces (triangulated), normals and colors when present. Every
     * mesh reader has one rule for empty files: a file of the format that declares no geometry is an empty mesh
     * (0 vertices), a 0-byte file is an error naming it.
     *
     * @param file a PLY file
     * @return the mesh (no triangles for a point cloud, nothing for a PLY of 0 vertices)
     * @throws IOException              naming the file and the line or byte where it is malformed, or the file
     *                                  when it is missing, a folder or empty (0 bytes)
     * @throws IllegalArgumentException when {@code file} is null
     */
    public static Mesh readPly(Path file) throws IOException {
        return PlyReader.read(Checks.requireNonNull(file, "file"));
    }

    /**
     * Reads a PLY file; see {@link #readPly(Path)}.
     *
     * @param file a PLY file
     * @return the mesh
     * @throws IOException              naming the file and the line or byte where it is malformed
     * @throws IllegalArgumentException when {@code file} is null
     */
    public static Mesh readPly(String file) throws IOException {
        return readPly(path(file, "file"));
    }

    /**
     * Writes a binary STL (80-byte header, little-endian), the 3D-printing format; atomic.
     *
     * @param mesh the mesh
     * @param file the file to write, in an existing folder
     * @return {@code file}
     * @throws IOException              naming the file when its folder does not exist or writing fails
     * @throws IllegalArgumentException when an argument is null
     */
    public static Path saveStl(Mesh mesh, Path file) throws IOException {
        return StlWriter.writeBinary(Checks.requireNonNull(mesh, "mesh"), Checks.requireNonNull(file, "file"));
    }

    /**
     * Writes a binary STL; see {@link #saveStl(Mesh, Path)}.
     *
     * @param mesh the mesh
     * @param file the file to write
     * @return the file written
     * @throws IOException              naming the file when its folder does not exist or writing fails
     * @throws IllegalArgumentException when an argument is null
     */
    public static Path saveStl(Mesh mesh, String file) throws IOException {
        return saveStl(mesh, path(file, "file"));
    }

    /**
     * Writes an ASCII STL; atomic.
     *
     * @param mesh the mesh
     * @param file the file to write, in an existing folder
     * @return {@code file}
     * @throws IOException              naming the file when its folder does not exist or writing fails
     * @throws IllegalArgumentException when an argument is null
     */
    public static Path saveStlAscii(Mesh mesh, Path file) throws IOException {
        return StlWriter.writeAscii(Checks.requireNonNull(mesh, "mesh"), Checks.requireNonNull(file, "file"));
    }

    /**
     * Writes an ASCII STL; see {@link #saveStlAscii(Mesh, Path)}.
     *
     * @param mesh the mesh
     * @param file the file to write
     * @return the file written
     * @throws IOException              naming the file when its folder does not exist or writing fails
     * @throws IllegalArgumentException when an argument is null
     */
    public static Path saveStlAscii(Mesh mesh, String file) throws IOException {
        return saveStlAscii(mesh, path(file, "file"));
    }

    /**
     * Reads an STL file (binary or ASCII); identical corners become one shared vertex. A {@code solid} without
     * facets (or a binary STL of 0 facets) is an empty mesh, a 0-byte file an error, as for {@link #readPly(Path)}.
     *
     * @param file an STL file
     * @return the mesh
     * @throws IOException              naming the file and where it is malformed
     * @throws IllegalArgumentException when {@code file} is null
     */
    public static Mesh readStl(Path file) throws IOException {
        return StlReader.read(Checks.requireNonNull(file, "file"));
    }

    /**
     * Reads an STL file; see {@link #readStl(Path)}.
     *
     * @param file an STL file
     * @return the mesh
     * @throws IOException              naming the file and where it is malformed
     * @throws IllegalArgumentException when {@code file} is null
     */
    public static Mesh readStl(String file) throws IOException {
        return readStl(path(file, "file"));
    }

    /**
     * Writes a Wavefront OBJ with vertex normals when the mesh has them; atomic.
     *
     * @param mesh the mesh
     * @param file the file to write, in an existing folder
     * @return {@code file}
     * @throws IOException              naming the file when its folder does not exist or writing fails
     * @throws IllegalArgumentException when an argument is null
     */
    public static Path saveObj(Mesh mesh, Path file) throws IOException {
        return ObjWriter.write(Checks.requireNonNull(mesh, "mesh"), Checks.requireNonNull(file, "file"));
    }

    /**
     * Writes a Wavefront OBJ; see {@link #saveObj(Mesh, Path)}.
     *
     * @param mesh the mesh
     * @param file the file to write
     * @return the file written
     * @throws IOException              naming the file when its folder does not exist or writing fails
     * @throws IllegalArgumentException when an argument is null
     */
    public static Path saveObj(Mesh mesh, String file) throws IOException {
        return saveObj(mesh, path(file, "file"));
    }

    /**
     * Reads a Wavefront OBJ (vertices, normals, faces; polygons are triangulated) as leniently as Open3D where
     * the meaning is plain: {@code \} line continuation, corners {@code 1//} and {@code 2/2/}, normals or texture
     * coordinates the file lacks (ignored). A file without vertices is an empty mesh, a 0-byte file an error, as
     * for {@link #readPly(Path)}.
     *
     * @param file an OBJ file
     * @return the mesh
     * @throws IOException              naming the file and the line where it is malformed
     * @throws IllegalArgumentException when {@code file} is null
     */
    public static Mesh readObj(Path file) throws IOException {
        return ObjReader.read(Checks.requireNonNull(file, "file"));
    }

    /**
     * Reads a Wavefront OBJ; see {@link #readObj(Path)}.
     *
     * @param file an OBJ file
     * @return the mesh
     * @throws IOException              naming the file and the line where it is malformed
     * @throws IllegalArgumentException when {@code file} is null
     */
    public static Mesh readObj(String file) throws IOException {
        return readObj(path(file, "file"));
    }

    /**
     * Writes a mesh as binary glTF 2.0 (GLB), which Blender, three.js, PowerPoint and the Windows 3D viewer open:
     * positions, per-vertex normals (computed from the triangles when the mesh has none), triangles, and vertex
     * colours when the mesh has them; atomic. glTF's unit is the metre: the positions are stored in the mesh's
     * unit and the file's node scales them to metres when the unit is a length ({@code nm}, {@code µm}, {@code mm},
     * {@code cm}, {@code m}, {@code in}), so a 128 µm specimen is 0.000128 m wide in Blender; a mesh in {@code px}
     * is not scaled (one voxel shows as one metre). The node also turns the mesh so that glTF's up is the top of
     * the slice image. {@code saveGlb(mesh, Path.of("specimen.glb"))}.
     *
     * @param mesh the mesh, at least one triangle, finite coordinates
     * @param file the file to write, in an existing folder
     * @return {@code file}
     * @throws IOException              naming the file when its folder does not exist or writing fails
     * @throws IllegalArgumentException when an argument is null, the mesh has no triangles or a coordinate that is
     *                                  not finite, or the file would exceed GLB's 4 GiB
     */
    public static Path saveGlb(Mesh mesh, Path file) throws IOException {
        return GlbWriter.write(MeshNormals.ensured(Checks.requireNonNull(mesh, "mesh")),
                Checks.requireNonNull(file, "file"));
    }

    /**
     * Writes a mesh as binary glTF (GLB); see {@link #saveGlb(Mesh, Path)}.
     *
     * @param mesh the mesh
     * @param file the file to write
     * @return the file written
     * @throws IOException              naming the file when its folder does not exist or writing fails
     * @throws IllegalArgumentException when an argument is null, or the mesh cannot be written as GLB
     */
    public static Path saveGlb(Mesh mesh, String file) throws IOException {
        return saveGlb(mesh, path(file, "file"));
    }

    // ---- pictures -------------------------------------------------------------------------------------------

    /**
     * Slice {@code z} as a picture, as the file shows it: grey values (8-bit as they are, others scaled from the
     * stack's range), a mask white on black, labels in distinct colors. A notebook shows the returned image
     * inline; {@code savePng(preview(stack, 40), "slice40.png")} keeps it.
     *
     * @param stack a volume, mask or labels, in memory or on disk
     * @param z     slice index, {@code 0..depth−1}
     * @return an image of width × height pixels
     * @throws IllegalArgumentException when {@code z} is not a slice or {@code stack} is null
     */
    public static BufferedImage preview(SliceSource stack, int z) {
        return SliceImage.of(Checks.requireNonNull(stack, "stack"), z);
    }

    /**
     * The middle slice as a picture; see {@link #preview(SliceSource, int)}.
     *
     * @param stack a volume, mask or labels
     * @return an image of width × height pixels
     * @throws IllegalArgumentException when {@code stack} is null
     */
    public static BufferedImage preview(SliceSource stack) {
        return SliceImage.of(Checks.requireNonNull(stack, "stack"), stack.depth() / 2);
    }

    /**
     * Slice {@code z} of a volume with the mask drawn over it: the mask tinted orange, its outline opaque.
     *
     * @param stack the volume
     * @param mask  a mask of the same size, for example {@code inRange(stack, 0, 100)}
     * @param z     slice index, {@code 0..depth−1}
     * @return an RGB image of width × height pixels
     * @throws IllegalArgumentException when {@code z} is not a slice, the sizes differ or an argument is null
     */
    public static BufferedImage preview(SliceSource stack, Mask mask, int z) {
        return SliceImage.overlay(Checks.requireNonNull(stack, "stack"), Checks.requireNonNull(mask, "mask"), z);
    }

    /**
     * Slice {@code z} with a chosen display range: {@code min} and below black, {@code max} and above white, to
     * bring out faint detail: {@code preview(stack, 40, new ValueRange(0, 1000))}.
     *
     * @param stack   a volume
     * @param z       slice index, {@code 0..depth−1}
     * @param display the values shown black and white, finite with {@code min < max}
     * @return a grey image of width × height pixels
     * @throws IllegalArgumentException when {@code z} is not a slice, the range is not usable or an argument is
     *                                  null
     */
    public static BufferedImage preview(SliceSource stack, int z, ValueRange display) {
        return SliceImage.of(Checks.requireNonNull(stack, "stack"), z, Checks.requireNonNull(display, "display"));
    }

    /**
     * A grid of 16 evenly spaced slices (or all, for fewer), each labelled with its index; a stack on disk reads
     * only those slices.
     *
     * @param stack a volume, mask or labels
     * @return an image at most 2048 pixels each way
     * @throws IllegalArgumentException when {@code stack} is null
     */
    public static BufferedImage montage(SliceSource stack) {
        return Montage.of(Checks.requireNonNull(stack, "stack"));
    }

    /**
     * A grid of up to {@code tiles} evenly spaced slices, each labelled with its index.
     *
     * @param stack a volume, mask or labels
     * @param tiles how many slices to show, 1 or more
     * @return an image at most 2048 pixels each way
     * @throws IllegalArgumentException when {@code tiles} is below 1 or {@code stack} is null
     */
    public static BufferedImage montage(SliceSource stack, int tiles) {
        return Montage.of(Checks.requireNonNull(stack, "stack"), tiles);
    }

    /**
     * 16 evenly spaced slices with the mask drawn over them in orange.
     *
     * @param stack the volume
     * @param mask  a mask of the same size
     * @return an RGB image at most 2048 pixels each way
     * @throws IllegalArgumentException when the sizes differ or an argument is null
     */
    public static BufferedImage montage(SliceSource stack, Mask mask) {
        return Montage.overlay(Checks.requireNonNull(stack, "stack"), Checks.requireNonNull(mask, "mask"));
    }

    // ---- projections, orthogonal views and charts -----------------------------------------------------------

    /**
     * A projection along an axis in grey: the maximum, minimum, mean or sum of the voxels on each line parallel to
     * {@code axis}, at the stack's physical aspect (slices 4 times as far apart as pixels make a side view 4
     * pixels tall per slice), with a scale bar in the grid's unit and axes naming the directions drawn:
     * {@code project(stack, Axis.Z, Projection.MAX)} is the maximum-intensity projection. Reads each slice once.
     *
     * @param stack a volume, mask (white where the line meets it) or labels (label colors; MAX or MIN only), in
     *              memory or on disk
     * @param axis  the axis collapsed: {@code Z} shows x right and y down, {@code Y} x right and z down,
     *              {@code X} z right and y down
     * @param mode  {@code MAX}, {@code MIN}, {@code MEAN} or {@code SUM}
     * @return an RGB image; 8-bit maxima, minima and means as they are, other values scaled from the projection's
     *         smallest (black) to largest (white)
     * @throws IllegalArgumentException when an argument is null, or labels are projected with MEAN or SUM
     */
    public static BufferedImage project(SliceSource stack, Axis axis, Projection mode) {
        return project(stack, axis, mode, Colormap.GRAY);
    }

    /**
     * A projection along an axis through a colormap, with a scale bar and axes; see
     * {@link #project(SliceSource, Axis, Projection)}: {@code project(stack, Axis.Y, Projection.MAX, Colormap.MAGMA)}.
     *
     * @param stack    a volume, mask or labels (labels keep their label colors whatever the colormap)
     * @param axis     the axis collapsed, {@code X}, {@code Y} or {@code Z}
     * @param mode     {@code MAX}, {@code MIN}, {@code MEAN} or {@code SUM}
     * @param colormap the colors from the smallest to the largest value, for example {@link Colormap#VIRIDIS}
     * @return an RGB image at the stack's physical aspect
     * @throws IllegalArgumentException when an argument is null, or labels are projected with MEAN or SUM
     */
    public static BufferedImage project(SliceSource stack, Axis axis, Projection mode, Colormap colormap) {
        return Projections.of(Checks.requireNonNull(stack, "stack"), Checks.requireNonNull(axis, "axis"),
                Checks.requireNonNull(mode, "mode"), Checks.requireNonNull(colormap, "colormap"));
    }

    /**
     * A projection as {@link #project(SliceSource, Axis, Projection, Colormap)} draws it but without the scale bar
     * and axes: only data, for figures that add their own.
     *
     * @param stack    a volume, mask or labels
     * @param axis     the axis collapsed, {@code X}, {@code Y} or {@code Z}
     * @param mode     {@code MAX}, {@code MIN}, {@code MEAN} or {@code SUM}
     * @param colormap the colors from the smallest to the largest value
     * @return an RGB image at the stack's physical aspect
     * @throws IllegalArgumentException when an argument is null, or labels are projected with MEAN or SUM
     */
    public static BufferedImage projectPlain(SliceSource stack, Axis axis, Projection mode, Colormap colormap) {
        return Projections.plain(Checks.requireNonNull(stack, "stack"), Checks.requireNonNull(axis, "axis"),
                Checks.requireNonNull(mode, "mode"), Checks.requireNonNull(colormap, "colormap"));
    }

    /**
     * Orthogonal views through the centre voxel {@code (width / 2, height / 2, depth / 2)}; see
     * {@link #orthoViews(SliceSource, int, int, int)}.
     *
     * @param stack a volume, mask or labels, in memory or on disk
     * @return an RGB image: XY top left, YZ to its right, XZ below
     * @throws IllegalArgumentException when {@code stack} is null
     */
    public static BufferedImage orthoViews(SliceSource stack) {
        Checks.requireNonNull(stack, "stack");
        return OrthoViews.of(stack, stack.width() / 2, stack.height() / 2, stack.depth() / 2);
    }

    /**
     * Orthogonal views through the centre voxel with a mask drawn over them (tinted orange, outline opaque):
     * {@code orthoViews(stack, inRange(stack, 0, 100))}.
     *
     * @param stack the volume
     * @param mask  a mask of the same size
     * @return an RGB image: XY top left, YZ to its right, XZ below
     * @throws IllegalArgumentException when the sizes differ or an argument is null
     */
    public static BufferedImage orthoViews(SliceSource stack, Mask mask) {
        Checks.requireNonNull(stack, "stack");
        return OrthoViews.of(stack, Checks.requireNonNull(mask, "mask"), stack.width() / 2, stack.height() / 2,
                stack.depth() / 2);
    }

    /**
     * Orthogonal views as Fiji shows them: the XY plane (slice {@code z}) top left, the YZ plane (column {@code x},
     * z to the right) to its right, the XZ plane (row {@code y}, z down) below it, each at the stack's physical
     * aspect and labelled with its index ({@code z = 64}), yellow crosshairs at the voxel, a scale bar in the XY
     * plane; a small stack's views are enlarged by a whole factor towards 512 pixels. The three planes are read in
     * one pass over the slices:
     * {@code orthoViews(stack, 128, 128, 64)}.
     *
     * @param stack a volume (grey), mask (white) or labels (label colors), in memory or on disk
     * @param x     column, {@code 0..width−1}
     * @param y     row, {@code 0..height−1}
     * @param z     slice, {@code 0..depth−1}
     * @return an RGB image at most 2048 pixels each way
     * @throws IllegalArgumentException naming the coordinate outside the stack, or when {@code stack} is null
     */
    public static BufferedImage orthoViews(SliceSource stack, int x, int y, int z) {
        return OrthoViews.of(Checks.requireNonNull(stack, "stack"), x, y, z);
    }

    /**
     * Orthogonal views through voxel {@code (x, y, z)} with a mask drawn over every plane; see
     * {@link #orthoViews(SliceSource, int, int, int)}.
     *
     * @param stack the volume
     * @param mask  a mask of the same size, for example {@code inRange(stack, 0, 100)}
     * @param x     column, {@code 0..width−1}
     * @param y     row, {@code 0..height−1}
     * @param z     slice, {@code 0..depth−1}
     * @return an RGB image at most 2048 pixels each way
     * @throws IllegalArgumentException naming the coordinate outside the stack, when the sizes differ or an
     *                                  argument is null
     */
    public static BufferedImage orthoViews(SliceSource stack, Mask mask, int x, int y, int z) {
        return OrthoViews.of(Checks.requireNonNull(stack, "stack"), Checks.requireNonNull(mask, "mask"), x, y, z);
    }

    /**
     * The histogram of a stack as a chart: one bar per bin (256 for 8-bit and float data, at most 256 bins of whole
     * values over the data range for 16-bit data, 2 for a mask), linear counts, titled with the stack's
     * description; show it with {@link #toImage(Chart)}, save it with {@link #saveSvg(Chart, Path)}, or call
     * {@code logarithmic()} on it to see rare values. Reads each slice once (float data: twice, range then counts).
     *
     * @param stack a volume or mask, in memory or on disk
     * @return a chart of {@value Chart#DEFAULT_WIDTH}×{@value Chart#DEFAULT_HEIGHT} pixels
     * @throws IllegalArgumentException when {@code stack} is null, holds labels, or holds infinite values or only
     *                                  NaN
     */
    public static Chart histogram(SliceSource stack) {
        return HistogramChart.of(Checks.requireNonNull(stack, "stack"));
    }

    /**
     * The histogram of a stack with a labelled vertical line at each threshold:
     * {@code histogram(stack, otsu(stack))}; see {@link #histogram(SliceSource)}.
     *
     * @param stack      a volume or mask, in memory or on disk
     * @param thresholds values to mark, finite; one outside the data range is drawn at the nearer edge
     * @return a chart of {@value Chart#DEFAULT_WIDTH}×{@value Chart#DEFAULT_HEIGHT} pixels
     * @throws IllegalArgumentException when an argument is null, a threshold is not finite, or the stack holds
     *                                  labels, infinite values or only NaN
     */
    public static Chart histogram(SliceSource stack, double... thresholds) {
        return HistogramChart.of(Checks.requireNonNull(stack, "stack"),
                Checks.requireNonNull(thresholds, "thresholds"));
    }

    /**
     * A chart as a picture, drawn by the same code that writes its SVG: {@code toImage(histogram(stack))}.
     *
     * @param chart the chart, for example from {@link #histogram(SliceSource)}
     * @return an RGB image of the chart's width × height pixels
     * @throws IllegalArgumentException when {@code chart} is null
     */
    public static BufferedImage toImage(Chart chart) {
        return Checks.requireNonNull(chart, "chart").toImage();
    }

    /**
     * Writes a chart as an SVG file (UTF-8, JFreeSVG); atomic.
     *
     * @param chart the chart
     * @param file  the file to write, in an existing folder
     * @return {@code file}
     * @throws IOException              naming the file when its folder does not exist or writing fails
     * @throws IllegalArgumentException when an argument is null
     */
    public static Path saveSvg(Chart chart, Path file) throws IOException {
        return SvgWriter.write(Checks.requireNonNull(chart, "chart"), Checks.requireNonNull(file, "file"));
    }

    /**
     * Writes a chart as an SVG file; see {@link #saveSvg(Chart, Path)}:
     * {@code saveSvg(histogram(stack, otsu(stack)), "histogram.svg")}.
     *
     * @param chart the chart
     * @param file  the file to write
     * @return the file written
     * @throws IOException              naming the file when its folder does not exist or writing fails
     * @throws IllegalArgumentException when an argument is null
     */
    public static Path saveSvg(Chart chart, String file) throws IOException {
        return saveSvg(chart, path(file, "file"));
    }

    /**
     * Writes an image as PNG; atomic.
     *
     * @param image the picture, for example from {@link #preview(SliceSource, int)}
     * @param file  the file to write, in an existing folder
     * @return {@code file}
     * @throws IOException              naming the file when its folder does not exist or writing fails
     * @throws IllegalArgumentException when an argument is null
     */
    public static Path savePng(BufferedImage image, Path file) throws IOException {
        return PngWriter.write(Checks.requireNonNull(image, "image"), Checks.requireNonNull(file, "file"));
    }

    /**
     * Writes an image as PNG; see {@link #savePng(BufferedImage, Path)}.
     *
     * @param image the picture
     * @param file  the file to write
     * @return the file written
     * @throws IOException              naming the file when its folder does not exist or writing fails
     * @throws IllegalArgumentException when an argument is null
     */
    public static Path savePng(BufferedImage image, String file) throws IOException {
        return savePng(image, path(file, "file"));
    }

    // ---- volume rendering -----------------------------------------------------------------------------------

    /**
     * A volume rendering from {@link View#DEFAULT}: composite, azimuth 30°, elevation 20°, 512×512, with the
     * automatic transfer function ({@link TransferFunction#automatic}: the bright structures, opaque above the Otsu
     * level). For a dark object on a bright background use {@link #volumeRender(SliceSource, View, TransferFunction)}
     * with a downward ramp, or an isosurface. Rays march in physical units, one trilinear sample per smallest voxel
     * spacing, on all cores; a stack on disk is read into memory once (checked against the free heap first).
     * Example: {@code savePng(volumeRender(stack), "volume.png")}.
     *
     * @param volume a volume (8-bit, 16-bit or float), a mask (as 0 and 1) or labels (their surfaces in label
     *               colors), at least 2 voxels along each axis; not null
     * @return an RGB picture of 512×512 pixels
     * @throws IllegalArgumentException when {@code volume} is null, too small, or holds a single value
     * @throws IllegalStateException    when a stack on disk does not fit in the heap
     */
    public static BufferedImage volumeRender(SliceSource volume) {
        return VolumeRender.of(Checks.requireNonNull(volume, "volume")).image(View.DEFAULT);
    }

    /**
     * A volume rendering as {@code view} asks: {@link RenderMode#MIP} (brightest sample, through the view's
     * colormap over the data range), {@link RenderMode#COMPOSITE} (alpha blending through the automatic transfer
     * function) or {@link RenderMode#ISOSURFACE} (the shaded surface where the values cross the view's level, the
     * Otsu level when NaN), orthographic or perspective, with a scale bar and axes when the view has them. Each
     * call reads the stack afresh; for many views of one stack, {@code VolumeRender.of(stack)} reads it once.
     * Example: {@code volumeRender(stack, View.at(0, 90).withMode(RenderMode.MIP))}.
     *
     * @param volume a volume, a mask or labels, at least 2 voxels along each axis; not null
     * @param view   the camera and picture; not null; its level, when set, lies within the data range
     * @return an RGB picture of the view's size
     * @throws IllegalArgumentException when an argument is null, the volume is too small, or the level lies
     *                                  outside the data range
     * @throws IllegalStateException    when a stack on disk does not fit in the heap
     */
    public static BufferedImage volumeRender(SliceSource volume, View view) {
        Checks.requireNonNull(view, "view");
        return VolumeRender.of(Checks.requireNonNull(volume, "volume")).image(view);
    }

    /**
     * A volume rendering with a chosen transfer function for composite views (other modes ignore it): for example
     * {@code TransferFunction.ramp(100.5, 0)} for the dark object of {@link #sampleStack()}.
     * Example: {@code volumeRender(stack, View.DEFAULT, TransferFunction.ramp(1000, 3000).withOpacity(0.1))}.
     *
     * @param volume   a volume, a mask or labels, at least 2 voxels along each axis; not null
     * @param view     the camera and picture; not null
     * @param transfer the colors and opacities of values; not null
     * @return an RGB picture of the view's size
     * @throws IllegalArgumentException when an argument is null or the volume is too small
     * @throws IllegalStateException    when a stack on disk does not fit in the heap
     */
    public static BufferedImage volumeRender(SliceSource volume, View view, TransferFunction transfer) {
        Checks.requireNonNull(view, "view");
        Checks.requireNonNull(transfer, "transfer");
        return VolumeRender.of(Checks.requireNonNull(volume, "volume")).image(view, transfer);
    }

    /**
     * A volume rendering turning once around the vertical axis of the picture, from {@link View#DEFAULT}: frame
     * {@code i} at azimuth {@code 30 + 360·i / frames}; the stack is read once for all frames.
     * {@code saveGif(turntable(stack, 36), "spin.gif", 12)}.
     *
     * @param volume a volume, a mask or labels, at least 2 voxels along each axis; not null
     * @param frames number of pictures, 1..3600
     * @return the pictures, first frame first
     * @throws IllegalArgumentException when {@code frames} is out of range, {@code volume} is null or too small
     * @throws IllegalStateException    when a stack on disk does not fit in the heap
     */
    public static List<BufferedImage> turntable(SliceSource volume, int frames) {
        return turntable(volume, frames, View.DEFAULT);
    }

    /**
     * A volume rendering turning once around the vertical axis of the picture, starting at the view's azimuth,
     * with its mode, elevation, size and everything else:
     * {@code turntable(stack, 36, View.DEFAULT.withMode(RenderMode.MIP).withSize(256, 256))}.
     *
     * @param volume a volume, a mask or labels, at least 2 voxels along each axis; not null
     * @param frames number of pictures, 1..3600
     * @param view   the first frame's camera and picture; not null
     * @return the pictures, first frame first
     * @throws IllegalArgumentException when {@code frames} is out of range, an argument is null or the volume is
     *                                  too small
     * @throws IllegalStateException    when a stack on disk does not fit in the heap
     */
    public static List<BufferedImage> turntable(SliceSource volume, int frames, View view) {
        Checks.requireNonNull(view, "view");
        VolumeRender renderer = VolumeRender.of(Checks.requireNonNull(volume, "volume"));
        return Turntable.frames(view, frames, renderer::image);
    }

    // ---- notebooks ------------------------------------------------------------------------------------------

    /**
     * Shows a value now, from anywhere in a cell, not only as its last expression. In IJava it becomes a display
     * output of the running cell: a volume, mask, labels, mesh or point cloud as a card (facts, a small picture and,
     * for a volume in memory, its histogram), a chart as SVG, an image as PNG, anything else as text. In plain
     * {@code java} or {@code jshell} the value's picture is written as {@code stack3d-show-N.png} in the working
     * folder (the first free N from 1, atomically) and its path printed to standard output; that line is the point
     * of this method, the only print in the library. A value without a picture (a report, a text) is printed as
     * text. {@code for (int t : new int[] {80, 100, 120}) show(inRange(stack, 0, t));}
     *
     * @param x the value to show: a volume, mask, labels, mesh, point cloud, chart, image or any object
     * @throws IOException              naming the file when the PNG cannot be written (outside a notebook)
     * @throws IllegalArgumentException when {@code x} is null
     */
    public static void show(Object x) throws IOException {
        String line = Display.show(Checks.requireNonNull(x, "x"));
        if (line != null) {
            System.out.println(line);
        }
    }

    // ---- interactive viewer ---------------------------------------------------------------------------------

    /**
     * An interactive 3D view of a mesh from {@link View#DEFAULT}: in IJava the cell shows a WebGL view (three.js,
     * bundled: no network needed) to rotate (drag), zoom (wheel), pan (right-drag or shift-drag), reset, relight
     * (light with the camera or fixed) and overlay the wireframe. Where scripts do not run (an untrusted notebook,
     * GitHub) the output shows the still picture of {@link #renderMesh(Mesh)} instead. Positions travel as 16-bit
     * numbers over the mesh's bounding box (at most 1/131070 of its size off) and triangles as compressed index
     * differences: a marching-cubes mesh needs about 4.5 bytes a triangle. {@code viewer(marchingCubes(mask))}.
     *
     * @param mesh the mesh, with at least one triangle
     * @return the viewer, shown by IJava; {@link #saveHtml(Viewer, Path)} writes it as a page
     * @throws IllegalArgumentException when {@code mesh} is null or has no triangles
     */
    public static Viewer viewer(Mesh mesh) {
        return Viewer.of(mesh, View.DEFAULT);
    }

    /**
     * An interactive 3D view of a mesh starting from a view: its azimuth, elevation, zoom, perspective, size (of
     * the canvas), background and wireframe; the still picture is {@link #renderMesh(Mesh, View)}.
     * {@code viewer(mesh, View.at(90, 0).withSize(800, 600).withWireframe(true))}.
     *
     * @param mesh the mesh, with at least one triangle
     * @param view the first camera and the canvas size
     * @return the viewer
     * @throws IllegalArgumentException when an argument is null or the mesh has no triangles
     */
    public static Viewer viewer(Mesh mesh, View view) {
        return Viewer.of(mesh, view);
    }

    /**
     * An interactive 3D view of points from {@link View#DEFAULT}, colored by their own colors or else along z
     * through the view's colormap; rotate, zoom, pan and reset as for a mesh. {@code viewer(shellPoints(mask))}.
     *
     * @param points the points, at least one
     * @return the viewer
     * @throws IllegalArgumentException when {@code points} is null or empty
     */
    public static Viewer viewer(PointCloud points) {
        return Viewer.of(points, View.DEFAULT);
    }

    /**
     * An interactive 3D view of points starting from a view; the still picture is
     * {@link #renderPoints(PointCloud, View)}. {@code viewer(points, View.DEFAULT.withColormap(Colormap.VIRIDIS))}.
     *
     * @param points the points, at least one
     * @param view   the first camera, the canvas size and the colormap
     * @return the viewer
     * @throws IllegalArgumentException when an argument is null or the cloud is empty
     */
    public static Viewer viewer(PointCloud points, View view) {
        return Viewer.of(points, view);
    }

    /**
     * An interactive ray-cast view of a volume, mask or labels (objects as 1, background as 0): its isosurface at
     * the Otsu level, which a slider moves, or at a button's press the maximum-intensity projection. The stack is
     * block-averaged to at most {@value io.github.stack3d.notebook.Viewer#VOLUME_SIDE} voxels a side (an integer
     * factor per axis) and quantised to 8 bits for the browser's 3D texture (WebGL2); the spacing is kept. A dark
     * object on a bright background shows as well as a bright one. The still is {@link #volumeRender} of the
     * same texture. {@code viewer(sampleStack())}.
     *
     * @param volume a volume, mask or labels, in memory or on disk (read once, slice by slice); not null
     * @return the viewer
     * @throws IllegalArgumentException when {@code volume} is null or holds no finite value
     * @throws IllegalStateException    when the texture does not fit in the heap
     */
    public static Viewer viewer(SliceSource volume) {
        return Viewer.of(volume, View.DEFAULT.withMode(RenderMode.ISOSURFACE), Viewer.VOLUME_SIDE);
    }

    /**
     * An interactive ray-cast view of a volume as a view asks: {@link RenderMode#MIP} through the view's colormap,
     * any other mode as the isosurface at the view's level (Otsu's when NaN); its angles, zoom, size and
     * background; always orthographic (the ray caster casts parallel rays).
     * {@code viewer(stack, View.at(0, 90).withLevel(100.5))}.
     *
     * @param volume a volume, mask or labels; not null
     * @param view   the first camera, mode, level and canvas size; not null; a level lies within the data range
     * @return the viewer
     * @throws IllegalArgumentException when an argument is null or the level lies outside the data range
     * @throws IllegalStateException    when the texture does not fit in the heap
     */
    public static Viewer viewer(SliceSource volume, View view) {
        return Viewer.of(volume, view, Viewer.VOLUME_SIDE);
    }

    /**
     * An interactive ray-cast view of a volume with a chosen texture size: at most {@code maxSide} voxels along
     * each axis (more detail, a larger page: 8 bits a voxel before compression).
     * {@code viewer(stack, View.DEFAULT.withMode(RenderMode.MIP), 256)}.
     *
     * @param volume  a volume, mask or labels; not null
     * @param view    the first camera, mode, level and canvas size; not null
     * @param maxSide the longest side of the texture in voxels, 2..512
     * @return the viewer
     * @throws IllegalArgumentException when an argument is null, {@code maxSide} is out of range or the level lies
     *                                  outside the data range
     * @throws IllegalStateException    when the texture does not fit in the heap
     */
    public static Viewer viewer(SliceSource volume, View view, int maxSide) {
        return Viewer.of(volume, view, maxSide);
    }

    /**
     * Writes a viewer as a standalone HTML page (three.js and the data inside; it opens offline in any browser
     * with WebGL2), replacing an existing file; a failure leaves no file.
     * {@code saveHtml(viewer(mesh), Path.of("mesh.html"))}.
     *
     * @param viewer the viewer
     * @param file   the HTML file; its folder must exist
     * @return {@code file}
     * @throws IllegalArgumentException when an argument is null
     * @throws IOException              naming the file when its folder is missing or not writable, or writing fails
     */
    public static Path saveHtml(Viewer viewer, Path file) throws IOException {
        return Checks.requireNonNull(viewer, "viewer").save(Checks.requireNonNull(file, "file"));
    }

    /**
     * Writes a viewer as a standalone HTML page, the file given as a string:
     * {@code saveHtml(viewer(sampleStack()), "volume.html")}.
     *
     * @param viewer the viewer
     * @param file   the HTML file's path; its folder must exist
     * @return the path written
     * @throws IllegalArgumentException when an argument is null
     * @throws IOException              naming the file when its folder is missing or not writable, or writing fails
     */
    public static Path saveHtml(Viewer viewer, String file) throws IOException {
        return Checks.requireNonNull(viewer, "viewer").save(path(file, "file"));
    }

    // ---- sample data ----------------------------------------------------------------------------------------

    /**
     * A synthetic specimen to try everything on, the same every time: a lumpy dark object with an inner cavity on
     * a brighter, noisy background, 128 slices of 256×256, 8-bit, spacing 0.5×0.5×1.0 µm (a 128 µm cube);
     * {@code inRange(sampleStack(), 0, 100)} selects exactly the object: 1,248,846 voxels around an enclosed
     * cavity of 16,171.
     *
     * @return the specimen, in memory
     */
    public static Volume sampleStack() {
        return SampleStacks.specimen();
    }

    /** A String parameter as a path; a null is an {@link IllegalArgumentException} naming the parameter. */
    private static Path path(String file, String name) {
        if (Checks.requireNonNull(file, name).isEmpty()) {
            throw new IllegalArgumentException(name + " is an empty string; expected a path");
        }
        try {
            return Path.of(file);
        } catch (java.nio.file.InvalidPathException e) {
            throw new IllegalArgumentException(name + " \"" + file + "\" is not a path here: " + e.getReason(), e);
        }
    }
}
