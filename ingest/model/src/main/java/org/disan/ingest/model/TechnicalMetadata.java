package org.disan.ingest.model;

import java.util.Map;

/**
 * What the file itself says about itself.
 *
 * @param mimeType type detected from the content
 * @param declaredMimeType type the file name's extension suggests, when it differs from the content
 * @param properties technical properties worth showing (dimensions, duration, sample rate, ...)
 */
public record TechnicalMetadata(
        String mimeType, String declaredMimeType, long sizeBytes, Map<String, String> properties) {

    public TechnicalMetadata {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }
}
