package org.disan.batch.web.iiif;

import org.springframework.http.HttpStatus;

/**
 * The rotation segment: degrees clockwise, after {@code !} to mirror first. Quarter turns are
 * served; other angles are valid requests this server does not implement.
 */
record Rotation(int degrees, boolean mirror) {

    static Rotation parse(String segment) {
        boolean mirror = segment.startsWith("!");
        double angle = Numbers.number(mirror ? segment.substring(1) : segment, false, "rotation");
        if (angle > 360) {
            throw IiifException.badRequest("a rotation is between 0 and 360 degrees: " + segment);
        }
        if (angle % 90 != 0) {
            throw new IiifException(HttpStatus.NOT_IMPLEMENTED, "only rotations by multiples of 90 degrees are served");
        }
        return new Rotation((int) angle % 360, mirror);
    }

    /** The canonical form of the segment. */
    String canonical() {
        return (mirror ? "!" : "") + degrees;
    }
}
