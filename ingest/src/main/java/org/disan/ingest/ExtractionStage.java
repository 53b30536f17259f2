package org.disan.ingest;

import java.nio.file.Path;

/** Reads a file's text and metadata within the per-file limits, in this process or another. */
interface ExtractionStage extends AutoCloseable {

    Extraction extract(Path file, String fileName, Identification id, OcrPlan ocr);

    @Override
    void close();
}
