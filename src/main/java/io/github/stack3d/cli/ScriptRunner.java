package io.github.stack3d.cli;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.VarSnippet;

/**
 * Runs jshell scripts ({@code .jsh}) through {@link JShell}, one snippet after another in one shell, as
 * {@code jshell script.jsh} does, but stopping at the first snippet that does not compile or throws.
 *
 * <p>Snippets are split as jshell splits them ({@link SourceCodeAnalysis#analyzeCompletion}). A line starting with
 * {@code /} (not {@code //} or {@code /*}) between snippets is a jshell command: {@code /exit} ends the script with
 * status 0, {@code /exit EXPR} with the value of the int expression; any other command is an error, as this runner
 * does not implement it. Each expression's and variable's value is printed as interactive jshell shows it
 * ({@code $3 ==> 42}, {@code mesh ==> Mesh[...]}); the snippets' own {@code System.out} and {@code System.err}
 * go to the streams the shell was built with.
 */
final class ScriptRunner {

    /** A snippet that did not compile, threw, or a script that cannot run; the message names the script's line. */
    static final class ScriptFailed extends Exception {
        private static final long serialVersionUID = 1L;

        ScriptFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final JShell shell;
    private final PrintStream out;
    /** Where each snippet evaluated so far starts, by snippet id: {@code script:line}. */
    private final Map<String, Where> starts = new HashMap<>();

    private record Where(String script, int line) {
    }

    /** A runner for scripts evaluated in {@code shell}, printing values to {@code out}. */
    ScriptRunner(JShell shell, PrintStream out) {
        this.shell = shell;
        this.out = out;
    }

    /**
     * Evaluates {@code source}, the text of the script called {@code name} in messages.
     *
     * @param printValues whether to print each expression's and variable's value
     * @return the status of its {@code /exit}, or empty when the script ends without one
     * @throws ScriptFailed at the first snippet that does not compile or throws, or at a command it cannot run
     */
    OptionalInt run(String name, String source, boolean printValues) throws ScriptFailed {
        return run(name, source, printValues, false);
    }

    /**
     * Evaluates {@code source}, a notebook cell called {@code name} in messages, as IJava splits a cell: each
     * snippet is the longest complete one at the start of the rest of the cell (so a statement may go on over
     * lines that are complete by themselves), and no line is a jshell command; values are printed as by
     * {@link #run}.
     *
     * @throws ScriptFailed at the first snippet that does not compile or throws
     */
    void runCell(String name, String source) throws ScriptFailed {
        run(name, source, true, true);
    }

    private OptionalInt run(String name, String source, boolean printValues, boolean cell) throws ScriptFailed {
        Script script = new Script(name, source);
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        int pos = script.skipBlanksAndComments(0);
        while (pos < source.length()) {
            int line = script.lineOf(pos);
            if (!cell && script.isCommand(pos)) {
                String command = script.lineAt(pos).strip();
                if (!command.equals("/exit") && !command.startsWith("/exit ")) {
                    throw new ScriptFailed(name + ":" + line + ": " + command.split("\\s+")[0]
                            + " is a jshell command that run does not do (only /exit)", null);
                }
                return OptionalInt.of(exitStatus(script, line, command.substring("/exit".length()).strip()));
            }
            // as jshell reads a script: line by line, until the lines so far make a complete snippet
            int end = cell ? source.length() : script.endOfLine(pos);
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(source.substring(pos, end));
            while (!info.completeness().isComplete()) {
                if (end == source.length()) {
                    throw new ScriptFailed(name + ":" + line + ": the script ends inside this snippet: "
                            + script.lineAt(pos).strip(), null);
                }
                end = script.endOfLine(end + 1);
                info = analysis.analyzeCompletion(source.substring(pos, end));
            }
            SnippetEvent own = eval(script, line, info.source());
            if (printValues && own.value() != null
                    && (own.snippet() instanceof VarSnippet || own.snippet() instanceof ExpressionSnippet)) {
                out.println(name(own.snippet()) + " ==> " + own.value());
            }
            pos = script.skipBlanksAndComments(end - info.remaining().length());
        }
        return OptionalInt.empty();
    }

    /** The status {@code /exit} asks for: 0, or the value of its int expression. */
    private int exitStatus(Script script, int line, String expression) throws ScriptFailed {
        if (expression.isEmpty()) {
            return 0;
        }
        String value = eval(script, line, expression).value();
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ScriptFailed(script.name + ":" + line + ": /exit " + expression + " is " + value
                    + ", not an int", null);
        }
    }

    /** Evaluates one snippet starting at {@code line}; returns its own event, or fails naming the line. */
    private SnippetEvent eval(Script script, int line, String snippet) throws ScriptFailed {
        List<SnippetEvent> events;
        try {
            events = shell.eval(snippet);
        } catch (IllegalStateException e) { // the shell closed itself: its JVM is gone
            throw new ScriptFailed(script.name + ":" + line + ": the JVM that runs the snippets has ended (System.exit "
                    + "in an earlier snippet?)", e);
        }
        SnippetEvent own = null;
        for (SnippetEvent e : events) {
            if (e.causeSnippet() == null) { // not an earlier snippet that this one updated
                own = e;
            }
        }
        if (own == null) {
            throw new ScriptFailed(script.name + ":" + line + ": jshell made nothing of " + snippet.strip(), null);
        }
        starts.put(own.snippet().id(), new Where(script.name, line));
        Snippet.Status status = own.status();
        if (status == Snippet.Status.REJECTED) {
            String reasons = shell.diagnostics(own.snippet()).filter(Diag::isError)
                    .map(d -> diagnostic(d, snippet, line)).collect(Collectors.joining("; "));
            throw new ScriptFailed(script.name + ":" + (reasons.isEmpty() ? line + ": rejected" : reasons), null);
        }
        if (status == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
            String missing = own.snippet() instanceof jdk.jshell.DeclarationSnippet d
                    ? shell.unresolvedDependencies(d).collect(Collectors.joining(", ")) : "?";
            throw new ScriptFailed(script.name + ":" + line + ": " + name(own.snippet()) + " needs " + missing
                    + ", which the script has not defined", null);
        }
        JShellException thrown = own.exception();
        if (thrown != null) {
            String type = thrown instanceof EvalException ee ? ee.getExceptionClassName() : thrown.getClass().getName();
            String message = thrown.getMessage() == null ? "" : ": " + thrown.getMessage();
            throw new ScriptFailed(script.name + ":" + line + ": " + type + message + thrownAt(thrown, script.name, line),
                    thrown);
        }
        return own;
    }

    /** A compiler error as {@code LINE: message}, with the script line it points at. */
    private static String diagnostic(Diag d, String snippet, int line) {
        int at = (int) Math.max(0, Math.min(d.getStartPosition(), snippet.length()));
        int lines = (int) snippet.substring(0, at).chars().filter(c -> c == '\n').count();
        // javac's "location: class" names the wrapper class jshell puts each snippet in: nothing a script shows
        String message = d.getMessage(Locale.ROOT).replaceAll("\\s*location: class\\s*$", "");
        return (line + lines) + ": " + message.replaceAll("\\s+", " ");
    }

    /** Where in a script {@code thrown} was thrown ({@code " (at mesh.jsh:12)"}) when not on the failing line. */
    private String thrownAt(JShellException thrown, String script, int line) {
        for (StackTraceElement frame : thrown.getStackTrace()) {
            // snippet code runs as class files named #ID, with lines counted from the snippet's first
            String file = frame.getFileName();
            Where start = file != null && file.startsWith("#") ? starts.get(file.substring(1)) : null;
            if (start != null && frame.getLineNumber() > 0) {
                Where at = new Where(start.script, start.line + frame.getLineNumber() - 1);
                return at.equals(new Where(script, line)) ? "" : " (at " + at.script + ":" + at.line + ")";
            }
        }
        return "";
    }

    /** The name jshell shows a value under: the variable's, or {@code $N} for an expression. */
    private static String name(Snippet s) {
        return s instanceof VarSnippet v ? v.name() : s instanceof ExpressionSnippet e ? e.name() : s.source();
    }

    /** A script's text with its name, and the positions jshell's script reader cares about. */
    private record Script(String name, String source) {

        boolean isCommand(int pos) {
            return source.startsWith("/", pos) && !source.startsWith("//", pos) && !source.startsWith("/*", pos);
        }

        /** The first position at or after {@code pos} that is not blank or in a comment. */
        int skipBlanksAndComments(int pos) throws ScriptFailed {
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
                        throw new ScriptFailed(name + ":" + lineOf(i) + ": comment never closed", null);
                    }
                    i = end + 2;
                } else {
                    break;
                }
            }
            return i;
        }

        int lineOf(int pos) {
            return 1 + (int) source.substring(0, pos).chars().filter(c -> c == '\n').count();
        }

        /** The position of the line end at or after {@code pos}, or the source's length. */
        int endOfLine(int pos) {
            int eol = source.indexOf('\n', pos);
            return eol < 0 ? source.length() : eol;
        }

        String lineAt(int pos) {
            return source.substring(pos, endOfLine(pos));
        }
    }
}
