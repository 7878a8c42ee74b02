package io.github.stack3d.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AsymptoticDeciderTest {

    /** Corner values for face 4 (z = 0: corners 0, 1, 3, 2 in cyclic order) with 0 and 3 on one diagonal. */
    private static float[] face(float diagonal, float other) {
        float[] c = new float[8];
        c[0] = diagonal;
        c[3] = diagonal;
        c[1] = other;
        c[2] = other;
        return c;
    }

    @Test
    void joinsWhenTheSaddleValueReachesTheLevel() {
        int inside = 1 | 1 << 3;
        int faceZ0 = 1 << 4;
        // bilinear saddle of 10, 0, 10, 0 is (10·10 − 0·0) / (10 + 10 − 0 − 0) = 5
        assertEquals(faceZ0, AsymptoticDecider.joinedFaces(face(10, 0), 5, inside, faceZ0), "saddle = level joins");
        assertEquals(0, AsymptoticDecider.joinedFaces(face(10, 0), 5.5, inside, faceZ0), "saddle < level separates");
        assertEquals(faceZ0, AsymptoticDecider.joinedFaces(face(10, 0), 4.5, inside, faceZ0));
    }

    @Test
    void aMaskFaceJoinsItsForegroundCorners() {
        int inside = 1 | 1 << 3;
        assertEquals(1 << 4, AsymptoticDecider.joinedFaces(face(1, 0), 0.5, inside, 1 << 4));
    }

    @Test
    void theAnswerDoesNotDependOnWhichDiagonalIsInside() {
        // the same face with inside and outside exchanged: saddle 5 of 0, 10, 0, 10 at level 5.5 stays below
        int inside = 1 << 1 | 1 << 2;
        assertEquals(0, AsymptoticDecider.joinedFaces(face(0, 10), 5.5, inside, 1 << 4));
        assertEquals(1 << 4, AsymptoticDecider.joinedFaces(face(0, 10), 5, inside, 1 << 4));
    }

    @Test
    void facesNotAskedAboutAreLeftOut() {
        assertEquals(0, AsymptoticDecider.joinedFaces(face(10, 0), 5, 1 | 1 << 3, 0));
    }
}
