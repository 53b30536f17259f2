package org.disan.ingest;

import java.util.List;
import org.apache.tika.metadata.Metadata;

/**
 * Text and metadata Tika read from a file.
 *
 * @param text the text, NFC; empty when the file has none
 * @param truncatedAt characters kept when the text was cut at the limit, else {@code null}
 * @param failure why nothing could be read, else {@code null}
 * @param warnings what is missing from a readable file
 */
record Extraction(String text, Integer truncatedAt, Metadata metadata, String failure, List<String> warnings) {

    static Extraction failed(String reason) {
        return new Extraction("", null, new Metadata(), reason, List.of());
    }

    boolean isFailed() {
        return failure != null;
    }
}
