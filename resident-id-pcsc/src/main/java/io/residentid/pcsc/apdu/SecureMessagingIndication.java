package io.residentid.pcsc.apdu;

/**
 * The secure-messaging indication of an interindustry class byte (ISO/IEC 7816-4 §5.4.1, table 2 and 3).
 * Further interindustry classes can only say {@link #NONE} or {@link #HEADER_NOT_PROCESSED}.
 */
public enum SecureMessagingIndication {
    /** b4-b3 = 00: no SM or no indication. */
    NONE(0x00),
    /** b4-b3 = 01: proprietary SM format. */
    PROPRIETARY(0x04),
    /** b4-b3 = 10: SM according to §6, command header not processed (not authenticated). */
    HEADER_NOT_PROCESSED(0x08),
    /** b4-b3 = 11: SM according to §6, command header authenticated. */
    HEADER_AUTHENTICATED(0x0C);

    private final int firstClassBits;

    SecureMessagingIndication(int firstClassBits) {
        this.firstClassBits = firstClassBits;
    }

    int firstClassBits() {
        return firstClassBits;
    }
}
