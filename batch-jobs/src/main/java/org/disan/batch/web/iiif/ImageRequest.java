package org.disan.batch.web.iiif;

import java.awt.Dimension;
import java.awt.Rectangle;

/**
 * An Image API request resolved against one image: the pixels to cut, the size to draw them at,
 * then the turn, quality and format, in the order the specification applies them.
 */
record ImageRequest(Rectangle region, Dimension size, Rotation rotation, Quality quality, ImageFormat format) {

    /**
     * @param file the last segment, {@code quality.format}
     * @throws IiifException with the status the specification gives for what is wrong
     */
    static ImageRequest parse(String region, String size, String rotation, String file, int width, int height) {
        int dot = file.lastIndexOf('.');
        if (dot < 0) {
            throw IiifException.badRequest("the last segment must be quality.format: " + file);
        }
        Quality quality = Quality.parse(file.substring(0, dot));
        ImageFormat format = ImageFormat.parse(file.substring(dot + 1));
        Rotation turn = Rotation.parse(rotation);
        Rectangle pixels = RegionParameter.resolve(region, width, height);
        return new ImageRequest(pixels, SizeParameter.resolve(size, pixels.width, pixels.height), turn, quality, format);
    }

    /** One name for every request that draws the same image, usable as a file name. */
    String cacheName() {
        return region.x + "," + region.y + "," + region.width + "," + region.height + "_"
                + size.width + "," + size.height + "_" + rotation.canonical() + "_"
                + quality.canonical().urlName() + "." + format.extension();
    }

    /** Whether the answer is small enough to keep for the next viewer: tiles and thumbnails are. */
    boolean worthCaching() {
        return size.width <= ImageLimits.CACHED_SIDE && size.height <= ImageLimits.CACHED_SIDE;
    }
}
