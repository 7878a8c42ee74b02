package io.github.stack3d.sample;

import io.github.stack3d.Memory;
import io.github.stack3d.Spacing;
import io.github.stack3d.Volume;
import java.util.stream.IntStream;

/**
 * Synthetic stacks, generated in memory, identical on every run and machine.
 *
 * <pre>{@code
 * Volume stack = SampleStacks.specimen();   // Volume[256×256×128, 8-bit, 0.5×0.5×1.0 µm]
 * Mask object = inRange(stack, 0, 100);     // exactly the specimen's body, cavity excluded
 * }</pre>
 */
public final class SampleStacks {

    /**
     * The specimen's voxel size: a typical confocal stack, slices twice as far apart as pixels. The 256×256×128
     * voxels are then a 128 µm cube and the body is round in micrometres, so a step that ignores the spacing
     * shows a squashed object.
     */
    public static final Spacing SPECIMEN_SPACING = new Spacing(0.5, 0.5, 1.0, "µm");

    private SampleStacks() {
    }

    /**
     * The demo specimen: a lumpy dark body (values mostly 30..90, never above 100) with an enclosed cavity at
     * background brightness, on a brighter noisy background (mostly 150..230, never 100 or below), touching no
     * border; 256×256 slices, 128 slices, 8-bit, spacing {@link #SPECIMEN_SPACING}. {@code inRange(stack, 0, 100)}
     * selects exactly the body: one 6-connected object with one inner cavity. The noise is a hash of (x, y, z),
     * so every call, thread count and machine gives the same voxels.
     *
     * @return a new volume (about 8 MB)
     */
    public static Volume specimen() {
        Memory.require((long) Specimen.WIDTH * Specimen.HEIGHT * Specimen.DEPTH, "the sample specimen");
        byte[][] slices = IntStream.range(0, Specimen.DEPTH).parallel().mapToObj(Specimen::slice)
                .toArray(byte[][]::new);
        return Volume.ofBytes(Specimen.WIDTH, Specimen.HEIGHT, slices, SPECIMEN_SPACING);
    }
}
