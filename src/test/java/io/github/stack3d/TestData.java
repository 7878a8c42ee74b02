package io.github.stack3d;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared real stacks ({@code ../shared/data}, or the folder named by the {@code stack3d.data} system
 * property). Tests that need them call {@link #require(String)}, which skips the test with a message saying
 * what is missing.
 */
public final class TestData {

    private TestData() {
    }

    /** The data folder, wherever it is configured. */
    public static Path root() {
        return Path.of(System.getProperty("stack3d.data", "../shared/data"));
    }

    /** {@code root().resolve(relative)}, skipping the calling test when it does not exist. */
    public static Path require(String relative) {
        Path p = root().resolve(relative);
        assumeTrue(Files.exists(p), "skipped: test data " + p.toAbsolutePath()
                + " is absent (set -Dstack3d.data=DIR to the shared data folder)");
        return p;
    }
}
