package io.residentid.pcsc.icao;

import io.residentid.core.report.ResidentIdException;

/**
 * Reading the chip stopped: the card was removed or the reader failed mid-read, or the secure-messaging session
 * broke (a response did not authenticate). Nothing read so far is reported as verified.
 */
public final class ChipReadException extends ResidentIdException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what happened
     * @param cause the transport or secure-messaging error
     */
    public ChipReadException(String message, Throwable cause) {
        super("CHIP_READ_FAILED", message, cause);
    }
}
