package org.disan.batch.web.iiif;

import java.awt.Rectangle;

/** The region segment of an Image API URL: {@code full}, {@code square}, {@code x,y,w,h} or {@code pct:x,y,w,h}. */
final class RegionParameter {

    private RegionParameter() {
    }

    /**
     * The region in pixels, cut to the image.
     *
     * @throws IiifException (400) when the segment is malformed, empty or outside the image
     */
    static Rectangle resolve(String segment, int imageWidth, int imageHeight) {
        if (segment.equals("full")) {
            return new Rectangle(0, 0, imageWidth, imageHeight);
        }
        if (segment.equals("square")) {
            int side = Math.min(imageWidth, imageHeight);
            return new Rectangle((imageWidth - side) / 2, (imageHeight - side) / 2, side, side);
        }
        boolean percent = segment.startsWith("pct:");
        double[] values = Numbers.list(percent ? segment.substring(4) : segment, 4, !percent, "region");
        double x = values[0];
        double y = values[1];
        double w = values[2];
        double h = values[3];
        if (percent) {
            x = x * imageWidth / 100;
            y = y * imageHeight / 100;
            w = w * imageWidth / 100;
            h = h * imageHeight / 100;
        }
        int left = (int) Math.round(x);
        int top = (int) Math.round(y);
        if (w <= 0 || h <= 0 || left >= imageWidth || top >= imageHeight) {
            throw IiifException.badRequest("the region " + segment + " is empty or outside the image");
        }
        int right = (int) Math.min(imageWidth, Math.round(x + w));
        int bottom = (int) Math.min(imageHeight, Math.round(y + h));
        return new Rectangle(left, top, Math.max(1, right - left), Math.max(1, bottom - top));
    }
}
