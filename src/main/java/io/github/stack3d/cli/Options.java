package io.github.stack3d.cli;

import io.github.stack3d.Grid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The arguments of one command: positional values, {@code --name value} options and {@code --flag}s. */
final class Options {

    private static final List<String> FLAGS = List.of("--ascii", "--open", "--report");

    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> named = new HashMap<>();

    /** Parses {@code args}, requiring exactly {@code positionals} positional values. */
    Options(String[] args, int positionals) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (FLAGS.contains(a)) {
                named.put(a, "true");
            } else if (a.startsWith("--")) {
                if (i + 1 >= args.length) {
                    throw new Main.UsageException(a + " needs a value");
                }
                named.put(a, args[++i]);
            } else {
                positional.add(a);
            }
        }
        if (positional.size() != positionals) {
            throw new Main.UsageException("expected " + positionals + " argument" + (positionals == 1 ? "" : "s")
                    + ", got " + positional.size() + ": " + positional);
        }
    }

    String positional(int i) {
        return positional.get(i);
    }

    boolean flag(String name) {
        return named.containsKey(name);
    }

    String text(String name, String otherwise) {
        return named.getOrDefault(name, otherwise);
    }

    /** A number option, or {@code otherwise} when absent. */
    double number(String name, double otherwise) {
        String v = named.get(name);
        if (v == null) {
            return otherwise;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new Main.UsageException(name + " is '" + v + "'; expected a number");
        }
    }

    /**
     * The grid {@code read} with the {@code --spacing X,Y,Z[,UNIT]} option's voxel size and unit (the origin kept
     * when the unit is, else 0), or null when the option is absent.
     */
    Grid spacing(Grid read) {
        String v = named.get("--spacing");
        if (v == null) {
            return null;
        }
        String[] p = v.split(",");
        if (p.length < 3 || p.length > 4) {
            throw new Main.UsageException("--spacing is '" + v + "'; expected X,Y,Z or X,Y,Z,UNIT");
        }
        try {
            String unit = p.length == 4 ? p[3] : read.unit();
            Grid g = Grid.of(Double.parseDouble(p[0]), Double.parseDouble(p[1]), Double.parseDouble(p[2]), unit);
            return unit.equals(read.unit()) ? g.withOrigin(read.ox(), read.oy(), read.oz()) : g;
        } catch (NumberFormatException e) {
            throw new Main.UsageException("--spacing is '" + v + "'; expected numbers");
        }
    }
}
