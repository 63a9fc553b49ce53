package io.residentid.pcsc.transport;

/** The card or reader could not be reached, or the exchange broke off. Subclasses say why. */
public class CardTransportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CardTransportException(String message) {
        super(message);
    }

    public CardTransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
