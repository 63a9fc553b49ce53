package io.residentid.pcsc.transport;

/**
 * No PC/SC service: the PC/SC daemon ({@code pcscd}) is not running (SCARD_E_NO_SERVICE / SCARD_E_SERVICE_STOPPED),
 * or the PC/SC library ({@code libpcsclite}) is not installed.
 */
public final class PcscUnavailableException extends CardTransportException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, without personal data
     * @param cause the underlying error
     */
    public PcscUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
