package io.github.stack3d;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.VarSnippet;

/**
 * Runs a jshell script ({@code .jsh}) through the JShell API on this JVM's class path, as {@code jshell script.jsh}
 * would, with one change: the script's first statement after its imports must declare {@code Path out}, the
 * folder it writes into, and is replaced by {@code Path out = Path.of(folder)}. A failing snippet is an
 * {@link AssertionError} naming the script, the line and the snippet.
 *
 * <p>Snippets are split as jshell splits them ({@link SourceCodeAnalysis#analyzeCompletion}). Between snippets, a
 * line starting with {@code /} (not {@code //} or {@code /*}) is a jshell command: {@code /exit} ends the script as
 * it ends jshell (code after it is an error: it would never run); commands that only display ({@code /vars},
 * {@code /list}, ...) are skipped; any other command fails, as this runner cannot do what it does.
 *
 * <p>The "local" execution engine runs snippets in this JVM, where JShell's {@code out(PrintStream)} is not
 * connected to {@code System.out}, so {@code System.out} itself is captured during the run.
 */
final class JShellScript {

    /** Commands that show something and change nothing. */
    private static final Set<String> DISPLAY_COMMANDS =
            Set.of("/vars", "/methods", "/types", "/imports", "/list", "/history", "/help", "/?");

    /**
     * What a run printed, and whether it reached {@code /exit}.
     *
     * @param printed everything the snippets wrote to {@code System.out}
     * @param exited  true when the script ended with {@code /exit}
     */
    record Run(String printed, boolean exited) {
    }

    private final String name;
    private final String source;
    private final JShell shell;

    private JShellScript(Path script, JShell shell) throws IOException {
        this.name = script.toString();
        this.source = Files.readString(script);
        this.shell = shell;
    }

    /** Runs {@code script} with its {@code Path out} set to {@code folder}. */
    static Run run(Path script, Path folder) throws IOException {
        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                shell.addToClasspath(entry);
            }
            JShellScript runner = new JShellScript(script, shell);
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            boolean exited = runner.evalAll(folder);
            return new Run(printed.toString(StandardCharsets.UTF_8), exited);
        } finally {
            System.setOut(stdout);
        }
    }

    private boolean evalAll(Path folder) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        boolean outDeclared = false;
        int pos = skipBlanksAndComments(0);
        while (pos < source.length()) {
            int line = lineOf(pos);
            if (isCommand(pos)) {
                int eol = source.indexOf('\n', pos) < 0 ? source.length() : source.indexOf('\n', pos);
                String command = source.substring(pos, eol).strip();
                String word = command.split("\\s+")[0];
                if (word.equals("/exit")) {
                    int after = skipBlanksAndComments(eol);
                    if (after < source.length()) {
                        fail(name + ":" + lineOf(after) + ": code after /exit (line " + line + ") never runs");
                    }
                    return true;
                }
                if (!DISPLAY_COMMANDS.contains(word)) {
                    fail(name + ":" + line + ": jshell command " + command + " is not supported by this test");
                }
                pos = skipBlanksAndComments(eol);
                continue;
            }
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(source.substring(pos));
            if (info.completeness() == Completeness.DEFINITELY_INCOMPLETE
                    || info.completeness() == Completeness.CONSIDERED_INCOMPLETE) {
                fail(name + ":" + line + ": this snippet never ends (the script ends first): " + firstLine(pos));
            }
            String snippet = info.source();
            if (!outDeclared && !snippet.stripLeading().startsWith("import ")) {
                if (!declaresOut(analysis.sourceToSnippets(snippet))) {
                    fail(name + ":" + line + ": the first statement after the imports must be `Path out = ...;`, "
                            + "the folder the script writes into, so that a test can choose it; found: " + snippet);
                }
                snippet = "Path out = Path.of(" + literal(folder.toAbsolutePath().toString()) + ");";
                outDeclared = true;
            }
            eval(snippet, line);
            pos = skipBlanksAndComments(source.length() - info.remaining().length());
        }
        return false;
    }

    private static boolean declaresOut(List<Snippet> snippets) {
        return snippets.size() == 1 && snippets.get(0) instanceof VarSnippet v && v.name().equals("out");
    }

    /** Evaluates one snippet; fails naming the line when it is not accepted or throws. */
    private void eval(String snippet, int line) {
        for (SnippetEvent e : shell.eval(snippet)) {
            if (e.causeSnippet() != null) {
                continue; // an earlier snippet updated by this one, not this one's own result
            }
            String where = name + ":" + line + ": `" + snippet.strip() + "`";
            if (e.status() != Snippet.Status.VALID) {
                String diagnostics = shell.diagnostics(e.snippet()).map(d -> diagnostic(d, snippet, line))
                        .collect(Collectors.joining("; "));
                fail(where + " is " + e.status() + ": " + diagnostics);
            }
            JShellException thrown = e.exception();
            if (thrown != null) {
                String type = thrown instanceof EvalException ee ? ee.getExceptionClassName()
                        : thrown.getClass().getName();
                throw new AssertionError(where + " threw " + type + ": " + thrown.getMessage(), thrown);
            }
        }
    }

    /** A compiler message with the script line it points at. */
    private String diagnostic(Diag d, String snippet, int line) {
        long at = Math.max(0, Math.min(d.getStartPosition(), snippet.length()));
        long lines = snippet.substring(0, (int) at).chars().filter(c -> c == '\n').count();
        return "line " + (line + lines) + ": " + d.getMessage(Locale.ROOT);
    }

    private boolean isCommand(int pos) {
        return source.startsWith("/", pos) && !source.startsWith("//", pos) && !source.startsWith("/*", pos);
    }

    private int skipBlanksAndComments(int pos) {
        int i = pos;
        while (i < source.length()) {
            if (Character.isWhitespace(source.charAt(i))) {
                i++;
            } else if (source.startsWith("//", i)) {
                int eol = source.indexOf('\n', i);
                i = eol < 0 ? source.length() : eol + 1;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                if (end < 0) {
                    fail(name + ":" + lineOf(i) + ": comment never closed");
                }
                i = end + 2;
            } else {
                break;
            }
        }
        return i;
    }

    private int lineOf(int pos) {
        return 1 + (int) source.substring(0, pos).chars().filter(c -> c == '\n').count();
    }

    private String firstLine(int pos) {
        int eol = source.indexOf('\n', pos);
        return source.substring(pos, eol < 0 ? source.length() : eol);
    }

    private static String literal(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
