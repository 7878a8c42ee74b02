package io.github.stack3d.render;

import static io.github.stack3d.render.TestScenes.RADIUS;
import static io.github.stack3d.render.TestScenes.SPHERE;
import static io.github.stack3d.render.TestScenes.brightness;
import static io.github.stack3d.render.TestScenes.green;
import static io.github.stack3d.render.TestScenes.on;
import static io.github.stack3d.render.TestScenes.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Mesh;
import io.github.stack3d.Stack3D;
import io.github.stack3d.View;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MeshRenderTest {

    /**
     * Pixel coverage summed over the picture: with a box filter a pixel is {@code α·surface + (1 − α)·background},
     * so the difference between white and black backgrounds is {@code (1 − α)·255}.
     */
    private static double coveredArea(Mesh mesh, View view) {
        BufferedImage black = MeshRender.renderMesh(mesh, on(view, false));
        BufferedImage white = MeshRender.renderMesh(mesh, on(view, true));
        double area = 0;
        for (int y = 0; y < view.height(); y++) {
            for (int x = 0; x < view.width(); x++) {
                area += 1 - (green(white, x, y) - green(black, x, y)) / 255.0;
            }
        }
        return area;
    }

    /** Fit rule (Projector): zoom · min(w, h) / 2 pixels per half diagonal of the bounding box. */
    private static double pixelsPerUnit(Mesh mesh, View view) {
        double[] b = mesh.bounds();
        double halfDiagonal = Math.sqrt(Math.pow(b[3] - b[0], 2) + Math.pow(b[4] - b[1], 2)
                + Math.pow(b[5] - b[2], 2)) / 2;
        return view.zoom() * Math.min(view.width(), view.height()) / 2 / halfDiagonal;
    }

    @Test
    void sphereSilhouetteIsTheAnalyticDisc() {
        for (View view : new View[] {plain(256).withZoom(1.5), plain(300).withAngles(40, 25).withZoom(1.2)}) {
            double r = RADIUS * pixelsPerUnit(SPHERE, view);
            double disc = Math.PI * r * r;
            double area = coveredArea(SPHERE, view);
            assertEquals(disc, area, 0.01 * disc, "silhouette area (px²) vs π r² with r = " + r + " px at " + view);
        }
    }

    @Test
    void litSideFacingTheKeyLightIsBrighter() {
        View view = plain(200).withZoom(1.6);
        BufferedImage image = MeshRender.renderMesh(SPHERE, view);
        int c = 100;
        int d = (int) (0.45 * RADIUS * pixelsPerUnit(SPHERE, view));
        int upperLeft = brightness(image, c - d, c - d);
        int lowerRight = brightness(image, c + d, c + d);
        assertTrue(upperLeft > lowerRight + 60, "upper left " + upperLeft + " vs lower right " + lowerRight);
        assertEquals(0, image.getRGB(2, 2) & 0xFFFFFF, "corner shows the black background");
    }

    @Test
    void backFacesAreDarker() {
        // a square at z = 0 seen along +z: counter-clockwise in (x, y) seen from -z means its normal (b-a)×(c-a)
        // is -z, towards the camera
        float[] v = {0, 0, 0, 0, 10, 0, 10, 10, 0, 10, 0, 0};
        Mesh facing = new Mesh(v, new int[] {0, 1, 2, 0, 2, 3}, "px");
        Mesh away = new Mesh(v, new int[] {0, 2, 1, 0, 3, 2}, "px");
        View view = plain(64);
        int front = brightness(MeshRender.renderMesh(facing, view), 32, 32);
        int back = brightness(MeshRender.renderMesh(away, view), 32, 32);
        assertTrue(front > 0 && back > 0 && back < 0.7 * front, "front " + front + ", back " + back);
    }

    @Test
    void wireframeAddsDarkEdgePixels() {
        View view = plain(128).withZoom(1.5);
        BufferedImage solid = MeshRender.renderMesh(SPHERE, view);
        BufferedImage wire = MeshRender.renderMesh(SPHERE, view.withWireframe(true));
        int darker = 0;
        int outside = 0;
        for (int y = 0; y < 128; y++) {
            for (int x = 0; x < 128; x++) {
                int a = brightness(solid, x, y);
                int b = brightness(wire, x, y);
                darker += b < a - 30 ? 1 : 0;
                outside += a == 0 && b != 0 ? 1 : 0;
            }
        }
        assertTrue(darker > 1000, darker + " pixels darkened by edges");
        assertEquals(0, outside, "edges drawn outside the surface");
    }

    @Test
    void vertexColorsShow() {
        byte[] colors = new byte[SPHERE.vertices().length];
        for (int i = 0; i < colors.length; i += 3) {
            colors[i] = (byte) 255; // red
        }
        Mesh red = new Mesh(SPHERE.vertices(), SPHERE.triangles(), SPHERE.normals(), colors, "px");
        BufferedImage image = MeshRender.renderMesh(red, plain(100).withZoom(1.5));
        int c = image.getRGB(40, 50);
        int r = c >> 16 & 255, g = c >> 8 & 255, b = c & 255;
        assertTrue(r > 100 && r > 3 * g && r > 3 * b, String.format("pixel %06x is not red", c & 0xFFFFFF));
    }

    /** Width in pixels of what is drawn in row {@code y} between columns {@code from} and {@code to}. */
    private static int width(BufferedImage image, int y, int from, int to) {
        int lo = -1, hi = -1;
        for (int x = from; x < to; x++) {
            if (brightness(image, x, y) > 0) {
                lo = lo < 0 ? x : lo;
                hi = x;
            }
        }
        return lo < 0 ? 0 : hi - lo + 1;
    }

    @Test
    void perspectiveMakesTheNearSphereLarger() {
        // at azimuth 0 the camera looks along +z: the sphere at smaller z is nearer; left at -x, right at +x
        Mesh scene = TestScenes.union(TestScenes.moved(SPHERE, -35, 0, -60), TestScenes.moved(SPHERE, 35, 0, 60));
        View view = plain(256);
        BufferedImage ortho = MeshRender.renderMesh(scene, view);
        BufferedImage persp = MeshRender.renderMesh(scene, view.withPerspective(true));
        int orthoNear = width(ortho, 128, 0, 128);
        int orthoFar = width(ortho, 128, 128, 256);
        assertTrue(Math.abs(orthoNear - orthoFar) <= 1, "orthographic: " + orthoNear + " vs " + orthoFar);
        int near = width(persp, 128, 0, 128);
        int far = width(persp, 128, 128, 256);
        // bounding sphere radius ≈ ½·√(120² + 50² + 170²) ≈ 107, eye at 107 / sin 15° ≈ 414 from the centre: the
        // spheres are 354 and 474 away, so the near one is drawn about 474 / 354 ≈ 1.34 times as wide
        assertTrue(near > 1.25 * far && near < 1.45 * far, "perspective: near " + near + " px, far " + far + " px");
    }

    @Test
    void nearerSurfaceHidesTheFarther() {
        Mesh red = colored(TestScenes.moved(SPHERE, 0, 0, -20), 255, 0, 0);
        Mesh green = colored(TestScenes.moved(SPHERE, 10, 0, 20), 0, 255, 0);
        BufferedImage image = MeshRender.renderMesh(TestScenes.union(red, green), plain(128));
        int c = image.getRGB(64, 64);
        assertTrue((c >> 16 & 255) > 3 * (c >> 8 & 255), String.format("centre %06x should be the red sphere",
                c & 0xFFFFFF));
    }

    private static Mesh colored(Mesh mesh, int r, int g, int b) {
        byte[] colors = new byte[mesh.vertices().length];
        for (int i = 0; i < colors.length; i += 3) {
            colors[i] = (byte) r;
            colors[i + 1] = (byte) g;
            colors[i + 2] = (byte) b;
        }
        return new Mesh(mesh.vertices(), mesh.triangles(), mesh.normals(), colors, mesh.unit());
    }

    @Test
    void annotationsAndFacadeAgree() {
        BufferedImage facade = Stack3D.renderMesh(SPHERE);
        BufferedImage direct = MeshRender.of(SPHERE).picture(View.DEFAULT);
        assertEquals(512, facade.getWidth());
        int[] a = facade.getRGB(0, 0, 512, 512, null, 0, 512);
        int[] b = direct.getRGB(0, 0, 512, 512, null, 0, 512);
        assertTrue(Arrays.equals(a, b), "renderMesh(mesh) draws View.DEFAULT");
        BufferedImage bare = MeshRender.renderMesh(SPHERE, View.DEFAULT.withScaleBar(false).withAxes(false));
        int[] c = bare.getRGB(0, 0, 512, 512, null, 0, 512);
        int changed = 0;
        for (int i = 0; i < c.length; i++) {
            changed += a[i] != c[i] ? 1 : 0;
        }
        assertTrue(changed > 200, changed + " pixels changed by the scale bar and axes");
        assertEquals(0, c[505 * 512 + 20] & 0xFFFFFF, "without annotations the bottom left is background");
    }

    @Test
    void badArgumentsNameThemselves() {
        var e = assertThrows(IllegalArgumentException.class, () -> Stack3D.renderMesh(null));
        assertTrue(e.getMessage().contains("mesh"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Stack3D.renderMesh(SPHERE, null));
        assertTrue(e.getMessage().contains("view"), e.getMessage());
        Mesh empty = new Mesh(new float[0], new int[0], "px");
        e = assertThrows(IllegalArgumentException.class, () -> Stack3D.preview(empty));
        assertTrue(e.getMessage().contains("no triangles"), e.getMessage());
    }
}
