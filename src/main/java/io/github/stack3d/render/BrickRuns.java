package io.github.stack3d.render;

/**
 * One ray ({@link Camera#ray} layout, in {@link #ray}) walked brick by brick: each {@link #next} gives the run of
 * samples {@code from .. to−1} that lie in brick {@code brick}, front to back. A 3D DDA over the brick grid
 * (Amanatides and Woo 1987) in sample units: each step crosses the nearest brick face, so a ray that stops early
 * walks no further. With skipping off, the whole ray is one run in no brick ({@code brick} −1), which nothing
 * skips. Each thread has its own.
 */
final class BrickRuns {

    final double[] ray = new double[8];
    int brick;
    int from;
    int to;

    private final Bricks bricks;
    private boolean walk;
    private boolean done;
    private int last;
    private int cell;
    private int stepX;
    private int stepY;
    private int stepZ;
    private int leftX;
    private int leftY;
    private int leftZ;
    private double tx;
    private double ty;
    private double tz;
    private double dx;
    private double dy;
    private double dz;

    /** Room for all runs of a ray, for {@link #collect}. */
    final int[] runFrom;
    final int[] runTo;
    final float[] runMax;
    /** After {@link #collect}: the first run of the highest maximum, −1 when none was kept. */
    int highest;
    /** The sample where a MIP last found a larger value, kept from ray to ray (−1 before the first). */
    int peak = -1;

    BrickRuns(Bricks bricks) {
        this.bricks = bricks;
        int n = bricks.nbx + bricks.nby + bricks.nbz + 1;
        runFrom = new int[n];
        runTo = new int[n];
        runMax = new float[n];
    }

    /**
     * Walks the whole ray at once into {@link #runFrom}, {@link #runTo} and {@link #runMax} (the brick's
     * maximum), skipping runs whose maximum is not above {@code floor}; returns the number kept (the first of the
     * highest maximum in {@link #highest}). Along a line each
     * brick coordinate changes one way only, so a ray has at most {@code nbx + nby + nbz} runs.
     */
    int collect(float floor) {
        float[] max = bricks.max;
        int count = 0;
        int high = -1;
        if (!walk) {
            throw new IllegalStateException("collect walks bricks; start(true) first");
        }
        // the walk of next(), in local variables: a MIP walks every ray to its end
        int n = to;
        int c = cell;
        int lx = leftX;
        int ly = leftY;
        int lz = leftZ;
        double ax = tx;
        double ay = ty;
        double az = tz;
        int end = last + 1;
        while (n < end) {
            int b = c;
            double t;
            if (ax <= ay && ax <= az) {
                t = ax;
                if (t != Double.POSITIVE_INFINITY) {
                    c += stepX;
                    ax = --lx == 0 ? Double.POSITIVE_INFINITY : ax + dx;
                }
            } else if (ay <= az) {
                t = ay;
                c += stepY;
                ay = --ly == 0 ? Double.POSITIVE_INFINITY : ay + dy;
            } else {
                t = az;
                c += stepZ;
                az = --lz == 0 ? Double.POSITIVE_INFINITY : az + dz;
            }
            int stop = t >= end ? end : (int) Math.ceil(t);
            if (stop > n) {
                float m = max[b];
                if (m > floor) {
                    runFrom[count] = n;
                    runTo[count] = stop;
                    runMax[count] = m;
                    if (high < 0 || m > runMax[high]) {
                        high = count;
                    }
                    count++;
                }
                n = stop;
            }
        }
        to = n;
        highest = high;
        return count;
    }

    /** Starts walking the ray now in {@link #ray}, brick by brick when {@code skip}, else as one run. */
    void start(boolean skip) {
        int first = (int) ray[6];
        last = (int) ray[7];
        to = first;
        done = false;
        walk = skip;
        if (!skip) {
            return;
        }
        double x = ray[0] + first * ray[3];
        double y = ray[1] + first * ray[4];
        double z = ray[2] + first * ray[5];
        int bx = Math.min((int) x >> bricks.shift, bricks.nbx - 1);
        int by = Math.min((int) y >> bricks.shift, bricks.nby - 1);
        int bz = Math.min((int) z >> bricks.shift, bricks.nbz - 1);
        cell = (bz * bricks.nby + by) * bricks.nbx + bx;
        int sx = (int) Math.signum(ray[3]);
        int sy = (int) Math.signum(ray[4]);
        int sz = (int) Math.signum(ray[5]);
        stepX = sx;
        stepY = sy * bricks.nbx;
        stepZ = sz * bricks.nbx * bricks.nby;
        // faces left to cross on each axis; 0: none (the ray then never leaves along that axis)
        leftX = sx > 0 ? bricks.nbx - 1 - bx : sx < 0 ? bx : 0;
        leftY = sy > 0 ? bricks.nby - 1 - by : sy < 0 ? by : 0;
        leftZ = sz > 0 ? bricks.nbz - 1 - bz : sz < 0 ? bz : 0;
        tx = leftX == 0 ? Double.POSITIVE_INFINITY : first + face(x, ray[3], bx);
        ty = leftY == 0 ? Double.POSITIVE_INFINITY : first + face(y, ray[4], by);
        tz = leftZ == 0 ? Double.POSITIVE_INFINITY : first + face(z, ray[5], bz);
        dx = bricks.size / Math.abs(ray[3]);
        dy = bricks.size / Math.abs(ray[4]);
        dz = bricks.size / Math.abs(ray[5]);
    }

    /** Moves to the next run of at least one sample; false when the ray is done. */
    boolean next() {
        if (!walk) {
            if (done || to > last) {
                return false;
            }
            done = true;
            brick = -1;
            from = to;
            to = last + 1;
            return true;
        }
        while (to <= last) {
            int b = cell;
            double t;
            // cross the nearest face (a tie crosses one axis at a time, with an empty run in between)
            if (tx <= ty && tx <= tz) {
                t = tx;
                if (t != Double.POSITIVE_INFINITY) {
                    cell += stepX;
                    tx = --leftX == 0 ? Double.POSITIVE_INFINITY : tx + dx;
                }
            } else if (ty <= tz) {
                t = ty;
                cell += stepY;
                ty = --leftY == 0 ? Double.POSITIVE_INFINITY : ty + dy;
            } else {
                t = tz;
                cell += stepZ;
                tz = --leftZ == 0 ? Double.POSITIVE_INFINITY : tz + dz;
            }
            int end = t >= last + 1 ? last + 1 : (int) Math.ceil(t);
            if (end > to) {
                from = to;
                to = end;
                brick = b;
                return true;
            }
        }
        return false;
    }

    /** Samples from position {@code p} in brick {@code b} to its far face along {@code d} (d ≠ 0). */
    private double face(double p, double d, int b) {
        return d > 0 ? ((b + 1) * bricks.size - p) / d : (b * bricks.size - p) / d;
    }
}
