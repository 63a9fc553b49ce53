package io.residentid.qr.status;

import io.residentid.core.report.ResidentIdException;

/** A status list or status list token that cannot be used; the message says why. */
public final class StatusListException extends ResidentIdException {

    private static final long serialVersionUID = 1L;

    /**
     * An unusable status list or token (code {@code STATUS_LIST_INVALID}).
     *
     * @param message what is wrong (safe to log: no key material)
     */
    public StatusListException(String message) {
        super("STATUS_LIST_INVALID", message);
    }

    /**
     * An unusable status list or token (code {@code STATUS_LIST_INVALID}), with the exception that caused it.
     *
     * @param message what is wrong (safe to log: no key material)
     * @param cause   the underlying exception
     */
    public StatusListException(String message, Throwable cause) {
        super("STATUS_LIST_INVALID", message, cause);
    }
}
