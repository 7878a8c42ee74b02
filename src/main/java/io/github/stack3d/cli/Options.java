package io.github.stack3d.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * One command's command line: its description, options and parameters, each declared once with the field it sets,
 * then read from the words given ({@link #parse}) and shown as help ({@link Help}). The rules are picocli's, which
 * the command lines used before: {@code --name value} or {@code --name=value}; a flag takes no value (or
 * {@code =true|false}) and {@code --[no-]name} negates one; each option at most once; a default is converted as a
 * given value is, before the words; the parameters, in order, are all required; {@code --} ends the options. Every
 * command has {@code -h}/{@code --help} and {@code -V}/{@code --version}, which win over any mistake in the other
 * words; {@code -hV} clusters them.
 */
public final class Options {

    /** Turns a word into an option's value, or throws {@link IllegalArgumentException} saying why it cannot. */
    @FunctionalInterface
    public interface Type<T> {
        /** The value {@code word} gives. */
        T convert(String word);
    }

    /** The word as it is. */
    public static final Type<String> TEXT = w -> w;
    /** A {@link Double#valueOf} number, NaN and infinities included (the commands refuse those themselves). */
    public static final Type<Double> DOUBLE = w -> parsed(w, "a double", Double::valueOf);
    /** An {@link Integer#valueOf} number. */
    public static final Type<Integer> INT = w -> parsed(w, "an int", Integer::valueOf);
    /** {@code true} or {@code false}, in any case: a flag's {@code --name=value}. */
    private static final Type<Boolean> BOOLEAN = w -> {
        if (!w.equalsIgnoreCase("true") && !w.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException("'" + w + "' is not a boolean");
        }
        return Boolean.valueOf(w);
    };
    /** A file or folder. */
    public static final Type<Path> PATH = Path::of;

    /** One option: {@code label} null for a flag, {@code defaultValue} null for none. */
    record Option(String name, String label, String description, String defaultValue, boolean negatable,
                  Consumer<String> set) {
        /** The name as help shows it: {@code --[no-]progress}, {@code --level=L}. */
        String shown() {
            return (negatable ? "--[no-]" + name.substring(2) : name) + (label == null ? "" : "=" + label);
        }
    }

    /** One parameter, in order, required. */
    record Parameter(String label, String description, Consumer<String> set) {
    }

    final String description;
    final List<Option> options = new ArrayList<>();
    final List<Parameter> parameters = new ArrayList<>();
    private Consumer<String> unmatched;
    private boolean help;
    private boolean version;
    /** The first wrong value in the words read. */
    private String wrong;

    /** A command line with {@code --help} and {@code --version} only, yet. */
    public Options(String description) {
        this.description = description;
    }

    /** Declares an option {@code name} (no default) whose value {@code type} converts for {@code set}. */
    public <T> Options option(String name, String label, String description, Type<T> type, Consumer<T> set) {
        return option(name, label, description, null, type, set);
    }

    /**
     * Declares an option {@code name} set to {@code defaultValue} unless given; {@code ${DEFAULT-VALUE}} in the
     * description shows the default in help.
     */
    public <T> Options option(String name, String label, String description, String defaultValue, Type<T> type,
                              Consumer<T> set) {
        options.add(new Option(name, label, description, defaultValue, false, w -> set.accept(type.convert(w))));
        return this;
    }

    /** Declares a flag: {@code set} gets true when it is given. */
    public Options flag(String name, String description, Consumer<Boolean> set) {
        options.add(new Option(name, null, description, null, false, w -> set.accept(Boolean.valueOf(w))));
        return this;
    }

    /** Declares a flag that {@code --no-NAME} turns off: {@code set} gets true or false when either is given. */
    public Options negatable(String name, String description, Consumer<Boolean> set) {
        options.add(new Option(name, null, description, null, true, w -> set.accept(Boolean.valueOf(w))));
        return this;
    }

    /** Declares the next parameter, required. */
    public <T> Options parameter(String label, String description, Type<T> type, Consumer<T> set) {
        parameters.add(new Parameter(label, description, w -> set.accept(type.convert(w))));
        return this;
    }

    /** Declares the options and parameters that {@code part} (a group of them several commands share) adds. */
    public Options with(Consumer<Options> part) {
        part.accept(this);
        return this;
    }

    /** Words that are no option or parameter of this command go to {@code words}, not to a usage error. */
    public Options unmatched(Consumer<String> words) {
        unmatched = words;
        return this;
    }

    /** Whether {@code --help} was given. */
    public boolean help() {
        return help;
    }

    /** Whether {@code --version} was given. */
    public boolean version() {
        return version;
    }

    /** Reads all of {@code words} from index {@code from} into the fields. */
    public void parse(String[] words, int from) {
        parse(words, from, w -> false);
    }

    /**
     * Reads {@code words} from index {@code from} into the fields, up to the first word in a parameter's place that
     * {@code command} accepts (a subcommand's name), and returns that word's index (else the number of words).
     *
     * @throws UsageException for words that cannot be understood, unless {@code --help} or {@code --version} was
     *                        given: the first wrong value, else the missing parameters, else the unknown words
     */
    public int parse(String[] words, int from, Predicate<String> command) {
        for (Option o : options) {
            if (o.defaultValue != null) {
                o.set.accept(o.defaultValue);
            }
        }
        Set<String> given = new HashSet<>();
        List<String> unknown = new ArrayList<>();
        int unknownAt = -1;
        int next = 0;
        boolean named = true;
        int i = from;
        for (; i < words.length; i++) {
            String w = words[i];
            Option o = named ? option(w) : null;
            if (named && w.equals("--")) {
                named = false;
            } else if (named && isStandard(w)) {
                help |= w.indexOf('h') > 0; // --help, or -h in a cluster
                version |= w.equals("--version") || w.indexOf('V') > 0;
            } else if (o != null) {
                i = read(o, words, i, given);
            } else if (next == parameters.size() && command.test(w)) {
                break;
            } else if (named && w.length() > 1 && w.startsWith("-") && !isNumber(w) || next == parameters.size()) {
                if (unmatched != null) {
                    unmatched.accept(w);
                } else if (unknown.add(w) && unknownAt < 0) {
                    unknownAt = i;
                }
            } else {
                Parameter p = parameters.get(next++);
                set(p.set, w, "positional parameter at index " + (next - 1) + " (" + p.label + ")");
            }
        }
        if (!help && !version) {
            requireUnderstood(unknown, unknownAt, next);
        }
        return i;
    }

    /** Reads option {@code o} at {@code words[i]} and its value; returns the index of the last word it took. */
    private int read(Option o, String[] words, int i, Set<String> given) {
        String w = words[i];
        String value = w.indexOf('=') < 0 ? null : w.substring(w.indexOf('=') + 1);
        if (o.label != null && value == null) {
            boolean last = i + 1 == words.length;
            if (last || option(words[i + 1]) != null || isStandard(words[i + 1])) {
                wrong(last ? "Missing required parameter for option '" + o.name + "' (" + o.label + ")"
                        : "Expected parameter for option '" + o.name + "' but found '" + words[i + 1] + "'");
                return i;
            }
            value = words[++i];
        }
        if (!given.add(o.name)) {
            wrong("option '" + o.name + "'" + (o.label == null ? "" : " (" + o.label + ")")
                    + " should be specified only once");
        }
        if (o.label == null) { // a flag: true, or its =value; --no- turns it round
            set(v -> o.set.accept(String.valueOf(BOOLEAN.convert(v) != w.startsWith("--no-"))),
                    value == null ? "true" : value, "option '" + o.name + "'");
        } else {
            set(o.set, value, "option '" + o.name + "'");
        }
        return i;
    }

    /** Gives {@code value} to {@code set}; a value it refuses is a wrong value of {@code what}. */
    private void set(Consumer<String> set, String value, String what) {
        try {
            set.accept(value);
        } catch (IllegalArgumentException e) {
            wrong("Invalid value for " + what + ": " + e.getMessage());
        }
    }

    /** Keeps {@code message} if it is the first wrong value. */
    private void wrong(String message) {
        wrong = wrong != null ? wrong : message;
    }

    /** Throws the usage error the words made, if any. */
    private void requireUnderstood(List<String> unknown, int unknownAt, int next) {
        if (wrong != null) {
            throw new UsageException(wrong);
        }
        if (next < parameters.size()) {
            List<Parameter> missing = parameters.subList(next, parameters.size());
            throw new UsageException("Missing required parameter" + (missing.size() > 1 ? "s: " : ": ")
                    + String.join(", ", missing.stream().map(p -> "'" + p.label + "'").toList()));
        }
        if (!unknown.isEmpty()) {
            String listed = String.join(", ", unknown.stream().map(w -> "'" + w + "'").toList());
            boolean plural = unknown.size() > 1;
            throw new UsageException(unknown.stream().anyMatch(w -> w.length() > 1 && w.startsWith("-"))
                    ? "Unknown option" + (plural ? "s: " : ": ") + listed
                    : "Unmatched argument" + (plural ? "s from index " : " at index ") + unknownAt + ": " + listed);
        }
    }

    /** The option {@code word} names ({@code --name}, {@code --no-name}, {@code --name=value}), or null. */
    private Option option(String word) {
        for (Option o : options) {
            if (word.equals(o.name) || word.startsWith(o.name + "=") || o.negatable
                    && (word.equals("--no-" + o.name.substring(2)) || word.startsWith("--no-" + o.name.substring(2)
                    + "="))) {
                return o;
            }
        }
        return null;
    }

    /** {@code --help}, {@code --version}, or a cluster of {@code -h} and {@code -V}. */
    private static boolean isStandard(String word) {
        if (word.equals("--help") || word.equals("--version")) {
            return true;
        }
        for (int k = 1; k < word.length(); k++) {
            if (word.charAt(k) != 'h' && word.charAt(k) != 'V') {
                return false;
            }
        }
        return word.length() > 1 && word.charAt(0) == '-';
    }

    private static boolean isNumber(String word) {
        try {
            Double.parseDouble(word);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static <T> T parsed(String word, String type, java.util.function.Function<String, T> parse) {
        try {
            return parse.apply(word);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + word + "' is not " + type);
        }
    }

    /** One of {@code type}'s constants, named in any case. */
    public static <E extends Enum<E>> Type<E> oneOf(Class<E> type) {
        return w -> {
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(w)) {
                    return e;
                }
            }
            throw new IllegalArgumentException("expected one of " + Arrays.toString(type.getEnumConstants())
                    + " (case-insensitive) but was '" + w + "'");
        };
    }
}
