package io.github.stack3d.io.tiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Border;
import io.github.stack3d.Grid;
import io.github.stack3d.Mask;
import io.github.stack3d.Mesh;
import io.github.stack3d.Parallel;
import io.github.stack3d.SampleType;
import io.github.stack3d.Stack3D;
import io.github.stack3d.Volume;
import io.github.stack3d.extract.MarchingCubes;
import io.github.stack3d.io.mesh.PlyWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Slices read from disk into an array given back ({@code slice(z, reuse)}): the same voxels, no new array. */
class SliceReuseTest {

    @TempDir
    Path dir;

    @Test
    void aSliceOnDiskIsReadIntoTheArrayGivenBackWithTheVoxelsOfAFreshRead() throws IOException {
        for (SampleType type : new SampleType[] {SampleType.UINT8, SampleType.UINT16, SampleType.FLOAT32}) {
            Volume stored = blobs(type);
            Volume disk = Stack3D.openStack(folder(stored, type));
            Object reuse = disk.slice(0);
            for (int z = 1; z < disk.depth(); z++) {
                Object s = disk.slice(z, reuse);
                assertSame(reuse, s, type + ", slice " + z);
                int n = disk.sliceSize();
                assertArrayEquals(stored.floatSlice(z, new float[n]), type.toFloats(s, new float[n]),
                        type + ", slice " + z);
            }
            // an array of another size or type is not written into
            Object other = type.newSlice(7);
            assertNotSame(other, disk.slice(3, other), type.toString());
        }
    }

    @Test
    void aStackInMemoryGivesItsOwnSliceAndLeavesTheArrayAlone() {
        Volume stored = blobs(SampleType.UINT8);
        byte[] reuse = new byte[stored.sliceSize()];
        assertSame(stored.slice(4), stored.slice(4, reuse));
        assertArrayEquals(new byte[stored.sliceSize()], reuse);
    }

    /**
     * Marching cubes over slices streamed from disk (read into the window's given-back arrays), above and below the
     * level, writes the PLY that the loaded stack gives, for 8-bit, 16-bit and float files.
     */
    @Test
    void meshesStreamedFromDiskAreTheLoadedStacksMeshes() throws IOException {
        for (SampleType type : new SampleType[] {SampleType.UINT8, SampleType.UINT16, SampleType.FLOAT32}) {
            Path folder = folder(blobs(type), type);
            Volume disk = Stack3D.openStack(folder);
            Volume loaded = Stack3D.loadStack(folder);
            double level = type == SampleType.FLOAT32 ? 0.5 : type.max() / 2 + 0.5;
            for (boolean below : new boolean[] {false, true}) {
                Mesh streamed = below ? MarchingCubes.extractBelow(disk, level, Border.CLOSED)
                        : MarchingCubes.extract(disk, level, Border.CLOSED);
                Mesh inMemory = below ? MarchingCubes.extractBelow(loaded, level, Border.CLOSED)
                        : MarchingCubes.extract(loaded, level, Border.CLOSED);
                assertArrayEquals(ply(inMemory, "a.ply"), ply(streamed, "b.ply"), type + (below ? ", below" : ""));
            }
        }
    }

    /**
     * A threshold of slices streamed from disk (each read into a slice read before, from several threads at once)
     * has the loaded stack's voxels, slice after slice and again, and the seed's shell points of both are the same.
     */
    @Test
    void masksStreamedFromDiskAreTheLoadedStacksMasks() throws IOException {
        for (SampleType type : new SampleType[] {SampleType.UINT8, SampleType.UINT16, SampleType.FLOAT32}) {
            Path folder = folder(blobs(type), type);
            double lo = type == SampleType.FLOAT32 ? 0.4 : type.max() * 0.4;
            double hi = type == SampleType.FLOAT32 ? 0.9 : type.max() * 0.9;
            Mask streamed = Stack3D.inRange(Stack3D.openStack(folder), lo, hi);
            Mask loaded = Stack3D.inRange(Stack3D.loadStack(folder), lo, hi);
            long[][] parallel = new long[streamed.depth()][];
            Parallel.forEach(streamed.depth(), z -> parallel[z] = streamed.bits(z));
            for (int z = 0; z < streamed.depth(); z++) {
                assertArrayEquals(loaded.bits(z), parallel[z], type + ", slice " + z + " (parallel)");
                assertArrayEquals(loaded.bits(z), streamed.bits(z), type + ", slice " + z);
            }
            float[] points = Stack3D.shellPoints(loaded).xyz();
            assertTrue(points.length > 0, type.toString());
            assertArrayEquals(points, Stack3D.shellPoints(streamed).xyz(), type.toString());
        }
    }

    private byte[] ply(Mesh mesh, String name) throws IOException {
        return Files.readAllBytes(PlyWriter.writeBinary(mesh, dir.resolve(name)));
    }

    private Path folder(Volume v, SampleType type) throws IOException {
        Path folder = dir.resolve(type.name());
        Stack3D.writeStack(v, folder);
        return folder;
    }

    /** Random balls on noise, 23×19×12 voxels of {@code type} (float: values in 0..1). */
    private static Volume blobs(SampleType type) {
        SplittableRandom random = new SplittableRandom(11);
        int w = 23;
        int h = 19;
        int d = 12;
        Object[] slices = new Object[d];
        for (int z = 0; z < d; z++) {
            Object s = type.newSlice(w * h);
            for (int i = 0; i < w * h; i++) {
                double x = i % w - 11.3;
                double y = i / w - 9.1;
                double zz = z - 5.7;
                double v = Math.min(1, Math.max(0, 1.4 - Math.sqrt(x * x + y * y + zz * zz) / 6
                        + 0.3 * random.nextDouble()));
                switch (type) {
                    case UINT8 -> ((byte[]) s)[i] = (byte) Math.round(v * 255);
                    case UINT16 -> ((short[]) s)[i] = (short) Math.round(v * 65535);
                    default -> ((float[]) s)[i] = (float) v;
                }
            }
            slices[z] = s;
        }
        return Volume.of(type, w, h, slices, Grid.PIXELS);
    }
}
