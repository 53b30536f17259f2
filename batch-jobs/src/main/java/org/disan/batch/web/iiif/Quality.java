package org.disan.batch.web.iiif;

import java.util.Arrays;
import java.util.Locale;

/** The quality segment: colour as stored ({@code default}, {@code color}), {@code gray} or {@code bitonal}. */
enum Quality {
    DEFAULT, COLOR, GRAY, BITONAL;

    static Quality parse(String name) {
        return Arrays.stream(values()).filter(q -> q.urlName().equals(name)).findFirst()
                .orElseThrow(() -> IiifException.badRequest("unknown quality: " + name));
    }

    String urlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code color} is what {@code default} is here: the image in its own colours. */
    Quality canonical() {
        return this == COLOR ? DEFAULT : this;
    }
}
