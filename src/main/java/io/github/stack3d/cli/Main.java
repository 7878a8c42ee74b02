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
 *   mesh  STACK OUT.ply|.stl|.obj [--level L] [--open] [--stream]
 *                                    marching cubes → mesh file, with a mesh report
 * </pre>
 * STACK is a folder of TIFF slices, a glob or a multipage TIFF. Every command accepts
 * {@code --spacing X,Y,Z[,UNIT]} to override the stack's voxel size.
 */
public final class Main {

    private Main() {
    }

    /** Runs one command; exits with status 1 and a one-line message on bad input, 2 on a usage error. */
    public static void main(String[] args) {
        Locale.setDefault(Locale.ROOT);
        System.setProperty("java.awt.headless", "true");
        PrintStream out = System.out;
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
        } catch (UsageException e) {
            System.err.println("stack3d: " + e.getMessage() + "\n\n" + usage());
            System.exit(2);
        } catch (Exception e) {
            System.err.println("stack3d: " + e.getMessage());
            System.exit(1);
        }
    }

    static String usage() {
        return String.join("\n",
                "usage: java -jar stack3d-all.jar [command] [arguments]",
                "  (no command)   demo: sample stack -> slices -> mask -> shell.ply, mesh.ply, mesh.stl,"
                        + " montage.png in ./stack3d-demo",
                "  info  STACK    size, type, spacing, value range and files of a stack",
                "  shell STACK OUT.ply [--lo 0] [--hi 100] [--ascii]",
                "                 the seed's shell point cloud of the voxels with lo <= value <= hi",
                "  mesh  STACK OUT.ply|OUT.stl|OUT.obj [--level L] [--open] [--stream]",
                "                 marching-cubes surface at level L (default: Otsu), closed unless --open;",
                "                 --stream reads slices from disk as needed instead of loading the stack",
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
