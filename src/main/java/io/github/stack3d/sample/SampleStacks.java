package io.github.stack3d.sample;

import io.github.stack3d.Checks;
import io.github.stack3d.Memory;
import io.github.stack3d.Grid;
import io.github.stack3d.Volume;
import java.util.stream.IntStream;

/**
 * Synthetic stacks, generated in memory, identical on every run and machine.
 *
 * <pre>{@code
 * Volume stack = SampleStacks.specimen();   // Volume[256×256×128, 8-bit, 0.5×0.5×1.0 µm]
 * Mask object = inRange(stack, 0, 100);     // exactly the specimen's body, cavity excluded
 * Volume ball = SampleStacks.sphere(64, 20); // float; the surface at level 0 is a sphere of radius 20
 * }</pre>
 */
public final class SampleStacks {

    /**
     * The specimen's voxel size: a typical confocal stack, slices twice as far apart as pixels. The 256×256×128
     * voxels are then a 128 µm cube and the body is round in micrometres, so a step that ignores the spacing
     * shows a squashed object.
     */
    public static final Grid SPECIMEN_SPACING = Grid.of(0.5, 0.5, 1.0, "µm");

    private SampleStacks() {
    }

    /**
     * The demo specimen: a lumpy dark body (values mostly 30..90, never above 100) with an enclosed cavity at
     * background brightness, on a brighter noisy background (mostly 150..230, never 100 or below), touching no
     * border; 256×256 slices, 128 slices, 8-bit, spacing {@link #SPECIMEN_SPACING}. {@code inRange(stack, 0, 100)}
     * selects exactly the body: one 6-connected object of 1,248,846 voxels (312,211.5 µm³) within x 34..221,
     * y 41..206, z 22..114, enclosing a cavity of 16,171 voxels. The noise is a hash of (x, y, z), so every call,
     * thread count and machine gives the same voxels.
     *
     * @return a new volume (about 8 MB)
     */
    public static Volume specimen() {
        Memory.require((long) Specimen.WIDTH * Specimen.HEIGHT * Specimen.DEPTH, "the sample specimen");
        byte[][] slices = IntStream.range(0, Specimen.DEPTH).parallel().mapToObj(Specimen::slice)
                .toArray(byte[][]::new);
        return Volume.ofBytes(Specimen.WIDTH, Specimen.HEIGHT, slices, SPECIMEN_SPACING);
    }

    /**
     * A sphere as a float volume of {@code size³} voxels: voxel value = {@code radius} − its distance from the
     * centre ({@code (size − 1) / 2} on each axis), so positive inside, 0 on the sphere, negative outside. The
     * isosurface at level 0 is the sphere itself, for tests with a known area (4πr²) and volume (4/3·πr³).
     * Grid {@link Grid#PIXELS}.
     *
     * @param size   voxels along each axis, 1 or more
     * @param radius radius in voxels, finite and &gt; 0
     */
    public static Volume sphere(int size, double radius) {
        return ellipsoid(size, size, size, radius, radius, radius);
    }

    /**
     * An axis-aligned ellipsoid as a float volume: voxel value = the distance from the voxel to the surface along
     * the ray from the centre ({@code ((width − 1) / 2, (height − 1) / 2, (depth − 1) / 2)}), positive inside,
     * 0 on the surface, negative outside. The field is linear along every ray, so the isosurface at level 0 is the
     * ellipsoid with radii {@code rx, ry, rz} (in voxels); for equal radii the value is exactly radius − distance.
     * Grid {@link Grid#PIXELS}.
     *
     * @throws IllegalArgumentException when a size is below 1 or a radius is not finite and positive
     */
    public static Volume ellipsoid(int width, int height, int depth, double rx, double ry, double rz) {
        Checks.requirePositive(width, "width");
        Checks.requirePositive(height, "height");
        Checks.requirePositive(depth, "depth");
        Checks.requireFinitePositive(rx, "radius x");
        Checks.requireFinitePositive(ry, "radius y");
        Checks.requireFinitePositive(rz, "radius z");
        Memory.require(4L * width * height * depth, "a " + width + "×" + height + "×" + depth + " float volume");
        double cx = (width - 1) / 2.0;
        double cy = (height - 1) / 2.0;
        double cz = (depth - 1) / 2.0;
        double centre = Math.min(rx, Math.min(ry, rz));
        boolean sphere = rx == ry && ry == rz;
        float[][] slices = IntStream.range(0, depth).parallel().mapToObj(z -> {
            float[] s = new float[width * height];
            double dz = z - cz;
            for (int y = 0, i = 0; y < height; y++) {
                double dy = y - cy;
                for (int x = 0; x < width; x++, i++) {
                    double dx = x - cx;
                    double d = Math.sqrt(dx * dx + dy * dy + dz * dz);
                    if (sphere) {
                        s[i] = (float) (rx - d);
                    } else {
                        double q = Math.sqrt(dx * dx / (rx * rx) + dy * dy / (ry * ry) + dz * dz / (rz * rz));
                        s[i] = (float) (q == 0 ? centre : d / q - d);
                    }
                }
            }
            return s;
        }).toArray(float[][]::new);
        return Volume.ofFloats(width, height, slices, Grid.PIXELS);
    }
}
