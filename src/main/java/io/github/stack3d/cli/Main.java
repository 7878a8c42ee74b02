package io.github.stack3d.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;

/**
 * The command line: {@code java -jar stack3d-VERSION-all.jar [command] [arguments]}.
 *
 * <pre>
 *   (no command)                     the demo: sample stack → slices → mask → shell.ply, mesh.ply, pictures
 *   info  STACK                      what a stack holds: size, type, spacing, values, files in order
 *   shell STACK OUT.ply [--lo 0] [--hi 100] [--ascii]
 *                                    the seed's job: inRange mask → shell points → PLY
 *   mesh  STACK OUT.ply|.stl|.obj [--level L] [--open] [--report]
 *                                    marching cubes → mesh file (and a mesh report); with a level the
 *                                    slices stream from disk, without one the stack is loaded for Otsu
 * </pre>
 * STACK is a folder of TIFF slices, a glob or a multipage TIFF. Every command accepts
 * {@code --spacing X,Y,Z[,UNIT]} to override the stack's voxel size.
 */
public final class Main {

    private Main() {
    }

    /** Runs one command; exits with status 1 and a one-line message on bad input, 2 on a usage error. */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs one command, printing to {@code out} and {@code err}; returns the exit status (0, 1 or 2). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Locale.setDefault(Locale.ROOT);
        System.setProperty("java.awt.headless", "true");
        try {
            String command = args.length == 0 ? "demo" : args[0];
            String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
            switch (command) {
                case "demo" -> Demo.run(new Options(rest, 0), out);
                case "info" -> Commands.info(new Options(rest, 1), out);
                case "shell" -> Commands.shell(new Options(rest, 2), out);
                case "mesh" -> Commands.mesh(new Options(rest, 2), out);
                case "-h", "--help", "help" -> out.println(usage());
                default -> throw new UsageException("unknown command '" + command + "'");
            }
            return 0;
        } catch (UsageException e) {
            err.println("stack3d: " + e.getMessage() + "\n\n" + usage());
            return 2;
        } catch (Exception e) {
            err.println("stack3d: " + e.getMessage());
            return 1;
        }
    }

    static String usage() {
        return String.join("\n",
                "usage: java -jar stack3d-all.jar [command] [arguments]",
                "  (no command) [--out DIR]  demo: sample stack -> slices -> mask -> shell.ply, mesh.ply, mesh.stl,"
                        + " montage.png, overlay.png in DIR (default ./stack3d-demo)",
                "  info  STACK    size, type, spacing, value range and files of a stack",
                "  shell STACK OUT.ply [--lo 0] [--hi 100] [--ascii]",
                "                 the seed's shell point cloud of the voxels with lo <= value <= hi",
                "  mesh  STACK OUT.ply|OUT.stl|OUT.obj [--level L] [--open] [--report]",
                "                 marching-cubes surface at level L, closed unless --open; with --level the",
                "                 slices stream from disk (any stack size), without it the stack is loaded",
                "                 and the level is its Otsu threshold;",
                "                 --report prints the mesh report (closed? components, genus, area, volume)",
                "  STACK is a folder of TIFF slices, a glob (\"scan/img_*.tif\") or a multipage TIFF;",
                "  --spacing X,Y,Z[,UNIT] overrides the voxel size read from the files.");
    }

    /** A command line that cannot be understood. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
