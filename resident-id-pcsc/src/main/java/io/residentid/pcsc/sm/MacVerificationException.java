package io.residentid.pcsc.sm;

/**
 * The checksum (DO'8E') of a protected APDU did not verify: the data was altered in transit, or the other side
 * uses different keys or counter. The session has ended.
 */
public final class MacVerificationException extends SecureMessagingException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which APDU failed
     */
    public MacVerificationException(String message) {
        super(message);
    }
}
