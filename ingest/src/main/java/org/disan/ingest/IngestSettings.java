package org.disan.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * How files are ingested.
 *
 * @param perFileTimeout how long one file's extraction may take before it is given up as failed
 * @param maxTextChars characters of text kept per file; past it the record says where it was cut
 */
public record IngestSettings(OcrMode ocrMode, Duration perFileTimeout, int maxTextChars) {

    public IngestSettings {
        Objects.requireNonNull(ocrMode, "ocrMode");
        Objects.requireNonNull(perFileTimeout, "perFileTimeout");
        if (perFileTimeout.isNegative() || perFileTimeout.isZero()) {
            throw new IllegalArgumentException("perFileTimeout must be positive: " + perFileTimeout);
        }
        if (maxTextChars <= 0) {
            throw new IllegalArgumentException("maxTextChars must be positive: " + maxTextChars);
        }
    }

    /** OCR where it helps, two minutes a file, and room for the text of a long book. */
    public static IngestSettings defaults() {
        return new IngestSettings(OcrMode.AUTO, Duration.ofSeconds(120), 50_000_000);
    }

    public IngestSettings withOcrMode(OcrMode mode) {
        return new IngestSettings(mode, perFileTimeout, maxTextChars);
    }
}
