package io.residentid.qr.trust;

import io.residentid.core.report.ResidentIdException;

/** A trust list, key file or trust-list signature that cannot be used; the message says why (never key material). */
public final class TrustListException extends ResidentIdException {

    private static final long serialVersionUID = 1L;

    /**
     * An unusable trust list, key or key file (code {@code TRUST_LIST_INVALID}).
     *
     * @param message what is wrong (safe to log: no key material)
     */
    public TrustListException(String message) {
        super("TRUST_LIST_INVALID", message);
    }

    /**
     * An unusable trust list, key or key file (code {@code TRUST_LIST_INVALID}), with the exception that caused it.
     *
     * @param message what is wrong (safe to log: no key material)
     * @param cause   the underlying exception
     */
    public TrustListException(String message, Throwable cause) {
        super("TRUST_LIST_INVALID", message, cause);
    }
}
