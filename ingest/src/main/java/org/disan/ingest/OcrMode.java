package org.disan.ingest;

/**
 * When to run OCR. {@code AUTO} reads scans and image-only PDF pages but leaves photographs
 * alone (OCR costs seconds a page and finds nothing in a landscape); {@code ON} reads every image.
 */
public enum OcrMode {
    OFF,
    AUTO,
    ON
}
