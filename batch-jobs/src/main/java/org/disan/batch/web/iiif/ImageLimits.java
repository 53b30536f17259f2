package org.disan.batch.web.iiif;

/**
 * What the image service promises and refuses: tiles of {@value #TILE} pixels, and no answer
 * larger than {@value #MAX_AREA} pixels, so one request never holds more than a few tens of MB.
 */
final class ImageLimits {

    static final int TILE = 512;
    static final long MAX_AREA = 1L << 23;
    /** Answers up to this many pixels a side are kept for the next viewer; larger ones are one-offs. */
    static final int CACHED_SIDE = 1024;

    private ImageLimits() {
    }
}
