package io.residentid.qr.format;

import io.residentid.core.report.ResidentIdException;

/**
 * Thrown when a QR text, JWS or claims payload breaks the format. Carries the {@link FailureCode} that the
 * verifier reports; the message is English, for logs, and never contains personal data.
 */
public final class CredentialFormatException extends ResidentIdException {

    private static final long serialVersionUID = 1L;

    private final transient FailureCode failureCode;

    public CredentialFormatException(FailureCode code, String message) {
        super(code.code(), message);
        this.failureCode = code;
    }

    public CredentialFormatException(FailureCode code, String message, Throwable cause) {
        super(code.code(), message, cause);
        this.failureCode = code;
    }

    /** {@return the failure code to report} */
    public FailureCode failureCode() {
        return failureCode;
    }
}
