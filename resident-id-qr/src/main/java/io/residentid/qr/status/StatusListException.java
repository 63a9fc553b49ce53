package io.residentid.qr.status;

/** A status list or status list token that cannot be used; the message says why. */
public final class StatusListException extends Exception {

    private static final long serialVersionUID = 1L;

    public StatusListException(String message) {
        super(message);
    }

    public StatusListException(String message, Throwable cause) {
        super(message, cause);
    }
}
