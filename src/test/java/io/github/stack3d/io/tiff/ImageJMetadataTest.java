package io.github.stack3d.io.tiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.stack3d.Grid;
import org.junit.jupiter.api.Test;

class ImageJMetadataTest {

    @Test
    void spacingFromDescriptionAndResolution() {
        // the MRI stack's tags (shared/data/real/README.md): X/YResolution 1000000/1000000, unit=pixel, spacing=7.0
        assertEquals(Grid.of(1, 1, 7, "px"), ImageJMetadata.spacing(
                "ImageJ=1.51n\nimages=27\nslices=27\nunit=pixel\nspacing=7.0\nloop=false\n", 1.0, 1.0, 0));
        assertEquals(Grid.of(0.5, 0.25, 2, "µm"),
                ImageJMetadata.spacing("ImageJ=1.54f\nunit=micron\nspacing=2\n", 0.5, 0.25, 0));
        assertEquals(Grid.of(0.5, 0.5, 1, "µm"),
                ImageJMetadata.spacing("ImageJ=1.54f\nunit=um\n", 0.5, Double.NaN, 0));
        assertEquals(Grid.of(1, 1, 3, "nm"), ImageJMetadata.spacing("ImageJ=\nunit=nm\nspacing=-3\n", Double.NaN,
                Double.NaN, 0));
    }

    @Test
    void withoutImageJDescriptionOrUnitTheResolutionIsNotASize() {
        assertEquals(Grid.PIXELS, ImageJMetadata.spacing("", 1 / 72.0, 1 / 72.0, 2));
        assertEquals(Grid.PIXELS, ImageJMetadata.spacing("{\"shape\": [3, 23, 37]}", 0.5, 0.5, 3));
        assertEquals(Grid.PIXELS, ImageJMetadata.spacing("ImageJ=1.46r\nimages=114\nslices=114\n", 1 / 72.0,
                1 / 72.0, 0));
        // ImageJ takes the unit from ResolutionUnit when the description has none (ij.io.TiffDecoder)
        assertEquals(Grid.of(0.0125, 0.0125, 1, "inch"),
                ImageJMetadata.spacing("ImageJ=1.51k\n", 0.0125, 0.0125, 2));
        assertEquals(Grid.of(0.1, 0.1, 1, "cm"), ImageJMetadata.spacing("ImageJ=1.51k\n", 0.1, 0.1, 3));
    }

    @Test
    void unitsInStack3dWords() {
        assertEquals("µm", ImageJMetadata.unit("micron"));
        assertEquals("µm", ImageJMetadata.unit("\\u00B5m"));
        assertEquals("µm", ImageJMetadata.unit("\u03BCm"));
        assertEquals("px", ImageJMetadata.unit("pixel"));
        assertEquals("px", ImageJMetadata.unit("pixels"));
        assertEquals("Å", ImageJMetadata.unit("\\u00C5"));
        assertEquals("mm", ImageJMetadata.unit(" mm "));
        assertEquals("micron", ImageJMetadata.imageJUnit("µm"));
        assertEquals("pixel", ImageJMetadata.imageJUnit("px"));
        assertEquals("\\u00C5", ImageJMetadata.imageJUnit("Å"));
        assertEquals("nm", ImageJMetadata.imageJUnit("nm"));
    }

    @Test
    void descriptionIsWhatImageJWrites() {
        assertEquals("ImageJ=1.54f\nimages=27\nslices=27\nunit=pixel\nspacing=7.0\nloop=false\n",
                ImageJMetadata.description(27, Grid.of(1, 1, 7, "px")));
        assertEquals("ImageJ=1.54f\nunit=micron\nspacing=0.3\nloop=false\n",
                ImageJMetadata.description(1, Grid.of(1, 1, 0.3, "µm")));
        assertEquals(3, ImageJMetadata.resolutionUnit(Grid.of(1, 1, 1, "cm")));
        assertEquals(2, ImageJMetadata.resolutionUnit(Grid.of(1, 1, 1, "inch")));
        assertEquals(1, ImageJMetadata.resolutionUnit(Grid.of(1, 1, 1, "µm")));
    }

    @Test
    void resolutionIsTheReciprocalOfTheClosestShortFraction() {
        assertArrayEquals(new long[] {10, 3}, ImageJMetadata.resolution(0.3));
        assertArrayEquals(new long[] {5000, 617}, ImageJMetadata.resolution(0.1234));
        assertArrayEquals(new long[] {1, 7}, ImageJMetadata.resolution(7));
        assertArrayEquals(new long[] {1, 1}, ImageJMetadata.resolution(1));
        for (double size : new double[] {0.3, 0.1234, 1 / 3.0, Math.PI, 1e-6, 123456.789, 2.5e-3}) {
            long[] r = ImageJMetadata.resolution(size);
            assertEquals(size, (double) r[1] / r[0], "pixel size " + size + " from " + r[0] + "/" + r[1]);
        }
        assertArrayEquals(new long[] {0xFFFFFFFFL, 1}, ImageJMetadata.rational(1e12));
        assertArrayEquals(new long[] {1, 0xFFFFFFFFL}, ImageJMetadata.rational(1e-12));
    }
}
