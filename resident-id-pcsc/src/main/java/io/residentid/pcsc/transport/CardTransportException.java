package io.residentid.pcsc.transport;

import io.residentid.core.report.ResidentIdException;

/** The card or reader could not be reached, or the exchange broke off. Subclasses say why. */
public class CardTransportException extends ResidentIdException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, without personal data
     */
    public CardTransportException(String message) {
        super("CARD_TRANSPORT_FAILED", message);
    }

    /**
     * Creates the exception.
     *
     * @param message what failed, without personal data
     * @param cause the underlying error
     */
    public CardTransportException(String message, Throwable cause) {
        super("CARD_TRANSPORT_FAILED", message, cause);
    }
}
