package io.github.stack3d.cli;

import io.github.stack3d.Progress;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress bars on the terminal ({@code me.tongfei:progressbar}), one per operation, redrawn in place on stderr
 * and cleared when the operation ends, so that only the command's step lines stay on the screen.
 */
final class TerminalProgress implements Progress.Listener {

    private final PrintStream err;
    private ProgressBar bar;

    TerminalProgress(PrintStream err) {
        this.err = err;
    }

    /** True when file descriptor 2 is a terminal (Linux: a {@code /dev/pts} or {@code /dev/tty} device). */
    static boolean stderrIsTerminal() {
        try {
            String fd = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return fd.startsWith("/dev/pts/") || fd.startsWith("/dev/tty");
        } catch (Exception e) {
            return System.console() != null; // no /proc: a console means a terminal on stdin and stdout at least
        }
    }

    @Override
    public synchronized void progress(String task, long done, long total) {
        if (bar == null) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).clearDisplayOnFinish()
                    .setConsumer(new ConsoleProgressBarConsumer(err, width())).build();
        }
        bar.stepTo(done);
    }

    @Override
    public synchronized void end(String task, boolean complete) {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    /** The terminal's width from {@code COLUMNS} when the shell exports it, else 80. */
    private static int width() {
        try {
            int columns = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "80").trim());
            return columns >= 20 ? columns : 80;
        } catch (NumberFormatException e) {
            return 80;
        }
    }
}
