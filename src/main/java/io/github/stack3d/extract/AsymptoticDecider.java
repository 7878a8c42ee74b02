package io.github.stack3d.extract;

/**
 * Decides the ambiguous faces of a cube (two inside corners on one diagonal, two outside on the other) by the
 * asymptotic decider (Nielson &amp; Hamann 1991): the inside corners are joined through the face when the
 * bilinear interpolant's saddle value is {@code >= level}, that is when the product of the inside pair's
 * offsets from the level is at least the product of the outside pair's. A face is shared with the neighbouring
 * cube, which computes the same answer from the same four values, so the surface has no holes.
 */
final class AsymptoticDecider {

    private static final int[][] FACES = new int[6][];

    static {
        for (int f = 0; f < 6; f++) {
            FACES[f] = MarchingCubesTable.faceCorners(f);
        }
    }

    private AsymptoticDecider() {
    }

    /**
     * The faces among {@code ambiguous} whose inside corners join, as a bit set over faces, for the cube with
     * corner values {@code corners} (corner numbering of {@link MarchingCubesTable}) and inside corners
     * {@code cubeCase}.
     */
    static int joinedFaces(float[] corners, double level, int cubeCase, int ambiguous) {
        int joined = 0;
        for (int f = 0; f < 6; f++) {
            if ((ambiguous >> f & 1) == 0) {
                continue;
            }
            int[] c = FACES[f];
            double p0 = corners[c[0]] - level;
            double p1 = corners[c[1]] - level;
            double p2 = corners[c[2]] - level;
            double p3 = corners[c[3]] - level;
            boolean firstInside = (cubeCase >> c[0] & 1) != 0;
            double insidePair = firstInside ? p0 * p2 : p1 * p3;
            double outsidePair = firstInside ? p1 * p3 : p0 * p2;
            if (insidePair >= outsidePair) {
                joined |= 1 << f;
            }
        }
        return joined;
    }
}
