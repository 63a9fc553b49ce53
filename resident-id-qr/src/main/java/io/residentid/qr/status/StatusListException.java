package io.residentid.qr.status;

import io.residentid.core.report.ResidentIdException;

/** A status list or status list token that cannot be used; the message says why. */
public final class StatusListException extends ResidentIdException {

    private static final long serialVersionUID = 1L;

    public StatusListException(String message) {
        super("STATUS_LIST_INVALID", message);
    }

    public StatusListException(String message, Throwable cause) {
        super("STATUS_LIST_INVALID", message, cause);
    }
}
