package org.disan.batch.web.iiif;

import java.awt.Dimension;

/**
 * The size segment of an Image API URL: {@code max}, {@code w,}, {@code ,h}, {@code pct:n},
 * {@code w,h} and {@code !w,h}, each optionally after {@code ^} to allow scaling up.
 */
final class SizeParameter {

    private SizeParameter() {
    }

    /**
     * The output size for a region of the given size.
     *
     * @throws IiifException (400) when malformed, zero, larger than the region without {@code ^},
     *     or larger than {@link ImageLimits#MAX_AREA}
     */
    static Dimension resolve(String segment, int regionWidth, int regionHeight) {
        boolean upscale = segment.startsWith("^");
        String size = upscale ? segment.substring(1) : segment;
        Dimension result = parse(size, regionWidth, regionHeight, upscale);
        if (!upscale && (result.width > regionWidth || result.height > regionHeight)) {
            throw IiifException.badRequest("the size " + segment + " is larger than the region; ask with ^ to scale up");
        }
        if ((long) result.width * result.height > ImageLimits.MAX_AREA) {
            throw IiifException.badRequest("the size " + segment + " is larger than this server's maximum area of "
                    + ImageLimits.MAX_AREA + " pixels");
        }
        return result;
    }

    private static Dimension parse(String size, int rw, int rh, boolean upscale) {
        if (size.equals("max")) {
            double largest = Math.sqrt((double) ImageLimits.MAX_AREA / ((long) rw * rh));
            return scaled(rw, rh, upscale ? largest : Math.min(1, largest));
        }
        if (size.startsWith("pct:")) {
            double percent = Numbers.number(size.substring(4), false, "size percentage");
            if (percent <= 0) {
                throw IiifException.badRequest("the size " + size + " is empty");
            }
            return scaled(rw, rh, percent / 100);
        }
        boolean confined = size.startsWith("!");
        String[] parts = (confined ? size.substring(1) : size).split(",", -1);
        if (parts.length != 2 || (confined && (parts[0].isEmpty() || parts[1].isEmpty()))) {
            throw IiifException.badRequest("not a valid size: " + size);
        }
        if (parts[0].isEmpty() && parts[1].isEmpty()) {
            throw IiifException.badRequest("not a valid size: " + size);
        }
        if (parts[1].isEmpty()) {
            int w = positive(parts[0]);
            return new Dimension(w, following(w, rw, rh));
        }
        if (parts[0].isEmpty()) {
            int h = positive(parts[1]);
            return new Dimension(following(h, rh, rw), h);
        }
        int w = positive(parts[0]);
        int h = positive(parts[1]);
        if (!confined) {
            return new Dimension(w, h);
        }
        double fit = Math.min((double) w / rw, (double) h / rh);
        return scaled(rw, rh, upscale ? fit : Math.min(1, fit));
    }

    /** The side that follows from the other when a request gives one ({@code w,} or {@code ,h}), keeping the region's aspect. */
    static int following(int given, int regionGiven, int regionOther) {
        return Math.max(1, (int) Math.round((double) given * regionOther / regionGiven));
    }

    private static Dimension scaled(int rw, int rh, double scale) {
        return new Dimension(Math.max(1, (int) Math.floor(rw * scale + 1e-9)),
                Math.max(1, (int) Math.floor(rh * scale + 1e-9)));
    }

    private static int positive(String text) {
        int value = (int) Numbers.number(text, true, "size");
        if (value < 1) {
            throw IiifException.badRequest("a size must be at least one pixel: " + text);
        }
        return value;
    }
}
