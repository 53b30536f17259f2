package org.disan.ingest.image;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * An image that can be drawn in parts: a region of its full-resolution pixels, scaled to a given
 * size, without ever decoding the whole image at full resolution.
 */
public interface ImageRegionSource {

    /** Width of the full-resolution image, in pixels. */
    int width();

    /** Height of the full-resolution image, in pixels. */
    int height();

    /**
     * The region (in full-resolution pixels, inside the image) drawn at exactly the given size.
     *
     * @throws IOException when the file cannot be read or decoded
     */
    BufferedImage render(Rectangle region, int width, int height) throws IOException;
}
