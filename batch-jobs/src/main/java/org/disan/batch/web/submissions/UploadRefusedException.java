package org.disan.batch.web.submissions;

import java.util.List;
import org.springframework.http.HttpStatus;

/** An upload that is not taken: too large (413) or not a readable, intact submission (400). */
public class UploadRefusedException extends RuntimeException {

    private final HttpStatus status;
    private final List<String> problems;

    UploadRefusedException(HttpStatus status, String message, List<String> problems) {
        super(message);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    static UploadRefusedException tooLarge(long limitBytes) {
        return new UploadRefusedException(HttpStatus.PAYLOAD_TOO_LARGE,
                "the upload is larger than the limit of " + limitBytes + " bytes (disan.submissions.max-size)", List.of());
    }

    static UploadRefusedException malformed(String message, List<String> problems) {
        return new UploadRefusedException(HttpStatus.BAD_REQUEST, message, problems);
    }

    public HttpStatus status() {
        return status;
    }

    /** Every problem found, for the sender to fix before sending again. */
    public List<String> problems() {
        return problems;
    }
}
