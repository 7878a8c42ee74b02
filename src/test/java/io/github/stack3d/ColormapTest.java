package io.github.stack3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.render.LabelColors;
import org.junit.jupiter.api.Test;

class ColormapTest {

    /**
     * Entries 0, 128 and 255 as matplotlib 3.6.3 (Debian python3-matplotlib) gives them, printed by
     * {@code /usr/bin/python3 -c "from matplotlib import colormaps; print(['0x%02X%02X%02X' % tuple(round(c*255)
     * for c in colormaps['viridis'](i)[:3]) for i in (0,128,255)])"} (and magma, inferno, plasma).
     */
    @Test
    void matplotlibEntriesAreMatplotlibs() {
        check(Colormap.VIRIDIS, 0x440154, 0x21918C, 0xFDE725);
        check(Colormap.MAGMA, 0x000004, 0xB73779, 0xFCFDBF);
        check(Colormap.INFERNO, 0x000004, 0xBC3754, 0xFCFFA4);
        check(Colormap.PLASMA, 0x0D0887, 0xCC4778, 0xF0F921);
    }

    private static void check(Colormap map, int first, int middle, int last) {
        assertEquals(first, map.rgb(0), map + " entry 0");
        assertEquals(middle, map.rgb(128), map + " entry 128");
        assertEquals(last, map.rgb(255), map + " entry 255");
        assertEquals(first, map.rgb(0.0), map + " at 0");
        assertEquals(last, map.rgb(1.0), map + " at 1");
        assertEquals(middle, map.rgb(128 / 255.0), map + " at 128/255");
    }

    @Test
    void grayIsBlackToWhite() {
        assertEquals(0x000000, Colormap.GRAY.rgb(0.0));
        assertEquals(0x808080, Colormap.GRAY.rgb(128));
        assertEquals(0xFFFFFF, Colormap.GRAY.rgb(2.0));
        assertEquals(0x000000, Colormap.GRAY.rgb(Double.NaN));
    }

    @Test
    void labelsGiveEachLabelItsOwnColor() {
        assertTrue(Colormap.LABELS.forLabels());
        assertEquals(0, Colormap.LABELS.label(0));
        for (int k : new int[] {1, 2, 7, 255, 256, 1000, 123456}) {
            assertEquals(LabelColors.rgb(k), Colormap.LABELS.label(k), "label " + k);
        }
        assertEquals(LabelColors.rgb(3), Colormap.LABELS.rgb(3));
        assertEquals(Colormap.VIRIDIS.rgb(255), Colormap.VIRIDIS.label(1000), "a value map clamps label numbers");
    }

    @Test
    void ofChecksItsTable() {
        assertThrows(IllegalArgumentException.class, () -> Colormap.of("short", new int[10]));
        assertThrows(IllegalArgumentException.class, () -> Colormap.of(null, new int[256]));
        assertEquals("Colormap[viridis]", Colormap.VIRIDIS.toString());
    }
}
