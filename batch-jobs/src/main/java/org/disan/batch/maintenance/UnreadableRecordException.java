package org.disan.batch.maintenance;

/** A stored record that cannot be read back (vanished, damaged): the reindex skips and reports it. */
public class UnreadableRecordException extends RuntimeException {

    public UnreadableRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
