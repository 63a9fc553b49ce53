package io.residentid.qr.format;

import io.residentid.core.report.ResidentIdException;

/**
 * Thrown when a QR text, JWS or claims payload breaks the format. Carries the {@link FailureCode} that the
 * verifier reports; the message is English, for logs, and never contains personal data.
 */
public final class CredentialFormatException extends ResidentIdException {

    private static final long serialVersionUID = 1L;

    private final transient FailureCode failureCode;

    /**
     * A malformed credential, status list or trust list part.
     *
     * @param code the failure code a verifier reports
     * @param message what is wrong (safe to log: no key material or personal data)
     */
    public CredentialFormatException(FailureCode code, String message) {
        super(code.code(), message);
        this.failureCode = code;
    }

    /**
     * A malformed credential, status list or trust list part, with the exception that caused it.
     *
     * @param code the failure code a verifier reports
     * @param message what is wrong (safe to log: no key material or personal data)
     * @param cause   the underlying exception
     */
    public CredentialFormatException(FailureCode code, String message, Throwable cause) {
        super(code.code(), message, cause);
        this.failureCode = code;
    }

    /** {@return the failure code to report} */
    public FailureCode failureCode() {
        return failureCode;
    }
}
