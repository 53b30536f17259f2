package org.disan.batch.cli;

/** A request the user can correct (a missing folder, an empty archive...); its message says how. */
public class UserInputException extends RuntimeException {

    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
