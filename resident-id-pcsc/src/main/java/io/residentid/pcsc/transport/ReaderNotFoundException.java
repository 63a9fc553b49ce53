package io.residentid.pcsc.transport;

/** The named reader is not (or no longer) connected. */
public final class ReaderNotFoundException extends CardTransportException {

    private static final long serialVersionUID = 1L;

    public ReaderNotFoundException(String message) {
        super(message);
    }
}
