package org.disan.batch.data;

/**
 * The selected search index cannot be opened: a server that is down, refuses us or fails. Once
 * open, the index says itself how it fails ({@code ArchiveIndex}).
 */
public class IndexOpenException extends RuntimeException {

    public IndexOpenException(String message, Throwable cause) {
        super(message, cause);
    }
}
