package org.disan.batch.web.iiif;

import org.springframework.http.HttpStatus;

/** A request the Image API refuses, with the status the specification gives for it. */
class IiifException extends RuntimeException {

    private final HttpStatus status;

    IiifException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    static IiifException badRequest(String message) {
        return new IiifException(HttpStatus.BAD_REQUEST, message);
    }

    HttpStatus status() {
        return status;
    }
}
