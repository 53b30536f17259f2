package org.disan.batch.data;

/** The selected search index cannot be opened: a server that is down, refuses us or fails. */
public class IndexUnavailableException extends RuntimeException {

    public IndexUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
