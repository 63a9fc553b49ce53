package io.residentid.pcsc.sm;

/**
 * Mutual authentication (BAC EXTERNAL AUTHENTICATE, PACE tokens) failed: the other side does not know the same
 * access key, or its answer was altered. No session is established.
 */
public final class MutualAuthenticationException extends SecureMessagingException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which check failed
     */
    public MutualAuthenticationException(String message) {
        super(message);
    }
}
