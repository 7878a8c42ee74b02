package io.github.stack3d.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TempFilesTest {

    @TempDir
    Path dir;

    @Test
    void namesCarryThePidOfTheWriter() throws IOException {
        Path tmp = TempFiles.create(dir);
        try {
            String name = tmp.getFileName().toString();
            assertTrue(name.matches("\\.stack3d-" + ProcessHandle.current().pid() + "-[0-9a-z]+\\.part"), name);
            assertEquals(Optional.of(ProcessHandle.current().pid()), TempFiles.pid(name));
        } finally {
            TempFiles.delete(tmp);
        }
        assertEquals(Optional.of(12L), TempFiles.pid(".stack3d-12-x.part"));
        assertEquals(Optional.empty(), TempFiles.pid(".stack3d-abc.part"), "an older naming, without a pid");
        assertEquals(Optional.empty(), TempFiles.pid(".stack3d--x.part"));
        assertEquals(Optional.empty(), TempFiles.pid("stack3d-12-x.part"));
        assertEquals(Optional.empty(), TempFiles.pid(".stack3d-12-x.tmp"));
    }

    @Test
    void eachWriteSweepsTheDeadAtMostOnceASecondPerFolder() throws Exception {
        long dead = deadPid();
        Path first = Files.writeString(dir.resolve(".stack3d-" + dead + "-a.part"), "x");
        TempFiles.delete(TempFiles.create(dir));
        assertFalse(Files.exists(first), "the first write into the folder swept it");
        Path second = Files.writeString(dir.resolve(".stack3d-" + dead + "-b.part"), "x");
        TempFiles.delete(TempFiles.create(dir));
        assertTrue(Files.exists(second), "within a second of the last sweep the folder is not listed again");
        Thread.sleep(1100);
        TempFiles.delete(TempFiles.create(dir));
        assertFalse(Files.exists(second), "a second later, the next write sweeps again");
    }

    @Test
    void aSweepSkipsFoldersAndLeavesAnUnreadableFolderAlone() throws Exception {
        long dead = deadPid();
        Path folder = Files.createDirectory(dir.resolve(".stack3d-" + dead + "-f.part"));
        assertEquals(0, TempFiles.sweep(dir), "only regular files are swept");
        assertTrue(Files.isDirectory(folder));
        assertEquals(0, TempFiles.sweep(dir.resolve("missing")), "a missing folder sweeps nothing, and throws nothing");
    }

    /** The pid of a process that has ended (and was reaped), for a leftover that no process owns. */
    static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }
}
