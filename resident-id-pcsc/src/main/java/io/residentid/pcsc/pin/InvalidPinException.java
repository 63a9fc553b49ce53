package io.residentid.pcsc.pin;

/**
 * The PIN the caller gave cannot be right for this reference (not only digits, too short, too long); nothing was sent
 * to the card. The message never contains the PIN.
 */
public final class InvalidPinException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message why the PIN was refused (never the PIN)
     */
    public InvalidPinException(String message) {
        super(message);
    }
}
