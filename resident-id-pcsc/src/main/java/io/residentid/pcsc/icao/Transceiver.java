package io.residentid.pcsc.icao;

import java.io.IOException;

/**
 * Sends one command APDU (raw bytes) and returns the response APDU (data ‖ SW1 SW2). The seam between the ICAO
 * protocols and whatever carries the APDUs (a PC/SC channel, a secure-messaging wrapper, the in-process emulator).
 */
@FunctionalInterface
public interface Transceiver {

    /**
     * @param command a complete command APDU
     * @return the complete response APDU, at least the two status bytes
     * @throws IOException when the card cannot be reached (removed, reader gone)
     */
    byte[] transmit(byte[] command) throws IOException;
}
