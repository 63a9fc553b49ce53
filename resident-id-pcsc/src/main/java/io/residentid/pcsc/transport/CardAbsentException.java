package io.residentid.pcsc.transport;

/** There is no card in the reader, or it was removed during the exchange. */
public final class CardAbsentException extends CardTransportException {

    private static final long serialVersionUID = 1L;

    public CardAbsentException(String message, Throwable cause) {
        super(message, cause);
    }
}
