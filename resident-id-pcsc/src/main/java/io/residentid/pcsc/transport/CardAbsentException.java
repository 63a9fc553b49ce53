package io.residentid.pcsc.transport;

/** There is no card in the reader, or it was removed during the exchange. */
public final class CardAbsentException extends CardTransportException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, without personal data
     * @param cause the underlying error
     */
    public CardAbsentException(String message, Throwable cause) {
        super(message, cause);
    }
}
