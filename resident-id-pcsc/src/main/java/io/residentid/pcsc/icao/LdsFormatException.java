package io.residentid.pcsc.icao;

import io.residentid.core.report.ResidentIdException;

/**
 * Data read from the chip (EF.CardAccess, EF.COM, EF.SOD, a data group) is malformed or exceeds the parser's
 * bounds. The message names the structure, never its personal content.
 */
public final class LdsFormatException extends ResidentIdException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is malformed
     */
    public LdsFormatException(String message) {
        super("LDS_FORMAT_INVALID", message);
    }

    /**
     * Creates the exception.
     *
     * @param message what is malformed
     * @param cause the parser's error
     */
    public LdsFormatException(String message, Throwable cause) {
        super("LDS_FORMAT_INVALID", message, cause);
    }
}
