package io.residentid.core.pki;

import io.residentid.core.report.ResidentIdException;

/**
 * Thrown when PKI input cannot be read at all: malformed or oversized certificates, CRLs, CMS structures, OCSP
 * responses, key stores or files. It never signals that something is <em>invalid</em>: validation outcomes are
 * reported in a {@link ValidationReport}. Raw Bouncy Castle exceptions never escape this package; they are wrapped
 * here with a message saying which input failed.
 */
public class PkiException extends ResidentIdException {

    private static final long serialVersionUID = 1L;

    /**
     * An unreadable-input error.
     *
     * @param message what could not be read and why, without personal data
     */
    public PkiException(String message) {
        super("PKI_INPUT_INVALID", message);
    }

    /**
     * An unreadable-input error caused by a lower-level exception.
     *
     * @param message what could not be read and why, without personal data
     * @param cause   the underlying failure
     */
    public PkiException(String message, Throwable cause) {
        super("PKI_INPUT_INVALID", message, cause);
    }
}
