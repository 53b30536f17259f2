package org.disan.ingest.derive;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * An image in the pixel layout the JDK's JPEG encoder copies row by row without converting each
 * sample: three interleaved bytes (or one, for grey). Page renders and scaled images come as
 * packed ints, which that encoder otherwise converts a sample at a time, at several times the
 * cost of one native redraw.
 */
final class JpegPixels {

    private JpegPixels() {}

    static BufferedImage of(BufferedImage image) {
        int type = image.getType();
        if (type == BufferedImage.TYPE_3BYTE_BGR || type == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage bytes = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = bytes.createGraphics();
        try {
            // JPEG has no transparency: transparent areas become white, not black.
            g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        } finally {
            g.dispose();
        }
        return bytes;
    }
}
