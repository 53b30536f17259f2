package org.disan.ingest.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Scales a decoded region to the exact size asked for, smoothly. */
final class Resampling {

    private Resampling() {
    }

    /** The image itself when it already has the size, else a bilinear copy at that size. */
    static BufferedImage toSize(BufferedImage image, int width, int height) {
        if (image.getWidth() == width && image.getHeight() == height) {
            return image;
        }
        int type = image.getType() == BufferedImage.TYPE_BYTE_GRAY
                ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR;
        BufferedImage scaled = new BufferedImage(width, height, type);
        Graphics2D g = scaled.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return scaled;
    }

    /**
     * The largest whole step a reader may skip pixels by and still leave at least the pixels the
     * output needs: shrinking the rest smoothly keeps thin lines of a scan from vanishing.
     */
    static int subsampling(int regionWidth, int regionHeight, int width, int height) {
        return Math.max(1, Math.min(regionWidth / width, regionHeight / height));
    }
}
