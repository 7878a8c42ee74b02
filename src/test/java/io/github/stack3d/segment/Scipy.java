package io.github.stack3d.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.stack3d.Bits;
import io.github.stack3d.Grid;
import io.github.stack3d.Mask;
import io.github.stack3d.Python;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Test helper for cross-checks with scipy.ndimage: masks go to Python as raw {@code uint8} files (0/1, index
 * {@code (z·h + y)·w + x}) that {@link #PRELUDE} reads as {@code m}, results come back as raw files.
 */
final class Scipy {

    /**
     * Defines {@code ball(r)}, the ball structuring element of {@link Ball} with the same arithmetic, for the
     * spacing {@code sampling} (z, y, x).
     */
    static final String BALL = """
            def ball(r):
                sz, sy, sx = sampling
                rz, ry, rx = int(np.floor(r / sz)), int(np.floor(r / sy)), int(np.floor(r / sx))
                dz, dy, dx = np.mgrid[-rz:rz + 1, -ry:ry + 1, -rx:rx + 1]
                x, y, z = dx * sx, dy * sy, dz * sz
                return x * x + y * y + z * z <= r * r
            """;

    /**
     * Reads {@code sys.argv[1..4]} (raw file, depth, height, width) into the boolean array {@code m} and the
     * spacing {@code sys.argv[5..7]} (z, y, x) into {@code sampling}; defines {@link #BALL}.
     */
    static final String PRELUDE = """
            import sys, numpy as np, scipy.ndimage as ndi
            d, h, w = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
            m = np.fromfile(sys.argv[1], np.uint8).reshape(d, h, w).astype(bool)
            sampling = (float(sys.argv[5]), float(sys.argv[6]), float(sys.argv[7]))
            """ + BALL;

    private Scipy() {
    }

    /** Runs {@code PRELUDE + script} on {@code mask}; fails with Python's output unless it exits with 0. */
    static String run(Mask mask, String script, Path dir, String... more) throws IOException {
        Python.requireModules("numpy", "scipy.ndimage");
        Path raw = dir.resolve("mask.raw");
        byte[] b = new byte[(int) mask.voxelCount()];
        for (int z = 0; z < mask.depth(); z++) {
            long[] bits = mask.bits(z);
            for (int i = 0; i < mask.sliceSize(); i++) {
                b[z * mask.sliceSize() + i] = (byte) (Bits.get(bits, i) ? 1 : 0);
            }
        }
        Files.write(raw, b);
        Grid g = mask.grid();
        List<String> args = new ArrayList<>(List.of("-c", PRELUDE + script, raw.toString(),
                String.valueOf(mask.depth()), String.valueOf(mask.height()), String.valueOf(mask.width()),
                String.valueOf(g.sz()), String.valueOf(g.sy()), String.valueOf(g.sx())));
        args.addAll(List.of(more));
        Python.Result r = Python.run(args, dir);
        assertEquals(0, r.exitCode(), r.output());
        return r.output();
    }

    /** A raw {@code uint8} file of 0/1 as a mask of the given size and grid. */
    static Mask readMask(Path file, int w, int h, int d, Grid grid) throws IOException {
        byte[] b = Files.readAllBytes(file);
        assertEquals((long) w * h * d, b.length, file + " size");
        long[][] bits = new long[d][(w * h + 63) / 64];
        for (int z = 0; z < d; z++) {
            for (int i = 0; i < w * h; i++) {
                if (b[z * w * h + i] != 0) {
                    Bits.set(bits[z], i);
                }
            }
        }
        return Mask.of(w, h, bits, grid);
    }

    /** A raw little-endian {@code float64} file. */
    static double[] readDoubles(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        double[] v = new double[b.capacity() / 8];
        for (int i = 0; i < v.length; i++) {
            v[i] = b.getDouble();
        }
        return v;
    }

    /**
     * Random blobs: the voxels within a random radius of one of {@code blobs} random centres, a mask with
     * concave and convex parts, touching the border.
     */
    static Mask blobs(Random rnd, int w, int h, int d, int blobs, Grid grid) {
        double[][] c = new double[blobs][4];
        for (double[] b : c) {
            b[0] = rnd.nextDouble() * w;
            b[1] = rnd.nextDouble() * h;
            b[2] = rnd.nextDouble() * d;
            b[3] = 1 + rnd.nextDouble() * Math.min(w, Math.min(h, d)) / 4.0;
        }
        long[][] bits = new long[d][(w * h + 63) / 64];
        for (int z = 0; z < d; z++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    for (double[] b : c) {
                        double dx = x - b[0];
                        double dy = y - b[1];
                        double dz = z - b[2];
                        if (dx * dx + dy * dy + dz * dz <= b[3] * b[3]) {
                            Bits.set(bits[z], y * w + x);
                            break;
                        }
                    }
                }
            }
        }
        return Mask.of(w, h, bits, grid);
    }

    /** Uniform random voxels, each foreground with probability {@code p}. */
    static Mask random(Random rnd, int w, int h, int d, double p, Grid grid) {
        long[][] bits = new long[d][(w * h + 63) / 64];
        for (int z = 0; z < d; z++) {
            for (int i = 0; i < w * h; i++) {
                if (rnd.nextDouble() < p) {
                    Bits.set(bits[z], i);
                }
            }
        }
        return Mask.of(w, h, bits, grid);
    }

    /** The first voxel where two masks of the same size differ, as text; null when they are equal. */
    static String firstDifference(Mask expected, Mask actual) {
        for (int z = 0; z < expected.depth(); z++) {
            long[] e = expected.bits(z);
            long[] a = actual.bits(z);
            for (int i = 0; i < expected.sliceSize(); i++) {
                if (Bits.get(e, i) != Bits.get(a, i)) {
                    return "voxel (" + i % expected.width() + ", " + i / expected.width() + ", " + z + "): expected "
                            + Bits.get(e, i) + ", got " + Bits.get(a, i) + " (" + expected.count() + " vs "
                            + actual.count() + " voxels)";
                }
            }
        }
        return null;
    }
}
