package io.residentid.pcsc.sm;

import io.residentid.core.report.ResidentIdException;

/**
 * A secure-messaging failure: a malformed protected APDU, a missing data object, or use of a session that has
 * ended. Whenever this is thrown the session is over; a new access-control run is needed.
 */
public class SecureMessagingException extends ResidentIdException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, without key material or personal data
     */
    public SecureMessagingException(String message) {
        super("SECURE_MESSAGING_FAILED", message);
    }

    /**
     * Creates the exception.
     *
     * @param message what went wrong
     * @param cause the underlying error
     */
    public SecureMessagingException(String message, Throwable cause) {
        super("SECURE_MESSAGING_FAILED", message, cause);
    }
}
