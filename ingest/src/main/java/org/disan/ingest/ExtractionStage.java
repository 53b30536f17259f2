package org.disan.ingest;

import java.io.IOException;
import java.nio.file.Path;

/** Reads a file's text and metadata within the per-file limits, in this process or another. */
interface ExtractionStage extends AutoCloseable {

    /**
     * Hashes the file and reads its type, in this process or another.
     *
     * @throws IOException when the file cannot be read, with the reason
     */
    Identification identify(Path file, String fileName) throws IOException;

    /**
     * Starts reading the file on another thread or in another process and returns at once, so
     * that the caller can do other work on the file meanwhile. Its time limit runs from now.
     */
    Reading start(Path file, String fileName, Identification id, OcrPlan ocr);

    /** A reading under way. */
    interface Reading {

        /** Waits for the reading's text and metadata, or its failure; call it once. */
        Extraction result();
    }

    @Override
    void close();
}
