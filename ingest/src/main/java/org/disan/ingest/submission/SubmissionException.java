package org.disan.ingest.submission;

/** A submission that cannot be read at all: missing, not a folder, unreadable, malformed. */
public class SubmissionException extends RuntimeException {

    public SubmissionException(String message) {
        super(message);
    }

    public SubmissionException(String message, Throwable cause) {
        super(message, cause);
    }
}
