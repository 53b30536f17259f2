package org.disan.ingest;

/**
 * The archive itself cannot take files (store not writable, disk full): unlike a bad file, this
 * stops a batch.
 */
public class IngestException extends RuntimeException {

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
