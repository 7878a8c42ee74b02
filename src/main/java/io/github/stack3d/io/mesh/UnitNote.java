package io.github.stack3d.io.mesh;

/**
 * The note stack3d writes into each file it makes (a PLY comment, an OBJ comment, the STL header and solid
 * name): {@code stack3d: coordinates in mm}. Readers take the coordinates' unit back from it; files without it
 * get {@code px}. The note is ASCII, as PLY and STL headers must be: any other character is written as a
 * backslash, {@code u} and four hex digits (µm as backslash-u-00b5-m, the Java escape), and read back.
 */
final class UnitNote {

    /** The unit of files that do not say theirs. */
    static final String NO_UNIT = "px";

    private static final String MARK = "coordinates in ";

    private UnitNote() {
    }

    /** The note for coordinates in {@code unit}, in ASCII (line breaks in the unit become spaces). */
    static String of(String unit) {
        StringBuilder s = new StringBuilder("stack3d: ").append(MARK);
        for (char c : unit.replace('\r', ' ').replace('\n', ' ').toCharArray()) {
            if (c >= 0x20 && c < 0x7F && c != '\\') {
                s.append(c);
            } else {
                s.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return s.toString();
    }

    /** The unit named in a note that {@code text} contains, or {@code fallback} when it contains none. */
    static String unitIn(String text, String fallback) {
        int s = text.indexOf("stack3d");
        int m = s < 0 ? -1 : text.indexOf(MARK, s);
        if (m < 0) {
            return fallback;
        }
        String unit = unescape(text.substring(m + MARK.length()).replace('\0', ' ').strip());
        return unit.isEmpty() ? fallback : unit;
    }

    /** Backslash-u-hex escapes back to characters; anything else as it is. */
    private static String unescape(String text) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 5 < text.length() && text.charAt(i + 1) == 'u'
                    && text.substring(i + 2, i + 6).chars().allMatch(h -> Character.digit(h, 16) >= 0)) {
                s.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }
}
