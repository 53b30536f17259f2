package org.disan.batch.web.submissions;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;

/**
 * An upload that is not taken: too large (413), not a readable, intact submission (400), too slow
 * to arrive (408), or sent while another is being taken in (429, with when to try again).
 */
public class UploadRefusedException extends RuntimeException {

    /** How long a busy archive asks the next sender to wait. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private final HttpStatus status;
    private final List<String> problems;
    private final Duration retryAfter;

    UploadRefusedException(HttpStatus status, String message, List<String> problems) {
        this(status, message, problems, null);
    }

    private UploadRefusedException(HttpStatus status, String message, List<String> problems, Duration retryAfter) {
        super(message);
        this.status = status;
        this.problems = List.copyOf(problems);
        this.retryAfter = retryAfter;
    }

    static UploadRefusedException tooLarge(long limitBytes) {
        return new UploadRefusedException(HttpStatus.PAYLOAD_TOO_LARGE,
                "the upload is larger than the limit of " + limitBytes + " bytes (disan.submissions.max-size)", List.of());
    }

    static UploadRefusedException malformed(String message, List<String> problems) {
        return new UploadRefusedException(HttpStatus.BAD_REQUEST, message, problems);
    }

    static UploadRefusedException tooSlow(Duration limit) {
        return new UploadRefusedException(HttpStatus.REQUEST_TIMEOUT, "the upload did not arrive within "
                + limit.toSeconds() + " s (disan.submissions.upload-timeout); nothing was kept", List.of());
    }

    static UploadRefusedException busy(String what) {
        return new UploadRefusedException(HttpStatus.TOO_MANY_REQUESTS, "the archive is taking in another submission ("
                + what + "); send this one again later", List.of(), RETRY_AFTER);
    }

    public HttpStatus status() {
        return status;
    }

    /** Every problem found, for the sender to fix before sending again. */
    public List<String> problems() {
        return problems;
    }

    /** When a busy archive asks to be sent the upload again. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
