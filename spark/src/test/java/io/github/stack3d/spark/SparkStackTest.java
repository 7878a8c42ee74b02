package io.github.stack3d.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.stack3d.Grid;
import io.github.stack3d.Stack3D;
import io.github.stack3d.Volume;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stack described by strings: a task opens only its slices' files, and reads the slices the core reads. */
class SparkStackTest {

    @Test
    void aTaskReadsOnlyItsSlicesWhateverTheLayout(@TempDir Path dir) throws Exception {
        Volume v = SparkMeshesTest.blobs(37, 12, 10, 9);
        Stack3D.writeStack(v, dir.resolve("slices"));
        Path tif = Stack3D.writeTiff(v, dir.resolve("stack.tif"));
        for (String location : new String[] {dir.resolve("slices").toString(), tif.toString()}) {
            SparkStack stack = roundTrip(SparkStack.open(location));
            assertEquals(v.grid(), stack.grid(), location);
            Volume slab = stack.slices(3, 5);
            assertEquals(9, slab.depth());
            for (int z = 3; z <= 5; z++) {
                assertArrayEquals(v.bytes(z), slab.bytes(z), location + " slice " + z);
                assertArrayEquals(v.bytes(z), stack.range(3, 5).bytes(z - 3), location + " slice " + z);
            }
            assertThrows(IllegalStateException.class, () -> slab.slice(2));
            assertThrows(IllegalStateException.class, () -> slab.slice(6));
        }
        SparkStack folder = SparkStack.open(dir.resolve("slices").toString());
        assertEquals(3, folder.slices(3, 5).files().size(), "the files of slices 3..5 only");
        Grid g = Grid.of(2, 2, 5, "nm");
        assertEquals(g, folder.withGrid(g).grid());
    }

    @Test
    void aMixOfMultipageFilesIsRefused(@TempDir Path dir) throws IOException {
        Volume v = SparkMeshesTest.blobs(41, 8, 8, 4);
        Path stacks = Files.createDirectory(dir.resolve("stacks"));
        Stack3D.writeTiff(v, stacks.resolve("a.tif"));
        Stack3D.writeTiff(v, stacks.resolve("b.tif"));
        assertThrows(IOException.class, () -> SparkStack.open(stacks.toString()));
    }

    private static SparkStack roundTrip(SparkStack s) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(s);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (SparkStack) in.readObject();
        }
    }
}
