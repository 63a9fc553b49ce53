package io.residentid.qr.trust;

import io.residentid.core.report.ResidentIdException;

/** A trust list, key file or trust-list signature that cannot be used; the message says why (never key material). */
public final class TrustListException extends ResidentIdException {

    private static final long serialVersionUID = 1L;

    public TrustListException(String message) {
        super("TRUST_LIST_INVALID", message);
    }

    public TrustListException(String message, Throwable cause) {
        super("TRUST_LIST_INVALID", message, cause);
    }
}
