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

    /**
     * Whether to keep the answer for the next viewer: a small one that the image's info.json
     * advertises, a tile of its grid or the whole image, at one of its scale factors. Those are
     * about as many as the tiles of the image's pyramid; any other region or size is drawn and
     * not kept, so made-up requests cannot fill the disk one file each.
     */
    boolean worthCaching(int imageWidth, int imageHeight) {
        if (size.width > ImageLimits.CACHED_SIDE || size.height > ImageLimits.CACHED_SIDE) {
            return false;
        }
        boolean whole = region.x == 0 && region.y == 0 && region.width == imageWidth && region.height == imageHeight;
        return ImageInfo.scaleFactors(imageWidth, imageHeight).stream()
                .anyMatch(factor -> scaledBy(factor) && (whole || isTile(factor, imageWidth, imageHeight)));
    }

    /** On the grid of this scale factor's tiles, cut only by the image's edge. */
    private boolean isTile(int factor, int imageWidth, int imageHeight) {
        int side = ImageLimits.TILE * factor;
        return region.x % side == 0 && region.y % side == 0
                && region.width == Math.min(side, imageWidth - region.x)
                && region.height == Math.min(side, imageHeight - region.y);
    }

    /**
     * Drawn at 1/factor of the region's size, rounded either way; or one side so and the other
     * following from it, as a viewer's {@code w,} asks for a thin tile at the image's edge.
     */
    private boolean scaledBy(int factor) {
        boolean width = Math.abs(size.width - region.width / (double) factor) < 1;
        boolean height = Math.abs(size.height - region.height / (double) factor) < 1;
        return (width && height)
                || (width && size.height == SizeParameter.following(size.width, region.width, region.height))
                || (height && size.width == SizeParameter.following(size.height, region.height, region.width));
    }
}
