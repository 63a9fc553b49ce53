package io.residentid.pcsc.icao;

import io.residentid.core.report.ResidentIdException;

/**
 * Access control (PACE or BAC) failed: the password (MRZ or CAN) is wrong, the card rejected a step, or the card's
 * answers did not authenticate. The card is not retried automatically.
 */
public class AccessControlException extends ResidentIdException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which step failed
     */
    public AccessControlException(String message) {
        super("ACCESS_CONTROL_FAILED", message);
    }

    /**
     * Creates the exception.
     *
     * @param message which step failed
     * @param cause the underlying error
     */
    public AccessControlException(String message, Throwable cause) {
        super("ACCESS_CONTROL_FAILED", message, cause);
    }
}
