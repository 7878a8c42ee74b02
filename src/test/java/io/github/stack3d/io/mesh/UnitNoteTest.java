package io.github.stack3d.io.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnitNoteTest {

    @Test
    void writesAndFindsTheUnit() {
        // headers are ASCII: µ is written as its Java escape and read back
        assertEquals("stack3d: coordinates in \\u00b5m", UnitNote.of("µm"));
        assertEquals("µm", UnitNote.unitIn(UnitNote.of("µm"), "px"));
        assertEquals("a\\b µ", UnitNote.unitIn(UnitNote.of("a\\b µ"), "px"), "a backslash round-trips too");
        assertEquals("µm", UnitNote.unitIn("comment stack3d: coordinates in µm", "px"));
        assertEquals("mm", UnitNote.unitIn("stack3d: coordinates in mm      \0\0", "px"), "STL header padding");
        assertEquals("a b", UnitNote.unitIn(UnitNote.of("a\nb"), "px"), "a line break cannot end the note");
    }

    @Test
    void fallsBackWithoutAStack3dNote() {
        assertEquals("px", UnitNote.unitIn("VCGLIB generated", "px"));
        assertEquals("px", UnitNote.unitIn("made by other software, coordinates in cm", "px"));
        assertEquals("px", UnitNote.unitIn("stack3d: coordinates in ", "px"));
    }
}
