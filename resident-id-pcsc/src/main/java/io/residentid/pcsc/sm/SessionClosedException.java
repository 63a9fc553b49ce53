package io.residentid.pcsc.sm;

/** The secure-messaging session ended earlier (after an error or {@code close()}) and cannot protect more APDUs. */
public final class SessionClosedException extends SecureMessagingException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message why the session is unusable
     */
    public SessionClosedException(String message) {
        super(message);
    }
}
