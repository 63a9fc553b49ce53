package io.residentid.pcsc.transport;

/** The named reader is not (or no longer) connected. */
public final class ReaderNotFoundException extends CardTransportException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, without personal data
     */
    public ReaderNotFoundException(String message) {
        super(message);
    }
}
