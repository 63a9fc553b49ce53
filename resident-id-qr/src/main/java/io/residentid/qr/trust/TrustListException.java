package io.residentid.qr.trust;

/** A trust list, key file or trust-list signature that cannot be used; the message says why (never key material). */
public final class TrustListException extends Exception {

    private static final long serialVersionUID = 1L;

    public TrustListException(String message) {
        super(message);
    }

    public TrustListException(String message, Throwable cause) {
        super(message, cause);
    }
}
