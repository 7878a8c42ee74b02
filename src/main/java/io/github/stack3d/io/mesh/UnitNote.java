package io.github.stack3d.io.mesh;

/**
 * The note stack3d writes into each file it makes (a PLY comment, an OBJ comment, the STL header and solid
 * name): {@code stack3d: coordinates in µm}. Readers take the coordinates' unit back from it; files without it
 * get {@code px}.
 */
final class UnitNote {

    /** The unit of files that do not say theirs. */
    static final String NO_UNIT = "px";

    private static final String MARK = "coordinates in ";

    private UnitNote() {
    }

    /** The note for coordinates in {@code unit} (line breaks in the unit become spaces). */
    static String of(String unit) {
        return "stack3d: " + MARK + unit.replace('\r', ' ').replace('\n', ' ');
    }

    /** The unit named in a note that {@code text} contains, or {@code fallback} when it contains none. */
    static String unitIn(String text, String fallback) {
        int s = text.indexOf("stack3d");
        int m = s < 0 ? -1 : text.indexOf(MARK, s);
        if (m < 0) {
            return fallback;
        }
        String unit = text.substring(m + MARK.length()).replace('\0', ' ').strip();
        return unit.isEmpty() ? fallback : unit;
    }
}
