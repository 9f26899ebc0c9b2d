package org.hillasexplorer.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/** Reads an animated GIF back as a viewer shows it: every frame composited over the previous ones. */
final class GifFrames {
    record Frame(BufferedImage image, int delayCs, String disposal) {
    }

    record Animation(List<Frame> frames, boolean loopsForever, int width, int height) {
    }

    private GifFrames() {
    }

    static Animation read(Path gif) throws Exception {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in, false);
            int n = reader.getNumImages(true);
            IIOMetadataNode stream = (IIOMetadataNode) reader.getStreamMetadata().getAsTree("javax_imageio_gif_stream_1.0");
            IIOMetadataNode screen = child(stream, "LogicalScreenDescriptor");
            int w = Integer.parseInt(screen.getAttribute("logicalScreenWidth"));
            int h = Integer.parseInt(screen.getAttribute("logicalScreenHeight"));
            BufferedImage canvas = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            List<Frame> frames = new ArrayList<>();
            boolean loops = false;
            for (int i = 0; i < n; i++) {
                IIOMetadataNode meta = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode gce = child(meta, "GraphicControlExtension");
                IIOMetadataNode desc = child(meta, "ImageDescriptor");
                IIOMetadataNode apps = child(meta, "ApplicationExtensions");
                if (apps != null) {
                    for (Node a = apps.getFirstChild(); a != null; a = a.getNextSibling()) {
                        IIOMetadataNode app = (IIOMetadataNode) a;
                        byte[] data = (byte[]) app.getUserObject();
                        if ("NETSCAPE".equals(app.getAttribute("applicationID")) && data.length == 3 && data[0] == 1
                                && data[1] == 0 && data[2] == 0) {
                            loops = true;
                        }
                    }
                }
                BufferedImage raw = reader.read(i);
                Graphics2D g = canvas.createGraphics();
                g.drawImage(raw, Integer.parseInt(desc.getAttribute("imageLeftPosition")),
                        Integer.parseInt(desc.getAttribute("imageTopPosition")), null);
                g.dispose();
                BufferedImage copy = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
                Graphics2D c = copy.createGraphics();
                c.drawImage(canvas, 0, 0, null);
                c.dispose();
                frames.add(new Frame(copy, Integer.parseInt(gce.getAttribute("delayTime")),
                        gce.getAttribute("disposalMethod")));
            }
            return new Animation(frames, loops, w, h);
        } finally {
            reader.dispose();
        }
    }

    /** Mean absolute difference per channel, 0–255. */
    static double meanDifference(BufferedImage a, BufferedImage b) {
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int s = 0; s < 24; s += 8) {
                    sum += Math.abs(((p >> s) & 0xFF) - ((q >> s) & 0xFF));
                }
            }
        }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }

    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeName().equals(name)) {
                return (IIOMetadataNode) n;
            }
        }
        return null;
    }
}
