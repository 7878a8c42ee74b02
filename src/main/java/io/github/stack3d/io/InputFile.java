package io.github.stack3d.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The checks every reader makes before it opens a file, so that a wrong path gets a sentence naming it and what
 * was expected, not the system's bare {@code "Is a directory"} or a message that is only the path.
 */
public final class InputFile {

    private InputFile() {
    }

    /**
     * Returns {@code file} when it can be opened as a file to read.
     *
     * @param expected what the reader wants, for messages: {@code "a PLY file"}
     * @throws NoSuchFileException naming the file when nothing is there
     * @throws IOException         naming the file when it is a folder
     */
    public static Path require(Path file, String expected) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + ": is a folder; expected " + expected);
        }
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file; expected " + expected);
        }
        return file;
    }

    /**
     * The error for a file that gave no byte at all: the same for every mesh format (a 0-byte file is a failed
     * or unfinished write, never a mesh, whereas a file of the format that declares no vertices is an empty one).
     */
    public static IOException empty(Path file, String expected) {
        return new IOException(file + ": the file is empty (0 bytes); expected " + expected);
    }
}
