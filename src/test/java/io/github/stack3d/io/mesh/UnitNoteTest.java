package io.github.stack3d.io.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnitNoteTest {

    @Test
    void writesAndFindsTheUnit() {
        assertEquals("stack3d: coordinates in µm", UnitNote.of("µm"));
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
