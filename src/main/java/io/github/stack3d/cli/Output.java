package io.github.stack3d.cli;

import io.github.stack3d.Mesh;
import io.github.stack3d.Stack3D;
import io.github.stack3d.io.AtomicWrite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Checks an output path before any work is done: its extension names a format the command writes, it is not one
 * of the files the command reads, its folder exists and is writable, and, links followed, it is a file to replace
 * or a stream to write through, never a block device, socket or folder. The core's and the Spark module's command
 * lines check their outputs here.
 */
public final class Output {

    /** The mesh formats a command writes, by extension. */
    public static final List<String> MESH_FORMATS = List.of("ply", "stl", "obj", "glb");

    /** The files a command reads, listed only when the extension is right. */
    @FunctionalInterface
    public interface InputFiles {
        List<Path> files() throws IOException;
    }

    private Output() {
    }

    /**
     * The output's extension (lower case, without the dot), checked.
     *
     * @throws UsageException naming the extensions the command accepts, or the input the output would replace
     */
    public static String check(String output, List<String> extensions, InputFiles inputs)
            throws IOException {
        Path out = Path.of(output);
        String name = out.getFileName() == null ? "" : out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!extensions.contains(ext)) {
            throw new UsageException("output " + output + (ext.isEmpty() ? " has no extension"
                    : " is ." + ext) + "; this command writes " + String.join(", ",
                    extensions.stream().map(e -> "." + e).toList()));
        }
        if (Files.exists(out)) {
            Path real = out.toRealPath();
            for (Path in : inputs.files()) {
                if (Files.exists(in) && Files.isSameFile(real, in.toRealPath())) {
                    throw new UsageException("output " + output + " is one of the files this command "
                            + "reads (" + in + "); choose another name (did the shell expand an unquoted glob?)");
                }
            }
            if (Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
                throw new UsageException("output " + output + " is a folder; expected a file name");
            }
        }
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UsageException("output " + output + ": the folder " + folder + " does not exist");
        }
        if (!Files.isWritable(folder)) {
            throw new UsageException("output " + output + ": the folder " + folder + " is not writable");
        }
        try {
            AtomicWrite.requireWritable(out); // links followed: a device, a socket, a loop, a missing folder
        } catch (IOException e) {
            throw new UsageException("output " + output + ": " + e.getMessage());
        }
        return ext;
    }

    /** Writes {@code mesh} to {@code output} in {@code format}, one of {@link #MESH_FORMATS} ({@link #check}ed). */
    public static Path saveMesh(Mesh mesh, String output, String format) throws IOException {
        return switch (format) {
            case "stl" -> Stack3D.saveStl(mesh, output);
            case "obj" -> Stack3D.saveObj(mesh, output);
            case "glb" -> Stack3D.saveGlb(mesh, output);
            case "ply" -> Stack3D.savePly(mesh, output);
            default -> throw new IllegalArgumentException("format is " + format + "; expected one of " + MESH_FORMATS);
        };
    }
}
