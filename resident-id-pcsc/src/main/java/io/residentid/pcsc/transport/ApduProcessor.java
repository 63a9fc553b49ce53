package io.residentid.pcsc.transport;

/** Something that answers encoded command APDUs with encoded response APDUs, e.g. a software card. */
@FunctionalInterface
public interface ApduProcessor {

    /**
     * Processes an encoded command APDU and returns the encoded response ({@code data || SW1 SW2}).
     *
     * @param command the encoded command APDU
     * @return the encoded response APDU
     */
    byte[] process(byte[] command);
}
