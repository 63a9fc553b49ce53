package io.residentid.pcsc.apdu;

/**
 * Thrown when bytes are not a well-formed APDU, or when a {@link CommandApdu.Builder} is given values outside the
 * ISO/IEC 7816-4 bounds (Nc 1..65535, Ne 1..65536, CLA, INS). It is the only exception {@link CommandApdu#parse}
 * and {@link ResponseApdu#parse} throw for malformed input.
 */
public final class InvalidApduException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is malformed or out of bounds
     */
    public InvalidApduException(String message) {
        super(message);
    }
}
