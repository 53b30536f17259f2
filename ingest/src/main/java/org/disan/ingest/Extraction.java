package org.disan.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.tika.metadata.Metadata;

/**
 * Text and metadata Tika read from a file.
 *
 * @param text the text, NFC; empty when the file has none
 * @param truncatedAt characters kept when the text was cut at the limit, else {@code null}
 * @param failureKind what kind of failure it was, else {@code null}
 * @param failure why nothing could be read, else {@code null}
 * @param warnings what is missing from a readable file
 */
record Extraction(String text, Integer truncatedAt, Metadata metadata, FailureKind failureKind, String failure,
        List<String> warnings) {

    static Extraction failed(FailureKind kind, String reason) {
        return new Extraction("", null, new Metadata(), kind, reason, List.of());
    }

    /** The same extraction with one more warning. */
    Extraction warning(String warning) {
        List<String> more = new ArrayList<>(warnings);
        more.add(warning);
        return new Extraction(text, truncatedAt, metadata, failureKind, failure, List.copyOf(more));
    }

    boolean isFailed() {
        return failure != null;
    }
}
