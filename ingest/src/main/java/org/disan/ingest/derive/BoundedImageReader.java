package org.disan.ingest.derive;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes an image no larger than needed: the reader is told to skip pixels (subsampling) so a
 * 30000×30000 scan is decoded at a few megapixels instead of filling the heap.
 */
public final class BoundedImageReader {

    /** An image as decoded, and the size of the original it came from. */
    public record Decoded(BufferedImage image, int originalWidth, int originalHeight) {}

    private final int maxDecodedSide;

    /** @param maxDecodedSide the decoded image's longer side stays within twice this */
    public BoundedImageReader(int maxDecodedSide) {
        this.maxDecodedSide = maxDecodedSide;
    }

    /**
     * @throws IOException when no reader knows the format or the data is broken, with the reason
     */
    public Decoded read(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new IOException("cannot be opened");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("no image decoder knows this format");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(width, height) / maxDecodedSide);
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                return new Decoded(opaque(image), width, height);
            } finally {
                reader.dispose();
            }
        }
    }

    /** JPEG has no transparency: paint transparent areas white rather than black. */
    private static BufferedImage opaque(BufferedImage image) {
        if (!image.getColorModel().hasAlpha() && image.getType() != BufferedImage.TYPE_CUSTOM) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }
}
