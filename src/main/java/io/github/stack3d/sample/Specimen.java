package io.github.stack3d.sample;

/**
 * The model behind {@link SampleStacks#specimen()}, in micrometres: voxel (x, y, z) sits at (x·sx, y·sy, z·sz)
 * with the specimen's spacing (0.5, 0.5, 1.0 µm), so the 256×256×128 voxels span a 128 µm cube.
 *
 * <p>Body: an ellipsoid (radii 42, 35, 44 µm, turned 25° about z) whose radius along each direction n is
 * multiplied by {@code 1 + Σ height·smoothstep((n·lobe − c) / (1 − c))}: four bulges and one dent. The radius
 * stays smooth and positive, so the body is star-shaped about its centre and in one piece. Cavity: an ellipsoid
 * (radii 12, 9, 9 µm) off the centre, well inside the body wall. A voxel is in the object when it is inside the
 * body and outside the cavity.
 *
 * <p>Grey values: a textured dark body (about 60, value noise of 7 and 3 µm) and a brighter background (about
 * 188, blotches of 20 µm, a gentle illumination slope), blended across a 1 µm edge (distances measured along the
 * ray from the body's or the cavity's centre), plus per-voxel noise. Then every object voxel is clamped to ≤ 100
 * and every other voxel to ≥ 101, so that a threshold at 100 gives exactly the geometric object. Per-voxel noise
 * is the sum of four 16-bit parts of a hash of the voxel index minus their mean: nearly Gaussian, within ±2,
 * σ ≈ 0.58. Everything is a pure function of (x, y, z) ({@link StrictMath} where a sine is needed), so the
 * voxels are the same whatever the thread count, machine or Java version.
 */
final class Specimen {

    static final int WIDTH = 256;
    static final int HEIGHT = 256;
    static final int DEPTH = 128;
    private static final double SX = SampleStacks.SPECIMEN_SPACING.sx();
    private static final double SY = SampleStacks.SPECIMEN_SPACING.sy();
    private static final double SZ = SampleStacks.SPECIMEN_SPACING.sz();

    private static final double CX = 64;
    private static final double CY = 63;
    private static final double CZ = 64;
    private static final double A = 42;
    private static final double B = 35;
    private static final double C = 44;
    private static final double COS = StrictMath.cos(StrictMath.toRadians(25));
    private static final double SIN = StrictMath.sin(StrictMath.toRadians(25));

    /** Lobes: direction (normalised below), height (negative: a dent), c = cosine of the lobe's angular radius. */
    private static final double[][] LOBES = {
        {1.0, 0.3, 0.2, 0.24, 0.70},
        {-0.6, 0.7, -0.3, 0.22, 0.75},
        {0.1, -0.5, 0.85, 0.20, 0.72},
        {-0.5, -0.8, 0.1, 0.18, 0.80},
        {0.2, 0.4, -0.9, -0.12, 0.70},
    };
    private static final double[][] UNIT_LOBES = normalised();

    /**
     * A bound on the radius factor over all directions: its largest value on a grid of directions 0.01 rad apart,
     * plus 0.05. The factor changes by at most Σ |height| · 1.5 / (1 − c) ≈ 5.6 per radian (1.5: the smoothstep's
     * steepest slope), and every direction is within 0.0071 rad of a grid direction: at most 0.04 more.
     */
    private static final double MAX_FACTOR = largestFactor() + 0.05;

    private static final double KX = 9;
    private static final double KY = -6;
    private static final double KZ = 6;
    private static final double KA = 12;
    private static final double KB = 9;
    private static final double KC = 9;

    /** Half width of the blurred edge, µm. */
    private static final double EDGE = 1.0;

    /**
     * Beyond this normalised radius a voxel is at least {@link #EDGE} outside the body: its distance is at least
     * {@code min(A, B, C) · (q − MAX_FACTOR)}.
     */
    private static final double FAR = MAX_FACTOR + EDGE / Math.min(A, Math.min(B, C));

    private static final long SEED = 0x5EC1_3E4DL;

    private Specimen() {
    }

    private static double[][] normalised() {
        double[][] unit = new double[LOBES.length][];
        for (int i = 0; i < LOBES.length; i++) {
            double[] l = LOBES[i];
            double n = Math.sqrt(l[0] * l[0] + l[1] * l[1] + l[2] * l[2]);
            unit[i] = new double[] {l[0] / n, l[1] / n, l[2] / n, l[3], l[4], 1 / (1 - l[4])};
        }
        return unit;
    }

    private static double largestFactor() {
        double max = 0;
        int steps = (int) Math.ceil(Math.PI / 0.01);
        for (int i = 0; i <= steps; i++) {
            double polar = Math.PI * i / steps;
            int around = Math.max(1, (int) Math.ceil(2 * Math.PI * Math.sin(polar) / 0.01));
            for (int j = 0; j < around; j++) {
                double azimuth = 2 * Math.PI * j / around;
                max = Math.max(max, factor(Math.sin(polar) * Math.cos(azimuth), Math.sin(polar) * Math.sin(azimuth),
                        Math.cos(polar)));
            }
        }
        return max;
    }

    /** Slice {@code z} of the specimen, 8-bit, row-major. */
    static byte[] slice(int z) {
        double[] coarse = ValueNoise.slice(WIDTH, HEIGHT, z, SX, SY, SZ, 7, SEED + 1);
        double[] fine = ValueNoise.slice(WIDTH, HEIGHT, z, SX, SY, SZ, 3, SEED + 2);
        double[] blotches = ValueNoise.slice(WIDTH, HEIGHT, z, SX, SY, SZ, 20, SEED + 3);
        byte[] out = new byte[WIDTH * HEIGHT];
        double dz = z * SZ - CZ;
        double w = dz / C;
        for (int y = 0; y < HEIGHT; y++) {
            double dy = y * SY - CY;
            for (int x = 0, i = y * WIDTH; x < WIDTH; x++, i++) {
                double dx = x * SX - CX;
                double u = (COS * dx + SIN * dy) / A;
                double v = (-SIN * dx + COS * dy) / B;
                double q = Math.sqrt(u * u + v * v + w * w);
                double background = 188 + 12 * blotches[i] + 8 * (x - WIDTH / 2.0) / WIDTH;
                double noise = noise(x, y, z);
                if (q >= FAR) {
                    out[i] = grey(background + 11 * noise, false);
                    continue;
                }
                double body = bodyDistance(dx, dy, dz, u, v, w, q);
                double cavity = cavityDistance(dx - KX, dy - KY, dz - KZ);
                double t = smooth(-body / EDGE) * smooth(cavity / EDGE);
                double object = 60 + 14 * coarse[i] + 5 * fine[i];
                double value = background + (object - background) * t + (11 - 3 * t) * noise;
                out[i] = grey(value, body < 0 && cavity > 0);
            }
        }
        return out;
    }

    /** {@code value} rounded, clamped to 0..100 for object voxels and to 101..255 for the others. */
    private static byte grey(double value, boolean object) {
        double v = object ? Math.max(0, Math.min(100, value)) : Math.max(101, Math.min(255, value));
        return (byte) (int) (v + 0.5);
    }

    /**
     * Distance (µm) from the body surface along the ray from the centre, negative inside; (u, v, w) is the offset
     * in ellipsoid units and q its length.
     */
    private static double bodyDistance(double dx, double dy, double dz, double u, double v, double w, double q) {
        if (q == 0) {
            return -Math.min(A, Math.min(B, C));
        }
        double inverse = 1 / q;
        return Math.sqrt(dx * dx + dy * dy + dz * dz) * (1 - factor(u * inverse, v * inverse, w * inverse) * inverse);
    }

    /** The body's radius factor along the unit direction (nu, nv, nw) in ellipsoid units. */
    private static double factor(double nu, double nv, double nw) {
        double f = 1;
        for (double[] l : UNIT_LOBES) {
            double s = (nu * l[0] + nv * l[1] + nw * l[2] - l[4]) * l[5];
            if (s > 0) {
                f += l[3] * smoothstep(Math.min(1, s));
            }
        }
        return f;
    }

    /** Distance (µm) from the cavity surface along the ray from its centre; negative inside the cavity. */
    private static double cavityDistance(double dx, double dy, double dz) {
        double u = dx / KA;
        double v = dy / KB;
        double w = dz / KC;
        double q = Math.sqrt(u * u + v * v + w * w);
        return q == 0 ? -Math.min(KA, Math.min(KB, KC)) : Math.sqrt(dx * dx + dy * dy + dz * dz) * (1 - 1 / q);
    }

    /** 0 for t ≤ −1, 1 for t ≥ 1, smooth between. */
    private static double smooth(double t) {
        return t <= -1 ? 0 : t >= 1 ? 1 : smoothstep((t + 1) / 2);
    }

    private static double smoothstep(double t) {
        return t * t * (3 - 2 * t);
    }

    /** Nearly Gaussian noise in (−2, 2) for voxel (x, y, z). */
    private static double noise(int x, int y, int z) {
        long h = ValueNoise.hash(SEED + ((long) z * HEIGHT + y) * WIDTH + x);
        long sum = (h & 0xFFFF) + (h >>> 16 & 0xFFFF) + (h >>> 32 & 0xFFFF) + (h >>> 48);
        return sum / 65535.0 - 2;
    }
}
