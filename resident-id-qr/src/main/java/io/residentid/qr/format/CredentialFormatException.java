package io.residentid.qr.format;

/**
 * Thrown when a QR text, JWS or claims payload breaks the format. Carries the {@link FailureCode} that the
 * verifier reports; the message is English, for logs, and never contains personal data.
 */
public final class CredentialFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final FailureCode code;

    public CredentialFormatException(FailureCode code, String message) {
        super(message);
        this.code = code;
    }

    public CredentialFormatException(FailureCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** The failure code to report. */
    public FailureCode code() {
        return code;
    }
}
