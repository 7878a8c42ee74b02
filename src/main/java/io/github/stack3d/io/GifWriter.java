package io.github.stack3d.io;

import io.github.stack3d.Checks;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes animations as looping GIF files with the JDK's ImageIO GIF writer, atomically ({@link AtomicWrite}).
 *
 * <p>Every frame carries a Graphic Control Extension with its delay ({@code round(100 / fps)} hundredths of a
 * second, at least 1; GIF cannot say less) and the first a {@code NETSCAPE2.0} application extension with loop
 * count 0 (forever), which every browser and viewer honours. Colors: GIF holds 256 per frame; frames are mapped to a
 * fixed palette, a 6 × 7 × 6 cube (red, green, blue levels evenly spaced; 252 colors, green finest as the eye is
 * most sensitive to it) (the last 4 entries unused), with a 4 × 4 ordered (Bayer) dither choosing
 * between the two nearest levels of each channel: no per-frame palette search, so it is fast, one palette for
 * all frames so nothing flickers, and smooth shading shows a fine regular pattern instead of bands.
 */
public final class GifWriter {

    private static final int RL = 6;
    private static final int GL = 7;
    private static final int BL = 6;
    private static final IndexColorModel PALETTE = palette();
    /** Bayer's 4 × 4 threshold matrix, (0..15) / 16 of a level step. */
    private static final int[] BAYER = {0, 8, 2, 10, 12, 4, 14, 6, 3, 11, 1, 9, 15, 7, 13, 5};

    private GifWriter() {
    }

    /**
     * Writes {@code frames} to {@code file} as a looping animated GIF, replacing an existing file.
     *
     * @param frames the pictures, at least one, all of the same size
     * @param file   the GIF file; its folder must exist
     * @param fps    frames per second, finite and &gt; 0 (GIF stores delays in 1/100 s, so at most 100 is exact)
     * @return {@code file}
     * @throws IllegalArgumentException when an argument is null, {@code frames} is empty or mixes sizes, or
     *                                  {@code fps} is not finite and positive
     * @throws IOException              naming the file when its folder is missing or not writable, or writing fails
     */
    public static Path write(List<BufferedImage> frames, Path file, double fps) throws IOException {
        Checks.requireNonNull(frames, "frames");
        Checks.requireNonNull(file, "file");
        Checks.requireFinitePositive(fps, "fps");
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("frames is empty; expected at least one picture");
        }
        BufferedImage first = Checks.requireNonNull(frames.get(0), "frames[0]");
        for (int i = 1; i < frames.size(); i++) {
            BufferedImage f = Checks.requireNonNull(frames.get(i), "frames[" + i + "]");
            if (f.getWidth() != first.getWidth() || f.getHeight() != first.getHeight()) {
                throw new IllegalArgumentException("frames[" + i + "] is " + f.getWidth() + "×" + f.getHeight()
                        + "; frames[0] is " + first.getWidth() + "×" + first.getHeight() + ", all must match");
            }
        }
        int delay = (int) Math.max(1, Math.min(65535, Math.round(100 / fps)));
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try {
            return AtomicWrite.write(file, out -> {
                try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                    writer.setOutput(stream);
                    writer.prepareWriteSequence(null);
                    for (int i = 0; i < frames.size(); i++) {
                        BufferedImage indexed = indexed(frames.get(i));
                        ImageWriteParam param = writer.getDefaultWriteParam();
                        IIOMetadata meta = writer.getDefaultImageMetadata(new ImageTypeSpecifier(indexed), param);
                        frameMetadata(meta, delay, i == 0);
                        writer.writeToSequence(new IIOImage(indexed, null, meta), param);
                    }
                    writer.endWriteSequence();
                }
            });
        } finally {
            writer.dispose();
        }
    }

    private static void frameMetadata(IIOMetadata meta, int delay, boolean first) throws IOException {
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode gce = child(root, "GraphicControlExtension");
        gce.setAttribute("disposalMethod", "none");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", "FALSE");
        gce.setAttribute("delayTime", Integer.toString(delay));
        gce.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode apps = child(root, "ApplicationExtensions");
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[] {1, 0, 0}); // sub-block 1: loop count 0 = forever
            apps.appendChild(app);
        }
        meta.setFromTree(format, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    /** {@code image} in the fixed palette, dithered. */
    static BufferedImage indexed(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, PALETTE);
        byte[] px = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int c = row[x];
                int d = (BAYER[(y & 3) * 4 + (x & 3)] * 2 + 1) * 255 / 32; // threshold inside a level step
                int r = ((c >> 16 & 255) * (RL - 1) + d) / 255;
                int g = ((c >> 8 & 255) * (GL - 1) + d) / 255;
                int b = ((c & 255) * (BL - 1) + d) / 255;
                px[y * w + x] = (byte) ((r * GL + g) * BL + b);
            }
        }
        return out;
    }

    private static IndexColorModel palette() {
        byte[] r = new byte[256];
        byte[] g = new byte[256];
        byte[] b = new byte[256];
        for (int i = 0; i < RL * GL * BL; i++) {
            r[i] = (byte) (i / (GL * BL) * 255 / (RL - 1));
            g[i] = (byte) (i / BL % GL * 255 / (GL - 1));
            b[i] = (byte) (i % BL * 255 / (BL - 1));
        }
        return new IndexColorModel(8, 256, r, g, b);
    }
}
