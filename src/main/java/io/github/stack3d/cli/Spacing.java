package io.github.stack3d.cli;

import io.github.stack3d.Grid;
import java.util.function.Function;

/** The command lines' {@code --spacing X,Y,Z[,UNIT]} option: the core's and the Spark module's read it alike. */
public final class Spacing {

    private Spacing() {
    }

    /**
     * The grid that {@code spacing} gives a stack whose files say {@code read} and whose longest side has
     * {@code longest} voxels: the origin stays where the files put it when the unit is the same.
     *
     * @param usage makes the error for a value that is not three finite numbers {@code > 0} (and a unit) whose
     *              coordinates fit a float: the command line's usage error
     */
    public static Grid grid(String spacing, Grid read, int longest, Function<String, RuntimeException> usage) {
        String[] p = spacing.split(",");
        if (p.length < 3 || p.length > 4) {
            throw usage.apply("--spacing is '" + spacing + "'; expected X,Y,Z or X,Y,Z,UNIT");
        }
        double[] s = new double[3];
        for (int i = 0; i < 3; i++) {
            try {
                s[i] = Double.parseDouble(p[i].trim());
            } catch (NumberFormatException e) {
                throw usage.apply("--spacing is '" + spacing + "'; '" + p[i] + "' is not a number");
            }
            // coordinates are written as floats: a spacing beyond them would write Infinity
            if (!(s[i] > 0) || s[i] * longest > Float.MAX_VALUE) {
                throw usage.apply("--spacing is '" + spacing + "'; expected finite numbers > 0 whose coordinates "
                        + "fit a float");
            }
        }
        String unit = p.length == 4 ? p[3].trim() : read.unit();
        Grid g = Grid.of(s[0], s[1], s[2], unit);
        return unit.equals(read.unit()) ? g.withOrigin(read.ox(), read.oy(), read.oz()) : g;
    }
}
