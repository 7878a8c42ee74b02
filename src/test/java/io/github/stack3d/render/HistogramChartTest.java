package io.github.stack3d.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.stack3d.Chart;
import io.github.stack3d.Grid;
import io.github.stack3d.Labels;
import io.github.stack3d.Volume;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HistogramChartTest {

    /** 8-bit, 16×16×4: voxel i of each slice is i, except that the first 10 voxels of slice 0 are 7. */
    private static Volume bytes() {
        byte[][] s = new byte[4][256];
        for (int z = 0; z < 4; z++) {
            for (int i = 0; i < 256; i++) {
                s[z][i] = (byte) (z == 0 && i < 10 ? 7 : i);
            }
        }
        return Volume.ofBytes(16, 16, s, Grid.PIXELS);
    }

    /** Elements of the SVG (parsed as XML) whose id starts with {@code prefix}, with their tag names. */
    private static List<String> elements(String svg, String prefix) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        List<String> found = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getAttribute("id").startsWith(prefix)) {
                found.add(e.getLocalName() + "#" + e.getAttribute("id"));
            }
        }
        return found;
    }

    @Test
    void svgHasOneBarPerBinAndOneLinePerThreshold() throws Exception {
        Chart chart = HistogramChart.of(bytes(), 100.5, 30);
        List<String> bars = elements(chart.svg(), "bar-");
        assertEquals(256, bars.size(), bars.subList(0, Math.min(5, bars.size())).toString());
        assertTrue(bars.contains("rect#bar-0") && bars.contains("rect#bar-255"), bars.get(0));
        List<String> lines = elements(chart.svg(), "threshold-");
        assertEquals(List.of("line#threshold-0", "line#threshold-1"), lines);
        assertEquals(256, elements(chart.logarithmic().svg(), "bar-").size());
    }

    @Test
    void countsAreTheHistogram() {
        Chart chart = HistogramChart.of(bytes());
        long[] counts = chart.counts();
        assertEquals(4 * 256, java.util.Arrays.stream(counts).sum());
        assertEquals(3 + 10, counts[7], "value 7 in slices 1..3 and the first 10 voxels of slice 0");
        assertEquals(3, counts[5]);
        assertEquals(4, counts[200]);
        assertEquals(0.0, chart.edges()[0]);
        assertEquals(256.0, chart.edges()[256]);
        assertTrue(chart.title().contains("16×16×4"), chart.title());
    }

    @Test
    void sixteenBitGetsWholeValueBinsOverItsRangeAndFloat256() {
        short[][] s = {{1000, 1001, (short) 2023, 1500}};
        Chart c16 = HistogramChart.of(Volume.ofShorts(4, 1, s, Grid.PIXELS));
        // range 1000..2023 = 1024 values: 256 bins of 4 values
        assertEquals(256, c16.counts().length);
        assertEquals(1000.0, c16.edges()[0]);
        assertEquals(1004.0, c16.edges()[1]);
        assertEquals(2, c16.counts()[0]);
        assertEquals(1, c16.counts()[125], "1500 is in bin (1500 - 1000) / 4");
        float[][] f = {{-1f, 0f, 0.5f, 3f}};
        Chart cf = HistogramChart.of(Volume.ofFloats(4, 1, f, Grid.PIXELS));
        assertEquals(256, cf.counts().length);
        assertEquals(-1.0, cf.edges()[0]);
        assertEquals(3.0, cf.edges()[256]);
        assertThrows(IllegalArgumentException.class,
                () -> HistogramChart.of(Labels.of(1, 1, new int[][] {{1}}, Grid.PIXELS)));
    }

    @Test
    void imageHasTheChartsSizeBarsAndThresholdLine() {
        Chart chart = HistogramChart.of(bytes(), 128).withSize(500, 300);
        BufferedImage image = chart.toImage();
        assertEquals(500, image.getWidth());
        assertEquals(300, image.getHeight());
        assertEquals(0xFFFFFF, image.getRGB(2, 2) & 0xFFFFFF, "white background");
        int bars = 0;
        int red = 0;
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 500; x++) {
                int c = image.getRGB(x, y) & 0xFFFFFF;
                bars += c == 0x466EAA ? 1 : 0;
                red += c == 0xD72828 ? 1 : 0;
            }
        }
        // 4 of 15 count units of a 202-pixel plot over the 398-pixel axis: about 21,400 bar pixels
        assertTrue(bars > 18000, bars + " bar pixels");
        assertTrue(red > 150, red + " threshold pixels");
        assertNotEquals(chart.svg(), chart.logarithmic().svg());
        assertArrayEquals(chart.counts(), chart.logarithmic().counts());
    }

    @Test
    void badArgumentsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HistogramChart.of(bytes(), Double.NaN));
        assertTrue(e.getMessage().contains("threshold 0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Chart.histogram("t", "x", new double[] {0, 1},
                new long[] {1, 2}));
    }
}
