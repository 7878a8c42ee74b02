package io.github.stack3d.render;

import io.github.stack3d.Checks;
import io.github.stack3d.Mask;
import io.github.stack3d.Parallel;
import io.github.stack3d.SampleType;
import io.github.stack3d.SliceSource;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * A contact sheet of a stack: evenly spaced slices (the first and the last included) in a grid about as wide as
 * high, each labelled with its slice index ({@code z=12}), with thin dark gaps between tiles.
 *
 * <pre>{@code
 * BufferedImage sheet = Montage.of(stack);          // up to 16 slices
 * BufferedImage all = Montage.of(mask, 100);        // up to 100 slices
 * }</pre>
 *
 * <p>Slices are drawn as {@link SliceImage} draws them (x right, y down, one grey scale for the whole stack).
 * Large slices are shrunk (by box averaging) so that the montage is at most {@value #MAX_SIZE} pixels wide and
 * high; small slices are enlarged by a whole factor, each voxel a square, so that labels stay readable. Tiles too
 * small to hold a label (many tiles of tiny slices, under about 40 px) show no label.
 */
public final class Montage {

    /** Slices shown when no number is given. */
    public static final int DEFAULT_TILES = 16;

    /** Largest width and height of a montage in pixels. */
    public static final int MAX_SIZE = 2048;

    /** Grey level of the gaps between tiles. */
    static final int GAP_GREY = 64;

    private Montage() {
    }

    /** Up to {@value #DEFAULT_TILES} evenly spaced slices of a stack; see {@link #of(SliceSource, int)}. */
    public static BufferedImage of(SliceSource volume) {
        return of(volume, DEFAULT_TILES);
    }

    /**
     * Up to {@code tiles} evenly spaced slices of a volume as a labelled grid.
     *
     * @param volume the stack
     * @param tiles  how many slices to show, 1 or more; a stack with fewer slices shows them all
     * @return a {@code TYPE_BYTE_GRAY} image, at most {@value #MAX_SIZE} pixels each way
     */
    public static BufferedImage of(SliceSource volume, int tiles) {
        Checks.requireNonNull(volume, "volume");
        int[] slices = TileGrid.slices(volume.depth(), tiles);
        if (volume.type() == SampleType.INT32) {
            return rgb(volume.width(), volume.height(), slices, z -> LabelColors.slice(volume.ints(z)));
        }
        GreyScale scale = GreyScale.of(volume, slices);
        return grey(volume.width(), volume.height(), slices, z -> scale.slice(volume, z));
    }

    /** Up to {@value #DEFAULT_TILES} slices with the mask drawn over them; see {@link #overlay(SliceSource, Mask, int)}. */
    public static BufferedImage overlay(SliceSource volume, Mask mask) {
        return overlay(volume, mask, DEFAULT_TILES);
    }

    /**
     * Up to {@code tiles} evenly spaced slices with the mask drawn over them as
     * {@link SliceImage#overlay(SliceSource, Mask, int)} draws one slice.
     *
     * @return a {@code TYPE_INT_RGB} image, at most {@value #MAX_SIZE} pixels each way
     * @throws IllegalArgumentException when the mask and volume differ in size, or {@code tiles < 1}
     */
    public static BufferedImage overlay(SliceSource volume, Mask mask, int tiles) {
        SliceImage.requireSameSize(volume, mask);
        int[] slices = TileGrid.slices(volume.depth(), tiles);
        GreyScale scale = GreyScale.of(volume, slices);
        int color = SliceImage.MASK_COLOR.getRGB();
        return rgb(volume.width(), volume.height(), slices,
                z -> SliceImage.overlaySlice(scale.slice(volume, z), mask, z, color));
    }

    private static BufferedImage rgb(int width, int height, int[] slices, IntFunction<int[]> slice) {
        TileGrid grid = TileGrid.of(slices.length, width, height, MAX_SIZE);
        int[][] tileData = new int[slices.length][];
        Parallel.forEach(slices.length, k -> tileData[k] = Resample.rgb(slice.apply(slices[k]), width, height,
                grid.tileWidth(), grid.tileHeight()));
        BufferedImage image = new BufferedImage(grid.width(), grid.height(), BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        Arrays.fill(pixels, GAP_GREY * 0x010101);
        place(tileData, pixels, grid);
        label(image, grid, slices);
        return image;
    }

    private static BufferedImage grey(int width, int height, int[] slices, IntFunction<byte[]> slice) {
        TileGrid grid = TileGrid.of(slices.length, width, height, MAX_SIZE);
        byte[][] tileData = new byte[slices.length][];
        Parallel.forEach(slices.length, k -> tileData[k] = Resample.grey(slice.apply(slices[k]), width, height,
                grid.tileWidth(), grid.tileHeight()));
        BufferedImage image = new BufferedImage(grid.width(), grid.height(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        Arrays.fill(pixels, (byte) GAP_GREY);
        place(tileData, pixels, grid);
        label(image, grid, slices);
        return image;
    }

    /** Copies tile k ({@code byte[]} or {@code int[]}, row-major) into its place in the montage's pixels. */
    private static void place(Object[] tiles, Object pixels, TileGrid grid) {
        for (int k = 0; k < tiles.length; k++) {
            for (int y = 0; y < grid.tileHeight(); y++) {
                System.arraycopy(tiles[k], y * grid.tileWidth(), pixels,
                        (grid.tileY(k) + y) * grid.width() + grid.tileX(k), grid.tileWidth());
            }
        }
    }

    /**
     * Writes {@code z=INDEX} in the top left corner of each tile: white antialiased bold sans-serif on a
     * rounded 65 % black box, 1/16 of the tile high (11 to 32 px: readable when a notebook shows a
     * large montage shrunk). A tile too small for its label (narrower than the box, or under twice its height)
     * is left unlabelled rather than covered.
     */
    private static void label(BufferedImage image, TileGrid grid, int[] slices) {
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            int size = Math.max(11, Math.min(32, Math.round(Math.min(grid.tileWidth(), grid.tileHeight()) / 16f)));
            Font font = new Font(Font.SANS_SERIF, Font.BOLD, size);
            g.setFont(font);
            FontMetrics metrics = g.getFontMetrics();
            int pad = Math.max(2, size / 4);
            int margin = Math.max(2, size / 4);
            for (int k = 0; k < slices.length; k++) {
                String text = "z=" + slices[k];
                int x = grid.tileX(k);
                int y = grid.tileY(k);
                float boxW = metrics.stringWidth(text) + 2 * pad;
                float boxH = size + 2 * pad;
                if (boxW + 2 * margin > grid.tileWidth() || boxH + 2 * margin > grid.tileHeight() / 2f) {
                    continue;
                }
                g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.65f));
                g.setColor(Color.BLACK);
                g.fill(new RoundRectangle2D.Float(x + margin, y + margin, boxW, boxH, pad * 2f, pad * 2f));
                g.setComposite(AlphaComposite.SrcOver);
                g.setColor(Color.WHITE);
                float baseline = y + margin + pad + (boxH - 2 * pad + metrics.getAscent() - metrics.getDescent()) / 2f;
                g.drawString(text, x + margin + pad, baseline);
            }
        } finally {
            g.dispose();
        }
    }
}
