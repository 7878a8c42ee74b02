package io.github.stack3d.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A command's help as picocli laid it out: the synopsis (flags, then valued options, each sorted, then the
 * parameters), the description, the parameters and options in declaration order with their descriptions
 * ({@code ${DEFAULT-VALUE}} filled in), the commands last; 80 columns.
 */
public final class Help {

    private static final int WIDTH = 80;
    /** Names and labels up to this long share a line with their description. */
    private static final int NAME_COLUMN = 20;

    private Help() {
    }

    /** Prints the help of {@code options} run as {@code name}; {@code commands} (name to description) may be empty. */
    public static void print(PrintWriter out, String name, Options options, Map<String, String> commands) {
        List<String> synopsis = new ArrayList<>(List.of("[-hV]"));
        Comparator<Options.Option> byName = Comparator.comparing(o -> o.name().substring(2));
        options.options.stream().filter(o -> o.label() == null).sorted(byName)
                .forEach(o -> synopsis.add("[" + o.shown() + "]"));
        options.options.stream().filter(o -> o.label() != null).sorted(byName)
                .forEach(o -> synopsis.add("[" + o.shown() + "]"));
        options.parameters.forEach(p -> synopsis.add(p.label()));
        if (!commands.isEmpty()) {
            synopsis.add("[COMMAND]");
        }
        String usage = "Usage: " + name + " ";
        out.print(wrap(synopsis, usage, " ".repeat(usage.length()), WIDTH));
        out.print(wrap(List.of(options.description.split(" ")), "", "", WIDTH - 1));
        List<String[]> rows = new ArrayList<>();
        options.parameters.forEach(p -> rows.add(new String[] {"   ", p.label(), p.description()}));
        options.options.forEach(o -> rows.add(new String[] {"   ", o.shown(), o.defaultValue() == null
                ? o.description() : o.description().replace("${DEFAULT-VALUE}", o.defaultValue())}));
        rows.add(new String[] {"-h,", "--help", "Show this help message and exit."});
        rows.add(new String[] {"-V,", "--version", "Print version information and exit."});
        int width = rows.stream().mapToInt(r -> r[1].length()).filter(n -> n <= NAME_COLUMN).max().orElse(0);
        for (String[] r : rows) {
            String left = "  " + r[0] + " " + r[1];
            out.print(column(left, 6 + width + 3, r[2]));
        }
        if (!commands.isEmpty()) {
            out.println("Commands:");
            int names = commands.keySet().stream().mapToInt(String::length).max().orElse(0);
            commands.forEach((command, description) -> out.print(column("  " + command, 2 + names + 2, description)));
        }
        out.flush();
    }

    /** {@code left}, then {@code text} wrapped from column {@code at} (on the next line if {@code left} reaches it). */
    private static String column(String left, int at, String text) {
        String indent = " ".repeat(at);
        String first = left.length() + 1 < at ? left + " ".repeat(at - left.length()) : left + "\n" + indent;
        return wrap(List.of(text.split(" ")), first, indent + "  ", WIDTH - 1);
    }

    /** {@code words} joined by spaces into lines of at most {@code width}, the first after {@code first}. */
    private static String wrap(List<String> words, String first, String indent, int width) {
        StringBuilder text = new StringBuilder(first);
        int line = text.length() - text.lastIndexOf("\n") - 1;
        boolean start = true;
        for (String w : words) {
            if (!start && line + 1 + w.length() > width) {
                text.append('\n').append(indent);
                line = indent.length();
                start = true;
            }
            if (!start) {
                text.append(' ');
                line++;
            }
            text.append(w);
            line += w.length();
            start = false;
        }
        return text.append('\n').toString();
    }
}
