package io.github.stack3d.render;

import io.github.stack3d.Grid;
import io.github.stack3d.View;

/**
 * The rays of a {@link View} through a stack, in the stack's index space so that the ray caster steps without
 * converting. The object is the box of voxel centres, {@code origin + [0, n−1]·spacing} on each axis (where
 * trilinear interpolation is defined); it is framed by its bounding sphere, that of the box
 * {@code n·spacing} (the voxels' full extent) around the same centre, of radius {@code R}: at zoom 1 the
 * sphere's diameter fills the picture's smaller side (orthographic: {@code 2R / zoom} physical units across it;
 * perspective: a 30° field of view, narrowed by the zoom, from {@code R / sin 15°} away).
 *
 * <p>Rays sample every {@code step} physical units, the smallest voxel spacing (one sample per voxel along the
 * finest axis); sample {@code n} of a ray is at {@code start + n·delta} (index space), for {@code n} from
 * {@code first} to {@code last}, the samples inside the box.
 */
final class Camera {

    private static final double HALF_FIELD = Math.toRadians(15);

    private final Grid grid;
    private final int nx;
    private final int ny;
    private final int nz;
    private final int width;
    private final int height;
    private final boolean perspective;
    private final double[] forward;
    private final double[] right;
    private final double[] down;
    private final double[] eye;
    private final double pixel;
    private final double[] eyeIndex;
    private final double[] forwardIndex;
    private final double[] rightIndex;
    private final double[] downIndex;
    private final int[] size;
    private final double step;
    private final double unitsPerPixel;

    Camera(View view, Grid grid, int nx, int ny, int nz) {
        this.grid = grid;
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.width = view.width();
        this.height = view.height();
        this.perspective = view.perspective();
        this.forward = view.forward();
        this.right = view.right();
        this.down = view.down();
        double[] centre = {grid.x((nx - 1) / 2.0), grid.y((ny - 1) / 2.0), grid.z((nz - 1) / 2.0)};
        double radius = 0.5 * Math.sqrt(sq(nx * grid.sx()) + sq(ny * grid.sy()) + sq(nz * grid.sz()));
        double across = Math.min(width, height);
        double distance = perspective ? radius / Math.sin(HALF_FIELD) : 2 * radius;
        this.eye = new double[3];
        for (int a = 0; a < 3; a++) {
            eye[a] = centre[a] - forward[a] * distance;
        }
        // orthographic: physical units per pixel; perspective: tangent of the angle per pixel
        this.pixel = perspective ? 2 * Math.tan(HALF_FIELD) / view.zoom() / across : 2 * radius / view.zoom() / across;
        this.unitsPerPixel = perspective ? pixel * distance : pixel;
        this.step = Math.min(grid.sx(), Math.min(grid.sy(), grid.sz()));
        // the camera in index units: positions (p − origin) / spacing, directions / spacing
        double[] spacing = spacing();
        double[] lowest = {grid.x(0), grid.y(0), grid.z(0)};
        this.eyeIndex = new double[3];
        this.forwardIndex = new double[3];
        this.rightIndex = new double[3];
        this.downIndex = new double[3];
        for (int a = 0; a < 3; a++) {
            eyeIndex[a] = (eye[a] - lowest[a]) / spacing[a];
            forwardIndex[a] = forward[a] / spacing[a];
            rightIndex[a] = right[a] / spacing[a];
            downIndex[a] = down[a] / spacing[a];
        }
        this.size = new int[] {nx, ny, nz};
    }

    /** Physical length of one pixel at the object's centre, for the scale bar. */
    double unitsPerPixel() {
        return unitsPerPixel;
    }

    /** The voxel spacing x, y, z. */
    double[] spacing() {
        return new double[] {grid.sx(), grid.sy(), grid.sz()};
    }

    /** The sample distance in physical units: the smallest spacing. */
    double step() {
        return step;
    }

    /**
     * The ray through the centre of pixel (px, py): writes {@code start} (index x, y, z), {@code delta} (index
     * units per sample) and the first and last sample inside the box into {@code ray} (8 values); returns false
     * when the ray misses the box.
     */
    boolean ray(int px, int py, double[] ray) {
        double u = (px + 0.5 - width / 2.0) * pixel;
        double v = (py + 0.5 - height / 2.0) * pixel;
        double norm = perspective ? step / Math.sqrt(1 + u * u + v * v) : step;
        double enter = 0;
        double exit = Double.POSITIVE_INFINITY;
        // plain comparisons, not Math.min and max: no t is NaN, and a −0 enter rounds to the same first sample
        for (int a = 0; a < 3; a++) {
            double start;
            double delta;
            if (perspective) {
                start = eyeIndex[a];
                delta = (forwardIndex[a] + rightIndex[a] * u + downIndex[a] * v) * norm;
            } else {
                start = eyeIndex[a] + (rightIndex[a] * u + downIndex[a] * v);
                delta = forwardIndex[a] * norm;
            }
            ray[a] = start;
            ray[3 + a] = delta;
            double hi = size[a] - 1;
            if (Math.abs(delta) < 1e-12) {
                if (start < 0 || start > hi) {
                    return false;
                }
                ray[3 + a] = 0;
                continue;
            }
            double t0 = -start / delta;
            double t1 = (hi - start) / delta;
            double near = t0 < t1 ? t0 : t1;
            double far = t0 < t1 ? t1 : t0;
            enter = near > enter ? near : enter;
            exit = far < exit ? far : exit;
            if (enter > exit) {
                return false;
            }
        }
        if (!(enter <= exit)) {
            return false;
        }
        double first = Math.ceil(enter);
        double last = Math.floor(exit);
        // a sample exactly on a face may round out of the box: keep strictly inside it
        while (first <= last && !inside(ray, first)) {
            first++;
        }
        while (last >= first && !inside(ray, last)) {
            last--;
        }
        ray[6] = first;
        ray[7] = last;
        return first <= last;
    }

    private boolean inside(double[] ray, double n) {
        double x = ray[0] + n * ray[3];
        double y = ray[1] + n * ray[4];
        double z = ray[2] + n * ray[5];
        return x >= 0 && x <= nx - 1 && y >= 0 && y <= ny - 1 && z >= 0 && z <= nz - 1;
    }

    /** The unit direction of a ray ({@link #ray} layout) in physical space, for shading. */
    double[] viewDirection(double[] ray) {
        double dx = ray[3] * grid.sx();
        double dy = ray[4] * grid.sy();
        double dz = ray[5] * grid.sz();
        double len = Math.sqrt(dx * dx + dy * dy + dz * dz);
        return new double[] {dx / len, dy / len, dz / len};
    }

    private static double sq(double v) {
        return v * v;
    }
}
